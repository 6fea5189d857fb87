/** Facts to RDF: IRIs, the mapping of an article's facts to its named graph, the ontology and SHACL validation. */
package org.newskg.graph;
