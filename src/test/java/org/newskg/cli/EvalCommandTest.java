package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;
    Path gold;
    Path pred;

    @BeforeEach
    void files() throws IOException {
        gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a1.json"), """
                {"article": {"id": "a1"},
                 "entities": [{"name": "Huawei", "type": "Company"}, {"name": "Canada", "type": "Country"},
                              {"name": "GSMA", "type": "Organization"}],
                 "roles": [{"person": "Guo Ping", "title": "rotating chairman", "organization": "Huawei"}]}""");
        Files.writeString(gold.resolve("a2.json"), """
                {"article": {"id": "a2"}, "entities": [{"name": "ZTE", "type": "Company"}]}""");
        pred = Files.writeString(dir.resolve("pred.jsonl"), """
                {"article": {"id": "a1"}, "entities": [{"name": "Huawei", "type": "Company"}, {"name": "GSMA", "type": "Company"},
                 {"name": "Barcelona", "type": "Location"}], "roles": [{"person": "Guo Ping", "title": "founder", "organization": "Huawei"}]}
                """);
    }

    @Test
    void prints_what_to_fix_per_article_then_the_figures_of_score_py() {
        Cli r = Cli.run("eval", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                a1: entities=0.33 roles=1.00 relations=n/a events=n/a quotes=n/a
                  wrong  entity    GSMA (Organization): typed Company
                  missed entity    Canada (Country)
                  extra  entity    Barcelona (Location)
                  wrong  role      Guo Ping, rotating chairman, Huawei: title 'founder'
                a2: entities=0.00 roles=n/a relations=n/a events=n/a quotes=n/a  (no prediction)
                  missed entity    ZTE (Company)

                entities           P=0.333 R=0.250 F1=0.286  (tp=1 fp=2 fn=3)
                entities_untyped   P=0.667 R=0.500 F1=0.571  (tp=2 fp=1 fn=2)
                roles              P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)
                relations          n/a (nothing in gold or prediction)
                events             n/a (nothing in gold or prediction)
                event_args         n/a (nothing in gold or prediction)
                quotes             n/a (nothing in gold or prediction)
                role_title         accuracy=0.000 (n=1)
                event_date         accuracy=n/a (n=0)
                event_modality     accuracy=n/a (n=0)
                no prediction for: a2
                macro_f1=0.8571 over 2 articles
                """, r.out());
    }

    @Test
    void json_has_score_py_keys() {
        Cli r = Cli.run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(0.2857, o.getAsJsonObject("entities").get("f1").getAsDouble());
        assertEquals(2, o.get("articles").getAsInt());
        assertEquals("a2", o.getAsJsonArray("missing_predictions").get(0).getAsString());
        assertTrue(o.getAsJsonObject("relations").get("f1").isJsonNull());
    }

    @Test
    void extracts_articles_when_no_prediction_is_given() throws IOException {
        Path article = Files.writeString(dir.resolve("a2.txt"), "ZTE waits\n\nZTE waits for Canada.");
        Cli r = Cli.run("eval", "--gold", gold.toString(), "--summary", article.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("entities "), r.out());
        assertTrue(r.out().contains("no prediction for: a1"), "a2 was extracted, a1 was not given:\n" + r.out());
    }

    @Test
    void needs_either_articles_or_a_prediction() {
        Cli neither = Cli.run("eval", "--gold", gold.toString());
        assertEquals(2, neither.status());
        assertTrue(neither.err().contains("Give either ARTICLES"), neither.err());
        assertEquals(2, Cli.run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "x.txt").status());
        assertEquals(2, Cli.run("eval", pred.toString()).status());
    }

    @Test
    void a_missing_gold_folder_is_named_in_the_error() {
        Cli r = Cli.run("eval", "--gold", dir.resolve("nope").toString(), "--pred", pred.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no such file or folder") && r.err().contains("nope"), r.err());
    }
}
