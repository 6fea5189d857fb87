package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestCatalog;
import org.newskg.article.ArticleReaders;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractors;
import org.newskg.store.ArticleStore;
import org.newskg.store.Stores;

class IngesterTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private IngestSummary ingest(DatasetGraph ds, int threads, List<String> order) {
        Ingester ingester = new Ingester(new ArticleStore(ds), new Extraction(Extractors.standard(TestCatalog.small())), threads);
        return ingester.ingest(ArticleReaders.read(List.of(dir.resolve("in")), null),
                item -> order.add(item.articleId() == null ? item.origin() : item.articleId()));
    }

    @Test
    void a_bad_item_is_reported_and_the_rest_is_stored_in_input_order() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            if (i == 7)
                jsonl.append("{\"id\": \"broken\", \"text\": \n");
            else
                jsonl.append("{\"id\": \"n").append(i).append("\", \"text\": \"Huawei met ZTE in Beijing, item ").append(i).append(".\"}\n");
        }
        write("batch.jsonl", jsonl.toString());
        write("z-empty.txt", "  \n");
        DatasetGraph ds = Stores.tdb2(dir.resolve("tdb2"));
        List<String> order = new ArrayList<>();
        IngestSummary s = ingest(ds, 3, order);
        assertEquals(19, s.added());
        assertEquals(2, s.failed());
        assertTrue(s.failures().get(0).contains("batch.jsonl:7: invalid JSON"), s.failures().get(0));
        assertTrue(s.failures().get(1).contains("z-empty.txt: empty file"), s.failures().get(1));
        assertEquals("n1", order.get(0));
        assertEquals("n8", order.get(7));
        assertEquals(21, order.size());
        long stored = Txn.calculateRead(ds, () -> ds.listGraphNodes().hasNext() ? org.apache.jena.atlas.iterator.Iter.count(ds.listGraphNodes()) : 0);
        assertEquals(19, stored);
        ds.close();
    }

    @Test
    void ingesting_again_changes_nothing_and_changed_articles_are_replaced() throws IOException {
        write("a.txt", "Huawei sues the US\n\nHuawei sued the US government.");
        write("b.txt", "ZTE waits\n\nZTE waits for Canada.");
        DatasetGraph ds = Stores.tdb2(dir.resolve("tdb2"));
        IngestSummary first = ingest(ds, 2, new ArrayList<>());
        assertEquals(2, first.added());
        long quads = Txn.calculateRead(ds, () -> ds.stream().count());
        IngestSummary again = ingest(ds, 2, new ArrayList<>());
        assertEquals(2, again.unchanged());
        assertEquals(quads, Txn.calculateRead(ds, () -> ds.stream().count()));
        write("b.txt", "ZTE waits\n\nZTE waits for China.");
        IngestSummary changed = ingest(ds, 2, new ArrayList<>());
        assertEquals(1, changed.replaced());
        assertEquals(1, changed.unchanged());
        assertEquals("2 articles: 0 ingested, 1 replaced, 1 unchanged, 0 failed in", changed.line().replaceAll(" \\d+\\.\\d s$", ""));
        ds.close();
    }
}
