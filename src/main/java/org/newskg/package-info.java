/** NewsKG: news articles about geopolitics and technology turned into an RDF knowledge graph. */
package org.newskg;
