package org.newskg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.RDFS;

/**
 * The NewsKG ontology and its SHACL shapes as shipped inside the jar (resources under
 * {@code /ontology/}), so NewsKG works from any folder. Each file is parsed once.
 */
public final class Ontology {

    private Ontology() {}

    /** The resource path of the ontology. */
    public static final String ONTOLOGY = "/ontology/newskg.ttl";
    /** The resource path of the SHACL shapes. */
    public static final String SHAPES = "/ontology/newskg-shapes.ttl";

    private static final class Loaded {
        static final Graph ONTOLOGY_GRAPH = load(ONTOLOGY);
        static final Graph SHAPES_GRAPH = load(SHAPES);
        static final Graph CLASS_HIERARCHY = classHierarchy(ONTOLOGY_GRAPH);
    }

    /** The ontology, read-only. */
    public static Graph graph() {
        return Loaded.ONTOLOGY_GRAPH;
    }

    /** The SHACL shapes, read-only. */
    public static Graph shapes() {
        return Loaded.SHAPES_GRAPH;
    }

    /** The ontology's named rdfs:subClassOf links, which SHACL needs beside the data to see a Company as an Actor. */
    public static Graph classHierarchy() {
        return Loaded.CLASS_HIERARCHY;
    }

    /** A Turtle resource of the jar as a read-only graph. */
    public static Graph load(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("resource " + resource + " is missing from the classpath;"
                        + " the build copies ontology/ into the jar: rebuild with mvn package");
            Graph g = RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/newskg/").toGraph();
            return new GraphReadOnly(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    private static Graph classHierarchy(Graph ontology) {
        Graph g = GraphFactory.createDefaultGraph();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)
                .filterKeep(t -> t.getSubject().isURI() && t.getObject().isURI())
                .forEach(g::add);
        return new GraphReadOnly(g);
    }
}
