/** Articles as read from their sources, and the readers for each input format: files, folders, feeds, web pages and standard input. */
package org.newskg.article;
