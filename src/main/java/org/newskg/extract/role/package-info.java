/** People's posts in organisations and states, read from the patterns news uses to name them. */
package org.newskg.extract.role;
