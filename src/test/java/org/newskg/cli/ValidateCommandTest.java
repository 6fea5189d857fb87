package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.ArticleStore;
import org.newskg.store.TestArticles;
import org.newskg.store.Stores;

class ValidateCommandTest {

    @TempDir
    Path dir;

    /** A store holding one article that conforms and, when asked, one whose lawsuit has no evidence. */
    private String store(boolean withViolation) {
        Path path = dir.resolve("tdb2");
        DatasetGraph dataset = Stores.tdb2(path);
        try {
            ArticleStore store = new ArticleStore(dataset);
            store.put(TestArticles.lawsuit("good", true), TestArticles.prov("h1"));
            if (withViolation)
                store.put(TestArticles.lawsuit("bad", false), TestArticles.prov("h2"));
        } finally {
            dataset.close();
        }
        return path.toString();
    }

    @Test
    void a_conforming_store_exits_0() {
        Cli r = Cli.run("validate", "--store", store(false));
        assertEquals(0, r.status(), r.err());
        assertEquals("1 article checked: all conform (0 violations, 0 warnings)\n", r.out());
    }

    @Test
    void a_store_with_a_violation_exits_3_and_names_the_article_and_the_fault() {
        Cli r = Cli.run("validate", "--store", store(true));
        assertEquals(3, r.status(), r.err());
        assertTrue(r.out().startsWith("bad\n  Violation "), r.out());
        assertTrue(r.out().contains("nkg:evidence: Every event has evidence"), r.out());
        assertTrue(r.out().endsWith("2 articles checked: 1 does not conform (1 violation, 0 warnings)\n"), r.out());
    }

    @Test
    void turtle_output_is_a_shacl_report() {
        Cli r = Cli.run("validate", "--store", store(true), "--format", "turtle");
        assertEquals(3, r.status(), r.err());
        Graph g = RDFParser.fromString(r.out(), Lang.TURTLE).toGraph();
        assertEquals(1, G.nodesOfTypeAsList(g, SHACL.ValidationResult).size());
    }

    @Test
    void recheck_validates_the_stored_graphs_again() {
        Cli r = Cli.run("validate", "--store", store(true), "--recheck");
        assertEquals(3, r.status(), r.err());
        assertTrue(r.out().contains("Every event has evidence"), r.out());
    }

    @Test
    void a_missing_store_exits_1_and_creates_nothing() {
        Path missing = dir.resolve("nowhere");
        Cli r = Cli.run("validate", "--store", missing.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no store at " + missing), r.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void help_explains_the_exit_codes() {
        Cli r = Cli.run("validate", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Usage: newskg validate"), r.out());
        assertTrue(r.out().contains("3  the store does not conform"), r.out());
        assertTrue(r.out().contains("--recheck") && r.out().contains("--format"), r.out());
    }
}
