/** Date phrases of the text, resolved against the publication date. */
package org.newskg.extract.time;
