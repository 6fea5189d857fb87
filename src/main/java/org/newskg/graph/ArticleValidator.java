package org.newskg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;

/**
 * Checks one article's graph against the NewsKG shapes. The shapes are compiled once; each check
 * runs over the article's in-memory graph plus the ontology's class hierarchy, never the store.
 */
public final class ArticleValidator {

    private static final class Standard {
        static final ArticleValidator INSTANCE = of(Ontology.shapes(), Ontology.classHierarchy());
    }

    private final Shapes shapes;
    private final Graph classHierarchy;
    private final Map<Node, Node> nodeShapeOfPropertyShape;

    private ArticleValidator(Shapes shapes, Graph classHierarchy, Map<Node, Node> nodeShapeOfPropertyShape) {
        this.shapes = shapes;
        this.classHierarchy = classHierarchy;
        this.nodeShapeOfPropertyShape = nodeShapeOfPropertyShape;
    }

    /** The validator for the shapes and ontology shipped with NewsKG. */
    public static ArticleValidator standard() {
        return Standard.INSTANCE;
    }

    /** A validator for other shapes (tests, users' own rules) over a class hierarchy. */
    public static ArticleValidator of(Graph shapesGraph, Graph classHierarchy) {
        Map<Node, Node> owners = new HashMap<>();
        shapesGraph.find(Node.ANY, SHACL.property, Node.ANY)
                .forEach(t -> owners.put(t.getObject(), t.getSubject()));
        return new ArticleValidator(Shapes.parse(shapesGraph), classHierarchy, Map.copyOf(owners));
    }

    /** The SHACL report on an article's graph, as Jena gives it. */
    public ValidationReport report(Graph article) {
        return ShaclValidator.get().validate(shapes, new Union(article, classHierarchy));
    }

    /** Every result of validating an article's graph; empty when it conforms. */
    public List<Finding> check(String articleId, Graph article) {
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : report(article).getEntries())
            findings.add(new Finding(articleId, e.severity(), nodeShape(e.source()), e.focusNode(), path(e), e.value(),
                    e.sourceConstraintComponent(), e.message()));
        return findings;
    }

    private Node nodeShape(Node source) {
        Node owner = nodeShapeOfPropertyShape.get(source);
        return owner != null ? owner : source;
    }

    private static Node path(ReportEntry e) {
        return e.resultPath() instanceof P_Link link ? link.getNode() : null;
    }
}
