package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example instance files against the shapes: valid ones conform, invalid ones are caught exactly. */
class ExamplesTest {

    static final String SHAPES_NS = "https://w3id.org/newskg/shapes#";
    final ArticleValidator validator = ArticleValidator.standard();

    static List<Path> validExamples() {
        return Examples.valid();
    }

    static List<Path> invalidExamples() {
        return Examples.invalid();
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void valid_example_conforms_without_warnings(Path file) {
        List<Finding> findings = validator.check(file.toString(), Examples.load(file));
        assertEquals(List.of(), findings.stream().limit(20).map(ExamplesTest::describe).toList());
    }

    @ParameterizedTest
    @MethodSource("invalidExamples")
    void invalid_example_added_to_the_base_gives_exactly_the_findings_it_expects(Path file) {
        List<String> expected = Examples.expectations(file);
        assertFalse(expected.isEmpty(), file + " has no '#+ expect:' line");
        List<Finding> findings = validator.check(file.toString(), Examples.load(Examples.BASE, file));
        assertEquals(new TreeSet<>(expected), findings.stream().map(ExamplesTest::expectation)
                .collect(Collectors.toCollection(TreeSet::new)), () -> file + " gave:\n"
                + findings.stream().limit(20).map(ExamplesTest::describe).collect(Collectors.joining("\n")));
    }

    @Test
    void every_node_shape_has_a_focus_node_in_some_valid_example() {
        Graph valid = Examples.load(Examples.valid().toArray(Path[]::new));
        Graph data = new Union(valid, Ontology.classHierarchy());
        Shapes shapes = Shapes.parse(Ontology.shapes());
        Set<String> unexercised = new TreeSet<>(nodeShapes());
        for (Shape shape : shapes.getTargetShapes())
            if (shape.getTargets().stream().anyMatch(t -> !t.getFocusNodes(data).isEmpty()))
                unexercised.remove(local(shape.getShapeNode()));
        assertEquals(Set.of(), unexercised);
    }

    @Test
    void every_node_shape_is_broken_by_some_invalid_example() {
        Set<String> broken = new HashSet<>();
        for (Path f : Examples.invalid())
            for (String e : Examples.expectations(f))
                broken.add(e.split(" ")[1]);
        Set<String> unbroken = new TreeSet<>(nodeShapes());
        unbroken.removeAll(broken);
        assertEquals(Set.of(), unbroken);
    }

    @Test
    void the_valid_examples_exercise_every_event_type() {
        Graph valid = Examples.load(Examples.valid().toArray(Path[]::new));
        for (org.newskg.fact.EventType type : org.newskg.fact.EventType.values())
            assertTrue(valid.contains(Node.ANY, RDF.type.asNode(), Types.of(type)), type + " has no example");
    }

    private static Set<String> nodeShapes() {
        return Ontology.shapes().find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).mapWith(t -> local(t.getSubject()))
                .toSet();
    }

    /** "Violation LawsuitShape nkg:hasDefendant", the form of an expectation line. */
    private static String expectation(Finding f) {
        return f.severityName() + " " + (f.shape() == null ? "?" : local(f.shape())) + " "
                + (f.path() == null ? "-" : StoreReport.prefixes().shortForm(f.path().getURI()));
    }

    private static String describe(Finding f) {
        return expectation(f) + " on " + f.focusNode() + ": " + f.message() + (f.value() == null ? "" : " (" + f.value() + ")");
    }

    private static String local(Node shape) {
        return shape.isURI() && shape.getURI().startsWith(SHAPES_NS) ? shape.getURI().substring(SHAPES_NS.length())
                : shape.toString();
    }
}
