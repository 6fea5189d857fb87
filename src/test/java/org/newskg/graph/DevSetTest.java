package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.TestCatalog;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadResult;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractors;
import org.newskg.fact.Facts;

/** Extraction over the dev set maps to declared terms only, and every article's graph conforms. */
class DevSetTest {

    static final Path DEV = Path.of("../shared/eval/dev/articles.jsonl");
    static final ArticleProvenance PROVENANCE = new ArticleProvenance(Instant.parse("2026-01-01T00:00:00Z"), "dev");

    @BeforeAll
    static void needsShared() {
        assumeTrue(Files.exists(DEV), "../shared is absent");
    }

    /** What checking the dev set found, and how many entities the extraction gave. */
    record Check(List<String> problems, int entities) {}

    @Test
    void the_standard_extraction_of_every_dev_article_uses_declared_terms_and_conforms() {
        assertEquals(List.of(), check(Extraction.standard()).problems());
    }

    @Test
    void the_test_catalog_extraction_of_every_dev_article_uses_declared_terms_and_conforms() {
        // The small test catalog finds entities whatever the bundled catalog holds today.
        Check c = check(new Extraction(Extractors.standard(TestCatalog.small())));
        assertEquals(List.of(), c.problems());
        assertTrue(c.entities() > 8, "only " + c.entities() + " entities");
    }

    private static Check check(Extraction extraction) {
        ArticleValidator validator = ArticleValidator.standard();
        List<String> problems = new ArrayList<>();
        int articles = 0, entities = 0;
        for (ReadResult r : ArticleReaders.read(List.of(DEV), null).toList()) {
            assertTrue(r.isOk(), r.origin() + ": " + r.error());
            Facts facts = extraction.extract(r.article());
            entities += facts.entities().size();
            Graph g = FactMapper.toGraph(facts, PROVENANCE);
            Set<String> undeclared = FactMapperTest.undeclaredTerms(g);
            if (!undeclared.isEmpty())
                problems.add(r.article().id() + " uses undeclared " + undeclared);
            // Warnings flag what an article may leave unsaid (a Lobbying without a named target); only violations are bugs.
            for (Finding f : validator.check(r.article().id(), g))
                if (f.severityName().equals("Violation"))
                    problems.add(f.articleId() + ": " + f.severityName() + " " + f.focusNode() + " " + f.path() + " "
                        + f.message());
            articles++;
        }
        assertEquals(8, articles);
        return new Check(problems, entities);
    }
}
