package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    static final String EXAMPLE = "examples/articles/huawei-sues-us-government.txt";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "extract", "serve", "query", "up", "stats", "compact", "validate", "eval", "bench"})
    void every_command_has_help_that_reads_like_a_man_page(String command) {
        Cli r = Cli.run(command, "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Usage: newskg " + command), r.out());
        assertTrue(r.out().lines().count() > 8, r.out());
        assertTrue(r.out().contains("--help"), r.out());
    }

    @Test
    void top_level_help_lists_commands_and_exit_codes() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.status());
        for (String c : List.of("ingest", "extract", "serve", "query", "up", "stats"))
            assertTrue(r.out().contains("  " + c + " "), c + " missing in:\n" + r.out());
        assertTrue(r.out().contains("3  the data does not conform"), r.out());
    }

    @Test
    void bad_usage_exits_with_2_and_says_what_is_wrong() {
        Cli unknown = Cli.run("ingest", "--no-such-option", "x");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("--no-such-option"), unknown.err());
        Cli missing = Cli.run("extract");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("PATH"), missing.err());
        Cli format = Cli.run("extract", EXAMPLE, "--format", "xml");
        assertEquals(2, format.status());
        assertTrue(format.err().contains("unknown format 'xml'"), format.err());
        assertEquals(2, Cli.run("frobnicate").status());
    }

    @Test
    void extract_writes_one_facts_json_object_per_article_naming_catalog_entities() {
        Cli r = Cli.run("extract", EXAMPLE, "--format", "facts-json");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        JsonObject facts = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals("huawei-sues-us-government", facts.getAsJsonObject("article").get("id").getAsString());
        List<String> names = new ArrayList<>();
        facts.getAsJsonArray("entities").forEach(e -> names.add(e.getAsJsonObject().get("name").getAsString()));
        assertTrue(names.containsAll(List.of("Huawei", "United States", "ZTE", "China", "Shenzhen")), names.toString());
        for (String key : List.of("roles", "relations", "events", "quotes"))
            assertTrue(facts.get(key).isJsonArray(), key);
    }

    @Test
    void extract_writes_rdf_that_parses() throws Exception {
        Path out = dir.resolve("facts.trig");
        Cli r = Cli.run("extract", "examples/articles", "--format", "trig", "--output", out.toString());
        assertEquals(0, r.status(), r.err());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(out).lang(Lang.TRIG).parse(dsg);
        long graphs = org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes());
        assertEquals(Files.list(Path.of("examples/articles")).count(), graphs);
        Cli turtle = Cli.run("extract", EXAMPLE, "--format", "turtle");
        assertEquals(0, turtle.status(), turtle.err());
        assertTrue(RDFParser.fromString(turtle.out(), Lang.TURTLE).toGraph().size() > 10);
    }

    @Test
    void ingest_then_query_and_stats_read_the_store() throws Exception {
        String store = dir.resolve("tdb2").toString();
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{not json}\n");
        Cli ingest = Cli.run("ingest", "examples/articles", bad.toString(), "--store", store);
        assertEquals(1, ingest.status(), "a failed input makes ingest exit 1");
        assertTrue(ingest.err().contains("bad.jsonl:1: invalid JSON"), ingest.err());
        List<String> lines = ingest.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("8 articles: 7 ingested, 0 replaced, 0 unchanged, 1 failed in .*"), ingest.out());
        assertTrue(lines.get(1).matches("  ingested  huawei-entity-list \\(\\d+ entities, \\d+ roles, \\d+ events, \\d+ quotes\\)"), ingest.out());

        Cli again = Cli.run("ingest", "examples/articles", "--store", store);
        assertEquals(0, again.status());
        assertTrue(again.out().contains("  unchanged huawei-entity-list\n"), again.out());
        assertTrue(again.out().contains("7 articles: 0 ingested, 0 replaced, 7 unchanged"), again.out());

        Cli query = Cli.run("query", "article-entities", "--param", "id=huawei-sues-us-government", "--store", store, "--format", "csv");
        assertEquals(0, query.status(), query.err());
        assertTrue(query.out().contains("Huawei,Company,http://www.wikidata.org/entity/"), query.out());

        Cli badParam = Cli.run("query", "article-entities", "--param", "nope=1", "--store", store);
        assertEquals(2, badParam.status());
        assertTrue(badParam.err().contains("has no parameter 'nope'"), badParam.err());

        Cli stats = Cli.run("stats", "--store", store);
        assertEquals(0, stats.status(), stats.err());
        assertTrue(stats.out().contains("articles  7"), stats.out());
    }
}
