package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Test;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Facts;
import org.newskg.fact.Modality;
import org.newskg.store.ArticleStore;

class StoreValidationTest {

    final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    final ArticleStore store = new ArticleStore(dataset);

    /** The hand-built article plus one lawsuit; without a defendant it breaks a key role, without a plaintiff only warns. */
    private static Facts withLawsuit(String id, String role) {
        Facts f = HandBuiltFacts.facts();
        Event e = new Event(EventType.Lawsuit, Map.of(role, List.of(Argument.of(HandBuiltFacts.ACME))), null, null,
                Modality.asserted, HandBuiltFacts.sentence(0), 0.8, "hand");
        var article = new org.newskg.article.Article(id, null, null, null, null, f.article().text());
        return new Facts(article, f.entities(), f.roles(), f.relations(), List.of(e), List.of(), f.extractors());
    }

    private void put(Facts f) {
        store.put(f, new ArticleProvenance(Instant.parse("2026-01-01T00:00:00Z"), f.article().id()));
    }

    @Test
    void the_recorded_findings_are_what_a_fresh_check_finds() {
        put(withLawsuit("no-defendant", "plaintiff"));
        put(withLawsuit("no-plaintiff", "defendant"));
        put(HandBuiltFacts.facts());
        StoreReport recorded = StoreValidation.recorded(dataset);
        StoreReport fresh = StoreValidation.recheck(dataset, ArticleValidator.standard());
        assertEquals(3, recorded.articles());
        assertEquals(3, fresh.articles());
        assertEquals(fresh.findings(), recorded.findings());
        assertEquals(1, recorded.violations());
        assertEquals(1, recorded.warnings());
    }

    @Test
    void a_store_with_only_warnings_conforms() {
        put(withLawsuit("no-plaintiff", "defendant"));
        StoreReport r = StoreValidation.recorded(dataset);
        assertEquals(1, r.warnings());
        assertTrue(r.conforms());
    }

    @Test
    void the_text_report_lists_each_finding_under_its_article_then_sums_up() {
        put(withLawsuit("no-defendant", "plaintiff"));
        put(HandBuiltFacts.facts());
        StringWriter s = new StringWriter();
        StoreValidation.recorded(dataset).writeText(new PrintWriter(s));
        List<String> lines = s.toString().lines().toList();
        assertEquals("no-defendant", lines.get(0));
        assertTrue(lines.get(1).matches("  Violation +<https://w3id.org/newskg/id/event/\\w+> nkg:hasDefendant: A Lawsuit names at least one defendant"
                + " \\(a key role\\)  \\[nkgsh:LawsuitShape]"), lines.get(1));
        assertEquals("2 articles checked: 1 does not conform (1 violation, 0 warnings)", lines.get(2));
    }

    @Test
    void the_turtle_report_is_one_shacl_report_per_article() {
        put(withLawsuit("no-defendant", "plaintiff"));
        put(withLawsuit("no-plaintiff", "defendant"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoreValidation.recorded(dataset).writeTurtle(out);
        Graph g = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
        assertEquals(2, G.nodesOfTypeAsList(g, SHACL.ValidationReport).size());
        ValidationReport one = ValidationReport.fromGraph(g, Iris.validation("no-defendant"));
        assertEquals(1, one.getEntries().size());
        assertEquals(SHACL.Violation, one.getEntries().iterator().next().severity().level());
        assertEquals(org.newskg.vocab.NKG.hasDefendant, G.getOneSP(g, G.getOneSP(g, Iris.validation("no-defendant"),
                SHACL.result), SHACL.resultPath));
    }
}
