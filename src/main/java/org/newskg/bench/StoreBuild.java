package org.newskg.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newskg.extract.Extraction;
import org.newskg.fact.Entity;
import org.newskg.ingest.BatchWriter;
import org.newskg.ingest.Extracted;
import org.newskg.ingest.Ingester;
import org.newskg.ingest.ParallelExtraction;
import org.newskg.store.ArticleStore;
import org.newskg.store.Stores;

/**
 * Builds a large store in one run from a {@link CorpusGrowth}, the way {@code newskg ingest}
 * stores articles (parallel extraction, the unchanged-article probe, ordered batched writes),
 * with the long tail renamed between extraction and storage. Along the way it samples the live
 * heap, and at each checkpoint it measures the store and the latency of every canned query.
 * At the end it compacts the store, which TDB2 needs to give back the space of old index blocks.
 */
final class StoreBuild {

    /** Live heap after a full collection, with this many articles stored. */
    record HeapSample(long articles, long liveBytes) {}

    /**
     * @param buildSeconds time spent building up to here (heap sampling and queries excluded)
     */
    record Checkpoint(long articles, double buildSeconds, long quads, long storeBytes, long liveHeapBytes,
                      List<QueryLatency.Timing> queries) {}

    /**
     * @param peakHeapBytes  the most heap in use at any moment, garbage included
     * @param compactSeconds how long TDB2's compaction of the final store took
     * @param compactedBytes the store's size on disk after compaction
     */
    record Result(List<Checkpoint> checkpoints, List<HeapSample> heap, long peakHeapBytes, long failed,
                  double compactSeconds, long compactedBytes) {}

    private final Path dir;
    private final int threads;
    private final long sampleEvery;
    private final Consumer<String> log;
    private final List<HeapSample> heap = new ArrayList<>();
    private final Map<String, Integer> mentions = new HashMap<>();
    private long stored;
    private long failed;
    private long pausedNanos;
    private String firstId;

    private StoreBuild(Path dir, int threads, long sampleEvery, Consumer<String> log) {
        this.dir = dir;
        this.threads = threads;
        this.sampleEvery = sampleEvery;
        this.log = log;
    }

    /**
     * @param queryAt     article counts at which to stop and measure; the build ends at the largest
     * @param sampleEvery articles between heap samples
     */
    static Result run(List<Path> base, List<Long> queryAt, Path dir, int threads, long sampleEvery, Consumer<String> log) {
        return new StoreBuild(dir, threads, sampleEvery, log).build(new CorpusGrowth(base), new TreeSet<>(queryAt));
    }

    private Result build(CorpusGrowth growth, TreeSet<Long> stops) {
        Disk.clean(dir);
        DatasetGraph dataset = Stores.tdb2(dir);
        try {
            ArticleStore store = new ArticleStore(dataset);
            ParallelExtraction extraction = new ParallelExtraction(Extraction.standard(), threads);
            List<Checkpoint> checkpoints = new ArrayList<>();
            Heap.resetPeak();
            heap.add(new HeapSample(0, Heap.liveAfterGc()));
            long buildNanos = 0;
            for (long stop : stops) {
                long start = System.nanoTime();
                pausedNanos = 0;
                BatchWriter writer = new BatchWriter(store, Clock.systemUTC(), Ingester.BATCH_ARTICLES,
                        Ingester.BATCH_DELAY, this::written);
                try (var items = growth.articles(stored + failed, stop)) {
                    extraction.run(items, probe -> probe.contentHash().equals(store.contentHash(probe.article().id())),
                            item -> writer.accept(renamed(item)));
                }
                writer.flush();
                buildNanos += System.nanoTime() - start - pausedNanos;
                checkpoints.add(checkpoint(dataset, buildNanos / 1e9));
            }
            long peak = Heap.peakUsed();
            log.accept("store build: compacting the store");
            long start = System.nanoTime();
            DatabaseMgr.compact(dataset, true);
            double compact = (System.nanoTime() - start) / 1e9;
            return new Result(checkpoints, heap, peak, failed, compact, Disk.size(dir));
        } finally {
            dataset.close();
        }
    }

    private static Extracted renamed(Extracted item) {
        if (item.facts() == null)
            return item;
        int generation = CorpusGrowth.generationOf(item.article().id());
        return new Extracted(item.origin(), item.article(), Renamer.rename(item.facts(), generation),
                item.contentHash(), null);
    }

    private void written(BatchWriter.Written w) {
        if (w.failure() != null) {
            failed++;
            log.accept("store build: " + w.item().origin() + ": " + w.failure());
            return;
        }
        stored++;
        if (firstId == null)
            firstId = w.item().article().id();
        if (w.item().facts() != null)
            for (Entity e : w.item().facts().entities())
                if (e.wikidata() != null) // kept its name in every generation
                    mentions.merge(e.name(), 1, Integer::sum);
        if (stored % sampleEvery == 0) {
            long start = System.nanoTime();
            long live = Heap.liveAfterGc();
            heap.add(new HeapSample(stored, live));
            log.accept(String.format("store build: %,d articles, live heap %,.0f MB", stored, live / 1e6));
            pausedNanos += System.nanoTime() - start;
        }
    }

    private Checkpoint checkpoint(DatasetGraph dataset, double seconds) {
        long quads = Txn.calculateRead(dataset, () -> dataset.stream().count());
        long bytes = Disk.size(dir);
        long live = Heap.liveAfterGc();
        String busy = mentions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("Huawei");
        log.accept(String.format("store build: %,d articles in %.0f s, %,d quads, %,.0f MB; timing queries (busy name: %s)",
                stored, seconds, quads, bytes / 1e6, busy));
        var queries = QueryLatency.measure(dataset, QueryLatency.cases(busy, firstId), log);
        return new Checkpoint(stored, seconds, quads, bytes, live, queries);
    }
}
