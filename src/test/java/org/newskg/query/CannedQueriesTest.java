package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.TestCatalog;
import org.newskg.article.ArticleReaders;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractors;
import org.newskg.ingest.Ingester;
import org.newskg.store.ArticleStore;
import org.newskg.store.Stores;

class CannedQueriesTest {

    @TempDir
    static Path dir;
    static DatasetGraph fixture;

    @BeforeAll
    static void ingestExamples() {
        fixture = Stores.tdb2(dir.resolve("tdb2"));
        new Ingester(new ArticleStore(fixture), new Extraction(Extractors.standard(TestCatalog.small())), 2)
                .ingest(ArticleReaders.read(List.of(Path.of("examples/articles")), null), item -> {});
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static List<CannedQuery> all() {
        return CannedQueries.all();
    }

    private static String run(CannedQuery q, Map<String, String> params, QueryRunner.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RDFConnection conn = RDFConnection.connect(DatasetFactory.wrap(fixture))) {
            new QueryRunner(conn, Duration.ofSeconds(30), 1000).run(q, params, format, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_queries_folder_is_bundled() {
        assertTrue(all().size() >= 5, all().toString());
    }

    @ParameterizedTest
    @MethodSource("all")
    void every_query_has_a_summary_parses_and_runs_with_its_defaults(CannedQuery q) {
        assertFalse(q.summary().isBlank(), q.name() + " has no #+ summary");
        String csv = run(q, Map.of(), QueryRunner.Format.csv);
        assertTrue(csv.lines().count() >= 2, q.name() + " returned no rows on the examples:\n" + csv);
    }

    @Test
    void the_event_queries_answer_who_sued_whom_and_what_an_entity_took_part_in() {
        String suits = run(CannedQueries.byName("events").orElseThrow(), Map.of("type", "Lawsuit"), QueryRunner.Format.csv);
        assertTrue(suits.contains("defendant=United States; plaintiff=Huawei"), suits);
        String arrests = run(CannedQueries.byName("events").orElseThrow(), Map.of("type", "Arrest"), QueryRunner.Format.csv);
        assertTrue(arrests.contains("person=Meng Wanzhou") && arrests.contains("2018-12-01"), arrests);
        String timeline = run(CannedQueries.byName("timeline").orElseThrow(), Map.of("name", "Meng Wanzhou"), QueryRunner.Format.csv);
        assertTrue(timeline.contains("Arrest,person"), timeline);
        assertTrue(timeline.contains("Indictment,defendant"), timeline);
    }

    @Test
    void the_people_and_quotes_queries_find_posts_and_words_by_name_or_alias() {
        String people = run(CannedQueries.byName("people").orElseThrow(), Map.of("name", "huawei"), QueryRunner.Format.csv);
        assertTrue(people.contains("Meng Wanzhou") && people.contains("chief financial officer"), people);
        assertFalse(people.contains("Sundar Pichai"), people);
        String quotes = run(CannedQueries.byName("quotes").orElseThrow(), Map.of("name", "ren zhengfei"), QueryRunner.Format.csv);
        assertTrue(quotes.contains("crush us"), quotes);
    }

    @Test
    void parameters_are_substituted_as_terms() {
        CannedQuery q = CannedQueries.byName("mentions").orElseThrow();
        assertEquals(List.of(new CannedQuery.Parameter("name", "_name", "literal")), q.parameters());
        String csv = run(q, Map.of("name", "ZTE"), QueryRunner.Format.csv);
        assertTrue(csv.contains("zte-export-ban"), csv);
        String injection = run(q, Map.of("name", "x\" ) } SELECT * { ?s ?p ?o } #"), QueryRunner.Format.csv);
        assertEquals(1, injection.lines().count(), "a hostile value is just a string that matches nothing");
    }

    @Test
    void unknown_or_missing_parameters_are_refused_by_name() {
        CannedQuery q = CannedQuery.parse("t", "SELECT * { ?s ?p ?_year_integer }");
        assertEquals("query 't' needs --param year=VALUE", assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of())).getMessage());
        String unknown = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("year", "1", "x", "2"))).getMessage();
        assertTrue(unknown.startsWith("query 't' has no parameter 'x'"), unknown);
        assertEquals("2019", q.bind(Map.of("year", "2019")).get("_year_integer").asLiteral().getLexicalForm());
    }

    @Test
    void a_query_that_does_not_parse_is_named() {
        var e = assertThrows(IllegalArgumentException.class, () -> CannedQuery.parse("broken", "SELEC * {"));
        assertTrue(e.getMessage().startsWith("query 'broken' is not valid SPARQL"), e.getMessage());
    }
}
