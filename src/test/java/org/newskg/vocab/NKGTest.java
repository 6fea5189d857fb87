package org.newskg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.graph.Ontology;

class NKGTest {

    final Graph ontology = Ontology.graph();

    /** Local names of the nkg: terms the ontology declares (gives a type). */
    private Set<String> declared() {
        return new TreeSet<>(ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .mapWith(t -> t.getSubject())
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(NKG.NS))
                .mapWith(s -> s.getURI().substring(NKG.NS.length()))
                .toSet());
    }

    private static List<Field> constants() {
        return Arrays.stream(NKG.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class)
                .toList();
    }

    @Test
    void the_class_and_the_ontology_declare_the_same_terms() {
        Set<String> inClass = constants().stream().map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared(), inClass);
    }

    @Test
    void each_constant_is_the_term_its_name_says() throws IllegalAccessException {
        for (Field f : constants())
            assertEquals(NKG.NS + f.getName(), ((Node) f.get(null)).getURI());
    }

    @Test
    void every_term_has_one_english_label_and_comment() {
        for (String local : declared()) {
            Node term = NodeFactory.createURI(NKG.NS + local);
            for (Node p : List.of(RDFS.label.asNode(), RDFS.comment.asNode())) {
                List<Node> values = ontology.find(term, p, Node.ANY).mapWith(t -> t.getObject()).toList();
                assertEquals(1, values.size(), local + " has " + values.size() + " " + p.getLocalName());
                assertEquals("en", values.get(0).getLiteralLanguage(), local + " " + p.getLocalName());
                assertTrue(values.get(0).getLiteralLexicalForm().length() > 2, local + " " + p.getLocalName());
            }
        }
    }
}
