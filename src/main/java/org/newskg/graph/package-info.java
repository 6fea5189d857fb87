/** Facts to RDF: IRIs, the mapping of an article's facts to its named graph. */
package org.newskg.graph;
