package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Facts;
import org.newskg.fact.Span;
import org.newskg.graph.Iris;
import org.newskg.graph.StoreReport;
import org.newskg.graph.StoreValidation;
import org.newskg.vocab.NKG;

/** Every article is validated as it is written: stored either way, its findings kept beside it. */
class ArticleStoreValidationTest {

    @TempDir
    Path dir;
    DatasetGraph dataset;
    ArticleStore store;

    @BeforeEach
    void open() {
        dataset = Stores.tdb2(dir.resolve("tdb2"));
        store = new ArticleStore(dataset);
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    private long quadsIn(Node graph) {
        return Txn.calculateRead(dataset, () -> dataset.stream(graph, Node.ANY, Node.ANY, Node.ANY).count());
    }

    @Test
    void an_article_that_does_not_conform_is_stored_and_its_report_kept() {
        assertEquals(ArticleStore.Outcome.ADDED, store.put(TestArticles.lawsuit("a1", false), TestArticles.prov("h1")));
        assertTrue(quadsIn(Iris.article("a1")) > 20, "the article is stored");
        Node report = Iris.validation("a1");
        Txn.executeRead(dataset, () -> {
            assertTrue(dataset.contains(report, report, RDF.type.asNode(), SHACL.ValidationReport));
            assertTrue(dataset.contains(report, Node.ANY, SHACL.resultPath, NKG.evidence));
        });
        StoreReport recorded = StoreValidation.recorded(dataset);
        assertEquals(1, recorded.articles());
        assertEquals(1, recorded.violations());
        assertEquals("a1", recorded.findings().get(0).articleId());
        assertFalse(recorded.conforms());
    }

    @Test
    void an_article_that_conforms_has_no_report() {
        store.put(TestArticles.lawsuit("a1", true), TestArticles.prov("h1"));
        assertEquals(0, quadsIn(Iris.validation("a1")));
        assertTrue(StoreValidation.recorded(dataset).conforms());
    }

    @Test
    void replacing_an_article_replaces_its_report() {
        store.put(TestArticles.lawsuit("a1", false), TestArticles.prov("h1"));
        assertEquals(ArticleStore.Outcome.REPLACED, store.put(TestArticles.lawsuit("a1", true), TestArticles.prov("h2")));
        assertEquals(0, quadsIn(Iris.validation("a1")), "the stale report is gone");
        store.put(TestArticles.lawsuit("a1", false), TestArticles.prov("h3"));
        assertEquals(1, StoreValidation.recorded(dataset).violations());
    }

    @Test
    void an_article_the_mapper_cannot_map_leaves_neither_graph_nor_report() {
        Entity ghost = new Entity("Ghost", EntityType.Person, List.of(), null, List.of(new Span(0, 999)));
        Facts bad = new Facts(new Article("a1", null, null, null, null, "Acme sued Globex."), List.of(ghost), List.of(), List.of(),
                List.of(), List.of(), List.of("test"));
        assertThrows(IllegalArgumentException.class, () -> store.put(bad, TestArticles.prov("h1")));
        assertEquals(0, Txn.calculateRead(dataset, () -> dataset.stream().count()));
    }
}
