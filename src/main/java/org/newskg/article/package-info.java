/** Articles as read from their sources, and the readers for each input format. */
package org.newskg.article;
