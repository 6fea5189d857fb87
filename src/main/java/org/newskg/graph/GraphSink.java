package org.newskg.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** A stream that adds every quad's triple to one graph, whatever graph the quad names. */
final class GraphSink {

    private GraphSink() {}

    static StreamRDF of(Graph graph) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                graph.add(triple);
            }

            @Override
            public void quad(Quad quad) {
                graph.add(quad.asTriple());
            }
        };
    }
}
