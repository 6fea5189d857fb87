package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.CannedQueries;

class BenchTest {

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        return Files.writeString(Files.createDirectories(dir.resolve("tiny")).resolve("articles.jsonl"), """
                {"id": "t1", "published": "2019-03-07", "text": "Huawei sued the United States government in Texas."}
                {"id": "t2", "text": "ZTE and Huawei showed phones in Barcelona, Spain, at Mobile World Congress."}
                {"id": "t3", "text": "Canada arrested Meng Wanzhou of Huawei at the request of the United States."}
                """);
    }

    @Test
    void the_store_part_builds_the_grown_store_and_times_every_canned_query_at_each_checkpoint() throws IOException {
        List<String> log = new ArrayList<>();
        var options = new Bench.Options(List.of(corpus()), dir.resolve("work"), 8, List.of(4L), 2, 1, 6, Set.of("store"));
        Bench.Results r = Bench.run(options, log::add);
        var checkpoints = r.store().checkpoints();
        assertEquals(List.of(4L, 8L), checkpoints.stream().map(StoreBuild.Checkpoint::articles).toList());
        assertTrue(checkpoints.get(1).quads() > checkpoints.get(0).quads());
        assertEquals(0, r.store().failed());
        assertEquals(List.of(4L, 6L, 8L), r.store().compactions().stream().map(StoreBuild.Compaction::articles).toList(),
                "compacted at each checkpoint and every 6 articles");
        long queries = CannedQueries.all().size();
        assertTrue(checkpoints.get(1).queries().size() >= queries, "each query at least with its defaults");
        String md = BenchReport.markdown(r, "newskg bench");
        assertTrue(md.contains("| 8 | "), md);
        assertTrue(md.contains("| mentions | busy {name="), md);
        assertTrue(md.contains("every canned query < 200 ms p95 at 8 articles"), md);
    }

    @Test
    void rejects_an_unknown_part() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Bench.Options(List.of(Path.of("x.jsonl")), dir, 1, List.of(), 1, 1, 1, Set.of("speed")));
        assertTrue(e.getMessage().contains("unknown part 'speed'"), e.getMessage());
    }
}
