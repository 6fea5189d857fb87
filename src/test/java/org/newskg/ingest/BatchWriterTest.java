package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
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
import org.newskg.graph.Iris;
import org.newskg.store.ArticleStore;
import org.newskg.store.Stores;

class BatchWriterTest {

    @TempDir
    Path dir;
    DatasetGraph dataset;
    final Extraction extraction = new Extraction(Extractors.standard(TestCatalog.small()));
    final List<BatchWriter.Written> told = new ArrayList<>();

    @BeforeEach
    void open() {
        dataset = Stores.tdb2(dir.resolve("tdb2"));
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    private Extracted extracted(String id, String text) {
        Facts facts = extraction.extract(new Article(id, null, null, null, null, text));
        return new Extracted(id + ".txt", facts.article(), facts, "hash-" + id, null);
    }

    private BatchWriter writer(DatasetGraph ds, int maxArticles) {
        return new BatchWriter(new ArticleStore(ds), Clock.systemUTC(), maxArticles, Duration.ofHours(1), told::add);
    }

    private boolean stored(String id) {
        Node g = Iris.article(id);
        return Txn.calculateRead(dataset, () -> dataset.contains(g, Node.ANY, Node.ANY, Node.ANY));
    }

    private List<String> toldOrigins() {
        return told.stream().map(w -> w.item().origin()).toList();
    }

    @Test
    void tells_of_every_item_in_input_order_once_its_batch_is_written() {
        Extracted a = extracted("a", "Huawei sued the US."), b = extracted("b", "ZTE waits."), c = extracted("c", "Canada waits.");
        BatchWriter w = writer(dataset, 3);
        w.accept(new Extracted("bad.jsonl:1", null, null, null, "invalid JSON"));
        w.accept(a);
        w.accept(new Extracted("bad.jsonl:3", null, null, null, "no text"));
        assertEquals(List.of("bad.jsonl:1"), toldOrigins(), "the failure after 'a' waits for a's batch");
        w.accept(b);
        assertTrue(!stored("a"), "the batch is not full yet");
        w.accept(c);
        assertEquals(List.of("bad.jsonl:1", "a.txt", "bad.jsonl:3", "b.txt", "c.txt"), toldOrigins());
        assertTrue(stored("a") && stored("b") && stored("c"));
        assertEquals(ArticleStore.Outcome.ADDED, told.get(1).outcome());
        assertEquals("no text", told.get(2).failure());
    }

    @Test
    void flush_writes_a_part_batch_and_unchanged_articles_stay_unchanged() {
        BatchWriter w = writer(dataset, 100);
        w.accept(extracted("a", "Huawei sued the US."));
        w.flush();
        assertTrue(stored("a"));
        w.accept(extracted("a", "Huawei sued the US."));
        w.flush();
        assertEquals(List.of(ArticleStore.Outcome.ADDED, ArticleStore.Outcome.UNCHANGED),
                told.stream().map(BatchWriter.Written::outcome).toList());
    }

    @Test
    void an_article_that_cannot_be_mapped_fails_alone() {
        Extracted good = extracted("g", "ZTE sued Canada.");
        Event broken = new Event(EventType.Indictment, Map.of("charge", List.of(Argument.of(good.facts().entities().get(0)))),
                null, null, Modality.asserted, null, 1.0, "test");
        Facts bad = new Facts(new Article("x", null, null, null, null, "ZTE sued Canada."), good.facts().entities(),
                List.of(), List.of(), List.of(broken), List.of(), List.of("test"));
        BatchWriter w = writer(dataset, 100);
        w.accept(new Extracted("x.txt", bad.article(), bad, "hash-x", null));
        w.accept(good);
        w.flush();
        assertTrue(told.get(0).failure().startsWith("not stored (store left as it was)"), told.get(0).failure());
        assertEquals(ArticleStore.Outcome.ADDED, told.get(1).outcome());
        assertTrue(stored("g") && !stored("x"));
    }

    @Test
    void when_a_batch_fails_in_the_store_its_other_articles_are_still_stored() {
        Node poisoned = Iris.article("p");
        DatasetGraph failing = new DatasetGraphWrapper(dataset) {
            @Override
            public void add(Quad quad) {
                add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
            }

            @Override
            public void add(Node g, Node s, Node p, Node o) {
                if (g.equals(poisoned) && s.equals(poisoned))
                    throw new IllegalStateException("disk full");
                super.add(g, s, p, o);
            }
        };
        BatchWriter w = writer(failing, 100);
        w.accept(extracted("a", "Huawei sued the US."));
        w.accept(extracted("p", "ZTE waits."));
        w.accept(extracted("c", "Canada waits."));
        w.flush();
        assertEquals(ArticleStore.Outcome.ADDED, told.get(0).outcome());
        assertTrue(told.get(1).failure().contains("disk full"), told.get(1).failure());
        assertNull(told.get(1).outcome());
        assertEquals(ArticleStore.Outcome.ADDED, told.get(2).outcome());
        assertTrue(stored("a") && !stored("p") && stored("c"));
    }
}
