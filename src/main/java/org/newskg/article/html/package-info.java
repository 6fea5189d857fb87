/** Reading news pages: the main text without boilerplate, and the metadata pages declare. */
package org.newskg.article.html;
