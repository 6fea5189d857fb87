package org.newskg.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newskg.vocab.PROV;

/**
 * The SHACL report of an article that did not conform, as kept in the store: a graph named
 * {@code https://w3id.org/newskg/id/validation/{article id}} holding one {@code sh:ValidationReport}
 * (named like its graph) that {@code prov:wasDerivedFrom} the article, with one
 * {@code sh:ValidationResult} per finding. {@code sh:sourceShape} names the node shape.
 */
public final class ValidationRecord {

    private ValidationRecord() {}

    /**
     * Writes the report of one article's findings as quads in its validation graph.
     *
     * @param checkedAt when the article was validated, or {@code null} when not known
     */
    public static void write(String articleId, List<Finding> findings, Instant checkedAt, StreamRDF out) {
        Node graph = Iris.validation(articleId);
        Node report = graph;
        out.quad(Quad.create(graph, report, RDF.type.asNode(), SHACL.ValidationReport));
        out.quad(Quad.create(graph, report, SHACL.conforms, bool(findings.isEmpty())));
        out.quad(Quad.create(graph, report, PROV.wasDerivedFrom, Iris.article(articleId)));
        if (checkedAt != null)
            out.quad(Quad.create(graph, report, PROV.generatedAtTime,
                    NodeFactory.createLiteralDT(checkedAt.toString(), XSDDatatype.XSDdateTime)));
        for (Finding f : findings) {
            Node r = NodeFactory.createBlankNode();
            out.quad(Quad.create(graph, report, SHACL.result, r));
            out.quad(Quad.create(graph, r, RDF.type.asNode(), SHACL.ValidationResult));
            out.quad(Quad.create(graph, r, SHACL.resultSeverity, f.severity().level()));
            out.quad(Quad.create(graph, r, SHACL.focusNode, f.focusNode()));
            out.quad(Quad.create(graph, r, SHACL.resultMessage, NodeFactory.createLiteralString(f.message())));
            if (f.shape() != null)
                out.quad(Quad.create(graph, r, SHACL.sourceShape, f.shape()));
            if (f.path() != null)
                out.quad(Quad.create(graph, r, SHACL.resultPath, f.path()));
            if (f.value() != null)
                out.quad(Quad.create(graph, r, SHACL.value, f.value()));
            if (f.component() != null)
                out.quad(Quad.create(graph, r, SHACL.sourceConstraintComponent, f.component()));
        }
    }

    /** The findings of a validation graph as {@link #write} wrote it. */
    public static List<Finding> read(String articleId, Graph validationGraph) {
        Node report = Iris.validation(articleId);
        List<Finding> findings = new ArrayList<>();
        validationGraph.find(report, SHACL.result, Node.ANY).forEach(t -> {
            Node r = t.getObject();
            Node severity = one(validationGraph, r, SHACL.resultSeverity);
            Node message = one(validationGraph, r, SHACL.resultMessage);
            findings.add(new Finding(articleId, Severity.create(severity == null ? SHACL.Violation : severity),
                    one(validationGraph, r, SHACL.sourceShape), one(validationGraph, r, SHACL.focusNode),
                    one(validationGraph, r, SHACL.resultPath), one(validationGraph, r, SHACL.value),
                    one(validationGraph, r, SHACL.sourceConstraintComponent),
                    message == null ? "" : message.getLiteralLexicalForm()));
        });
        return findings;
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }
}
