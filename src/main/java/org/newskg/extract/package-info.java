/** The extraction pipeline: annotation layers over an article and the extractors that add them. */
package org.newskg.extract;
