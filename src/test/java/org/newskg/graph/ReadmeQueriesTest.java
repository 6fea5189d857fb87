package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Stores;

/** The three questions of ontology/README.md, run as written over a store holding the valid examples. */
class ReadmeQueriesTest {

    @TempDir
    static Path dir;
    static DatasetGraph store;
    static List<String> queries;

    @BeforeAll
    static void load() throws IOException {
        store = Stores.tdb2(dir.resolve("tdb2"));
        Txn.executeWrite(store, () -> {
            for (Path f : Examples.valid()) {
                Graph g = Examples.load(f);
                Node article = G.nodesOfTypeAsList(g, SchemaDO.NewsArticle.asNode()).get(0);
                g.find().forEach(t -> store.add(article, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
        Matcher m = Pattern.compile("```sparql\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("ontology/README.md")));
        queries = new ArrayList<>();
        while (m.find())
            queries.add(m.group(1));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Each row as variable=value pairs, values as their lexical form or IRI. */
    private static List<Map<String, String>> run(String query) {
        return Txn.calculateRead(store, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store).query(query).build()) {
                RowSet rs = qe.select();
                List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
                rs.forEachRemaining(b -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : vars) {
                        Node n = b.get(v);
                        row.put(v, n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI());
                    }
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    private static Map<String, String> row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2)
            m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void the_readme_has_three_questions() {
        assertEquals(3, queries.size());
    }

    @Test
    void who_sued_whom_and_when() {
        assertEquals(List.of(row("plaintiff", "Huawei", "defendant", "United States", "date", "2019-03-07", "place", "Texas")),
                run(queries.get(0)));
    }

    @Test
    void what_guo_ping_said_at_mobile_world_congress() {
        assertEquals(List.of(row("words", "PRISM, PRISM on the wall, who is the most trustworthy of them all?",
                "date", "2019-02", "article", "https://w3id.org/newskg/id/article/huawei-2019")), run(queries.get(1)));
    }

    @Test
    void which_companies_based_in_china_were_sanctioned() {
        assertEquals(List.of(
                row("company", "Huawei", "imposer", "United States", "date", null, "modality", "hypothetical"),
                row("company", "ZTE", "imposer", "United States Department of Commerce", "date", "2018-04",
                        "modality", "asserted")),
                run(queries.get(2)));
    }
}
