package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.fact.EventType;
import org.newskg.vocab.NKG;

/** The shapes agree with the ontology and the fact model on every event type's roles. */
class ShapesTest {

    final Graph shapes = Ontology.shapes();
    final Graph ontology = Ontology.graph();

    static Node shape(String local) {
        return NodeFactory.createURI("https://w3id.org/newskg/shapes#" + local);
    }

    /** The property shapes of a node shape, by path. */
    private Map<Node, List<Node>> propertyShapes(Node nodeShape) {
        Map<Node, List<Node>> byPath = new HashMap<>();
        for (Node ps : G.listSP(shapes, nodeShape, SHACL.property))
            byPath.computeIfAbsent(G.getOneSP(shapes, ps, SHACL.path), k -> new java.util.ArrayList<>()).add(ps);
        return byPath;
    }

    /** The classes or datatypes a property shape accepts: sh:class, sh:datatype, or the members of sh:or. */
    private Set<Node> accepted(Node ps) {
        Set<Node> values = new HashSet<>();
        for (Node p : List.of(SHACL.class_, SHACL.datatype))
            values.addAll(G.listSP(shapes, ps, p));
        for (Node or : G.listSP(shapes, ps, SHACL.or))
            for (Node alt : G.rdfList(shapes, or))
                values.addAll(G.listSP(shapes, alt, SHACL.class_));
        return values;
    }

    @Test
    void the_shapes_compile() {
        Shapes compiled = Shapes.parse(shapes);
        assertTrue(compiled.numRootShapes() >= 39, "only " + compiled.numRootShapes() + " shapes");
    }

    @Test
    void each_event_shape_is_closed_over_the_roles_the_ontology_gives_its_type_with_the_same_ranges() {
        for (EventType type : EventType.values()) {
            Node nodeShape = shape(type.name() + "Shape");
            Node eventClass = Types.of(type);
            assertEquals(List.of(eventClass), G.listSP(shapes, nodeShape, SHACL.targetClass), type.name());
            assertTrue(G.contains(shapes, nodeShape, SHACL.closed, NodeFactory.createLiteralByValue(true)), type.name());
            Map<Node, List<Node>> byPath = propertyShapes(nodeShape);
            Set<Node> roleProperties = new HashSet<>();
            ontology.find(Node.ANY, RDFS.domain.asNode(), Node.ANY).forEach(t -> {
                if (OntologyTest.classesOf(ontology, t.getObject()).contains(eventClass))
                    roleProperties.add(t.getSubject());
            });
            assertEquals(roleProperties, byPath.keySet(), type.name());
            for (Node p : roleProperties) {
                Set<Node> range = OntologyTest.classesOf(ontology, G.getOneSP(ontology, p, RDFS.range.asNode()));
                Set<Node> checked = new HashSet<>();
                byPath.get(p).forEach(ps -> checked.addAll(accepted(ps)));
                assertEquals(range, checked, type + " " + p);
            }
        }
    }

    @Test
    void each_key_role_has_a_min_count_and_no_other_role_does() {
        for (EventType type : EventType.values()) {
            Set<Node> required = new HashSet<>();
            propertyShapes(shape(type.name() + "Shape")).forEach((path, list) -> list.forEach(ps -> {
                if (G.hasProperty(shapes, ps, SHACL.minCount))
                    required.add(path);
            }));
            Set<Node> keys = new HashSet<>();
            type.keyRoles().forEach(role -> keys.add(Types.entityRole(role)));
            assertEquals(keys, required, type.name());
        }
    }

    @Test
    void a_lawsuit_without_plaintiff_is_a_warning_and_without_defendant_a_violation() {
        Map<Node, List<Node>> lawsuit = propertyShapes(shape("LawsuitShape"));
        assertEquals(SHACL.Warning, severityOfMinCount(lawsuit.get(NKG.hasPlaintiff)));
        assertEquals(SHACL.Violation, severityOfMinCount(lawsuit.get(NKG.hasDefendant)));
    }

    @Test
    void an_investigation_named_by_its_investigator_alone_is_a_warning() {
        assertEquals(SHACL.Warning, severityOfMinCount(propertyShapes(shape("InvestigationShape")).get(NKG.hasTarget)));
    }

    @Test
    void a_conference_may_be_the_gathering_of_an_international_body() {
        Set<Node> accepted = new HashSet<>();
        propertyShapes(shape("ConferenceShape")).get(NKG.hasNamedEvent).forEach(ps -> accepted.addAll(accepted(ps)));
        assertEquals(Set.of(NKG.NamedEvent, NKG.InternationalOrganization), accepted, "the G7 meeting");
    }

    @Test
    void a_court_may_be_an_international_court_or_the_judge() {
        for (String s : List.of("LawsuitShape", "RulingShape"))
            for (Node ps : propertyShapes(shape(s)).get(NKG.hasCourt))
                if (!accepted(ps).isEmpty())
                    assertEquals(Set.of(NKG.Actor), accepted(ps), s);
    }

    @Test
    void every_event_must_have_evidence_as_a_violation() {
        Map<Node, List<Node>> event = propertyShapes(shape("EventShape"));
        assertEquals(SHACL.Violation, severityOfMinCount(event.get(NKG.evidence)));
    }

    private Node severityOfMinCount(List<Node> propertyShapes) {
        Node ps = propertyShapes.stream().filter(s -> G.hasProperty(shapes, s, SHACL.minCount)).findFirst().orElseThrow();
        Node severity = G.getZeroOrOneSP(shapes, ps, SHACL.severity);
        return severity == null ? SHACL.Violation : severity;
    }
}
