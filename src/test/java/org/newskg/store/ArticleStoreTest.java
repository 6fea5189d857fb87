package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestCatalog;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractors;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Facts;
import org.newskg.fact.Modality;
import org.newskg.graph.ArticleProvenance;
import org.newskg.graph.Iris;

class ArticleStoreTest {

    @TempDir
    Path dir;
    DatasetGraph dataset;
    ArticleStore store;
    final Extraction extraction = new Extraction(Extractors.standard(TestCatalog.small()));

    @BeforeEach
    void open() {
        dataset = Stores.tdb2(dir.resolve("tdb2"));
        store = new ArticleStore(dataset);
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    private Facts facts(String id, String text) {
        return extraction.extract(new Article(id, "Title", null, null, "Test", text));
    }

    private static ArticleProvenance prov(String hash) {
        return new ArticleProvenance(Instant.parse("2026-01-01T00:00:00Z"), hash);
    }

    private long quads() {
        return Txn.calculateRead(dataset, () -> dataset.stream().count());
    }

    private long quadsIn(String articleId) {
        Node g = Iris.article(articleId);
        return Txn.calculateRead(dataset, () -> dataset.stream(g, Node.ANY, Node.ANY, Node.ANY).count());
    }

    /** The lawsuits the store holds, with the articles that report each. */
    private Map<Node, List<Node>> lawsuits() {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, List<Node>> out = new java.util.TreeMap<>(java.util.Comparator.comparing(Node::getURI));
            dataset.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, org.newskg.vocab.NKG.Lawsuit)
                    .forEachRemaining(q -> out.computeIfAbsent(q.getSubject(), k -> new java.util.ArrayList<>()).add(q.getGraph()));
            return out;
        });
    }

    @Test
    void articles_reporting_the_same_event_share_its_node_in_one_batch_or_apart() {
        store.putAll(List.of(new ArticleStore.Put(facts("a1", "Huawei sued the US government on 7 March 2019."), prov("h1")),
                new ArticleStore.Put(facts("a2", "The Chinese company Huawei has sued the United States."), prov("h2"))));
        store.put(facts("a3", "In March 2019, Huawei sued the United States."), prov("h3"));
        store.put(facts("a4", "ZTE sued the United States."), prov("h4"));
        Map<Node, List<Node>> lawsuits = lawsuits();
        assertEquals(2, lawsuits.size(), lawsuits.toString());
        assertTrue(lawsuits.values().stream().anyMatch(graphs -> graphs.size() == 3), lawsuits.toString());
    }

    @Test
    void the_same_article_twice_is_stored_once() {
        Facts f = facts("a1", "Huawei sued the US.");
        assertEquals(ArticleStore.Outcome.ADDED, store.put(f, prov("h1")));
        long before = quads();
        assertTrue(before > 0);
        assertEquals(ArticleStore.Outcome.UNCHANGED, store.put(f, prov("h1")));
        assertEquals(before, quads());
    }

    @Test
    void a_changed_article_replaces_its_graph() {
        store.put(facts("a1", "Huawei sued the US."), prov("h1"));
        store.put(facts("a2", "ZTE waits."), prov("h2"));
        long other = quadsIn("a2");
        assertEquals(ArticleStore.Outcome.REPLACED, store.put(facts("a1", "Canada waits."), prov("h1b")));
        Node huawei = Iris.entity(facts("x", "Huawei").entities().get(0));
        Node canada = NodeFactory.createURI(Iris.BASE + "entity/Q16");
        Node g = Iris.article("a1");
        Txn.executeRead(dataset, () -> {
            assertFalse(dataset.contains(g, huawei, Node.ANY, Node.ANY), "old facts are gone");
            assertTrue(dataset.contains(g, canada, Node.ANY, Node.ANY), "new facts are there");
        });
        assertEquals(other, quadsIn("a2"), "other articles untouched");
        assertEquals("h1b", store.contentHash("a1"));
    }

    @Test
    void an_article_that_fails_half_way_leaves_the_store_as_it_was() {
        store.put(facts("a1", "Huawei sued the US."), prov("h1"));
        long before = quads();
        Facts good = facts("a2", "ZTE sued Canada.");
        // An entity in a phrase role has no ontology property: the mapper fails after writing some quads.
        Event broken = new Event(EventType.Indictment, Map.of("charge", List.of(Argument.of(good.entities().get(0)))),
                null, null, Modality.asserted, null, 1.0, "test");
        Facts bad = new Facts(good.article(), good.entities(), List.of(), List.of(), List.of(broken), List.of(), List.of("test"));
        assertThrows(IllegalArgumentException.class, () -> store.put(bad, prov("h2")));
        assertEquals(before, quads());
        assertEquals(0, quadsIn("a2"));
        assertEquals(null, store.contentHash("a2"));
    }

    @Test
    void entities_are_shared_across_articles() {
        store.put(facts("a1", "Huawei sued the US."), prov("h1"));
        store.put(facts("a2", "Huawei Technologies won."), prov("h2"));
        Node huawei = NodeFactory.createURI(Iris.BASE + "entity/Q160120");
        long graphs = Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, huawei, Node.ANY, Node.ANY)
                .map(q -> q.getGraph()).distinct().count());
        assertEquals(2, graphs);
    }
}
