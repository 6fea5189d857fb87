package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Stores;

class CompactCommandTest {

    @TempDir
    Path dir;

    @Test
    void compacting_gives_back_the_space_of_replaced_articles_and_keeps_the_data() throws Exception {
        Path store = dir.resolve("tdb2");
        Path article = dir.resolve("a.txt");
        for (int version = 0; version < 5; version++) { // each version replaces the article's graph
            Files.writeString(article, "Huawei sues the US\n\nHuawei sued the United States government, version " + version + ".\n");
            assertEquals(0, Cli.run("ingest", "--store", store.toString(), article.toString()).status());
        }
        String stats = Cli.run("stats", "--store", store.toString()).out();
        long before = Stores.sizeOnDisk(store);

        Cli r = Cli.run("compact", "--store", store.toString());

        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("compacted "), r.out());
        assertTrue(Stores.sizeOnDisk(store) < before, Stores.sizeOnDisk(store) + " bytes after, " + before + " before");
        assertEquals(stats.replaceAll("(?m)^size.*$", ""), Cli.run("stats", "--store", store.toString()).out().replaceAll("(?m)^size.*$", ""));
    }

    @Test
    void a_missing_store_is_named() {
        Cli r = Cli.run("compact", "--store", dir.resolve("nothing").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("there is no store at"), r.err());
        assertTrue(Files.notExists(dir.resolve("nothing")));
    }
}
