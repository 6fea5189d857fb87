package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.fact.Facts;
import org.newskg.graph.ArticleProvenance;
import org.newskg.store.ArticleStore;
import org.newskg.store.Stores;

/**
 * The seed article, extracted with the standard pipeline and stored in a TDB2 store, answers
 * "who sued whom, when" and "what did Guo Ping say at Mobile World Congress" through SPARQL.
 */
class SeedGraphTest {

    private static final Path SEED = Path.of("../shared/articles/seed-huawei-5g-mwc.txt");

    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @TempDir
    Path dir;
    DatasetGraph dataset;
    Facts facts;

    @BeforeEach
    void store() throws IOException {
        assumeTrue(Files.exists(SEED), "../shared/articles/seed-huawei-5g-mwc.txt is absent");
        String text = Files.readString(SEED);
        Article seed = new Article("seed-huawei-5g-mwc", null, LocalDate.of(2019, 3, 7), null, "TN", text);
        facts = Extraction.standard().extract(seed);
        dataset = Stores.tdb2(dir.resolve("tdb2"));
        new ArticleStore(dataset).put(facts, new ArticleProvenance(Instant.now(), "h"));
    }

    @AfterEach
    void close() {
        if (dataset != null)
            dataset.close();
    }

    private List<String> select(String query, String... vars) {
        return Txn.calculateRead(dataset, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    List<String> cells = new ArrayList<>();
                    for (String v : vars)
                        cells.add(s.contains(v) ? s.get(v).toString().replaceAll("\\^\\^.*", "").replace("\"", "") : "-");
                    rows.add(String.join(" | ", cells));
                });
            }
            return rows;
        });
    }

    @Test
    void answers_who_sued_whom_and_when() {
        List<String> rows = select("""
                SELECT ?plaintiff ?defendant ?date WHERE {
                  ?suit a nkg:Lawsuit ; nkg:hasPlaintiff ?p ; nkg:hasDefendant ?d .
                  ?p rdfs:label ?plaintiff . ?d rdfs:label ?defendant .
                  OPTIONAL { ?suit nkg:date ?date }
                }""", "plaintiff", "defendant", "date");
        assertEquals(List.of("Huawei | United States | 2019-03-07"), rows);
    }

    /** The questions about Guo Ping need the entity layer to know him: the catalog does not list him. */
    private void assumeGuoPingIsNamed() {
        assumeTrue(facts.entities().stream().anyMatch(e -> e.name().equals("Guo Ping")),
                "the entity layer does not name Guo Ping yet (unknown-name recognition)");
    }

    @Test
    void answers_what_guo_ping_said_at_mobile_world_congress() {
        assumeGuoPingIsNamed();
        List<String> rows = select("""
                SELECT ?text WHERE {
                  ?quote a nkg:Quote ; nkg:speaker ?speaker ; nkg:text ?text ; nkg:saidAt ?event .
                  ?speaker rdfs:label "Guo Ping" .
                  ?event a nkg:Conference ; nkg:hasNamedEvent ?congress .
                  ?congress rdfs:label "Mobile World Congress" .
                }""", "text");
        assertTrue(rows.stream().anyMatch(t -> t.startsWith("PRISM, PRISM on the wall, who is the most trustworthy of them all?")
                && t.endsWith("The US security accusations of our 5G has no evidence, nothing.")), rows::toString);
        assertTrue(rows.stream().noneMatch(t -> t.startsWith("The United States is asking")), rows::toString);
    }

    @Test
    void records_who_denied_planting_backdoors() {
        assumeGuoPingIsNamed();
        List<String> rows = select("""
                SELECT DISTINCT ?denier WHERE {
                  ?denial a nkg:Denial ; nkg:hasDenier ?d ; nkg:allegation ?what .
                  ?d rdfs:label ?denier .
                  FILTER(CONTAINS(?what, "backdoors"))
                } ORDER BY ?denier""", "denier");
        assertEquals(List.of("Guo Ping", "Huawei"), rows);
    }
}
