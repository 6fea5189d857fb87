package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;
import org.newskg.fact.Facts;
import org.newskg.fact.Span;
import org.newskg.vocab.NKG;

class FactMapperTest {

    final Graph graph = FactMapper.toGraph(HandBuiltFacts.facts(), HandBuiltFacts.PROVENANCE);

    /** Every IRI in the nkg: namespace that a graph uses and the ontology does not declare. */
    static Set<String> undeclaredTerms(Graph g) {
        Graph ontology = Ontology.graph();
        Set<String> undeclared = new TreeSet<>();
        g.find().forEach(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .filter(n -> n.isURI() && n.getURI().startsWith(NKG.NS))
                .filter(n -> !ontology.contains(n, RDF.type.asNode(), Node.ANY))
                .forEach(n -> undeclared.add(n.getURI())));
        return undeclared;
    }

    private static String print(Graph g) {
        return RDFWriter.source(g).lang(Lang.TURTLE).asString();
    }

    @Test
    void every_event_type_role_relation_and_quote_maps_to_declared_terms_only() {
        assertEquals(Set.of(), undeclaredTerms(graph));
    }

    @Test
    void the_graph_has_no_blank_nodes_so_validating_it_keeps_nothing() {
        // Jena SHACL keeps a label for every blank node it validates, for the JVM's life (see Iris.selector).
        assertEquals(List.of(), graph.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList());
    }

    @Test
    void the_graph_of_every_kind_of_fact_conforms_to_the_shapes() {
        List<Finding> findings = ArticleValidator.standard().check("hand-built", graph);
        assertEquals(List.of(), findings.stream().map(f -> f.severityName() + " " + f.focusNode() + " " + f.path()
                + " " + f.message()).toList());
    }

    @Test
    void every_property_the_ontology_declares_is_written_except_role_dates_and_the_parent_role() {
        Set<Node> declared = new HashSet<>();
        for (Node kind : List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode()))
            declared.addAll(G.nodesOfTypeAsList(Ontology.graph(), kind));
        Set<Node> written = graph.find().mapWith(Triple::getPredicate).toSet();
        declared.removeAll(written);
        assertEquals(Set.of(NKG.startDate, NKG.endDate, NKG.involves), declared);
        for (EventType type : EventType.values())
            assertTrue(graph.contains(Node.ANY, RDF.type.asNode(), Types.of(type)), type.name());
    }

    @Test
    void offsets_count_code_points_so_an_emoji_counts_once() {
        int utf16 = HandBuiltFacts.TEXT.indexOf("We are ready.");
        Node passage = graph.find(Node.ANY, NKG.passage, Node.ANY).next().getObject();
        Node position = G.listSP(graph, passage, OA.hasSelector.asNode()).stream()
                .filter(s -> graph.contains(s, RDF.type.asNode(), OA.TextPositionSelector.asNode())).findFirst().orElseThrow();
        assertEquals(utf16 - 1, ((Number) G.getOneSP(graph, position, OA.start.asNode()).getLiteralValue()).intValue());
        assertEquals(utf16 - 1 + 13, ((Number) G.getOneSP(graph, position, OA.end.asNode()).getLiteralValue()).intValue());
    }

    @Test
    void dates_are_typed_as_precisely_as_they_are_known() {
        Set<String> types = graph.find(Node.ANY, NKG.date, Node.ANY).mapWith(t -> t.getObject().getLiteralDatatypeURI())
                .toSet();
        assertEquals(Set.of("http://www.w3.org/2001/XMLSchema#date", "http://www.w3.org/2001/XMLSchema#gYearMonth",
                "http://www.w3.org/2001/XMLSchema#gYear"), types);
    }

    @Test
    void a_small_confidence_is_written_as_a_decimal_without_exponent() {
        assertTrue(graph.contains(Node.ANY, NKG.confidence,
                NodeFactory.createLiteralDT("0.0001", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)), print(graph));
    }

    @Test
    void a_role_with_a_title_holds_a_post_shared_by_everyone_who_holds_it() {
        Node acme = Iris.entity(HandBuiltFacts.ACME);
        Node post = Iris.post(acme, "Chief Executive ");
        assertTrue(graph.contains(Node.ANY, NKG.post, post));
        assertTrue(graph.contains(post, NKG.postIn, acme));
        assertEquals(1, graph.find(Node.ANY, RDF.type.asNode(), NKG.Post).toList().size());
        assertEquals(2, graph.find(Node.ANY, RDF.type.asNode(), NKG.Role).toList().size());
    }

    @Test
    void a_quote_links_to_the_event_it_was_said_at() {
        List<Triple> saidAt = graph.find(Node.ANY, NKG.saidAt, Node.ANY).toList();
        assertEquals(1, saidAt.size());
        assertTrue(graph.contains(saidAt.get(0).getObject(), RDF.type.asNode(), NKG.Conference));
        assertTrue(graph.contains(saidAt.get(0).getSubject(), RDF.type.asNode(), NKG.Quote));
    }

    @Test
    void a_url_that_is_not_an_iri_is_kept_as_text() {
        Article a = new Article("bad-url", null, null, "not a url", null, "Acme.");
        Facts f = new Facts(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of("x"));
        Graph g = FactMapper.toGraph(f, HandBuiltFacts.PROVENANCE);
        assertEquals(NodeFactory.createLiteralString("not a url"), G.getOneSP(g, Iris.article("bad-url"), SchemaDO.url.asNode()));
    }

    @Test
    void a_mention_past_the_end_of_the_text_is_refused_with_the_article_named() {
        Entity ghost = new Entity("Ghost", EntityType.Person, List.of(), null, List.of(new Span(3, 99)));
        Facts f = new Facts(new Article("short", null, null, null, null, "Tiny."), List.of(ghost), List.of(), List.of(),
                List.of(), List.of(), List.of("x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FactMapper.toGraph(f, HandBuiltFacts.PROVENANCE));
        assertTrue(e.getMessage().contains("'short'") && e.getMessage().contains("[3, 99)"), e.getMessage());
    }

    @Test
    void mapping_is_repeatable_and_streams_into_the_article_graph() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        FactMapper.write(HandBuiltFacts.facts(), HandBuiltFacts.PROVENANCE, StreamRDFLib.dataset(ds));
        Graph named = ds.getGraph(FactMapper.graphName("hand-built"));
        assertTrue(named.isIsomorphicWith(graph), () -> print(named) + "\n---\n" + print(graph));
        assertEquals(0, ds.getDefaultGraph().size());
    }
}
