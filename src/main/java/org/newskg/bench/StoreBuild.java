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
 * Every so many articles, and at each checkpoint, it compacts the store (unless told never to): TDB2 gives back the space
 * of the index blocks its commits replaced only then, and a year of news would not fit on a
 * laptop's disk without it.
 */
final class StoreBuild {

    /** Live heap after a full collection, with this many articles stored. */
    record HeapSample(long articles, long liveBytes) {}

    /** A compaction: the store's size on disk before and after, and how long it took. */
    record Compaction(long articles, long bytesBefore, long bytesAfter, double seconds) {}

    /**
     * @param buildSeconds time spent extracting and writing up to here (heap sampling, compaction
     *                     and queries excluded)
     * @param storeBytes   the store's size on disk (just compacted, unless compaction is off)
     */
    record Checkpoint(long articles, double buildSeconds, long quads, long storeBytes, long liveHeapBytes,
                      List<QueryLatency.Timing> queries) {}

    /** @param peakHeapBytes the most heap in use at any moment, garbage included */
    record Result(List<Checkpoint> checkpoints, List<HeapSample> heap, List<Compaction> compactions, long peakHeapBytes,
                  long failed) {}

    private final Path dir;
    private final int threads;
    private final long sampleEvery;
    private final Consumer<String> log;
    private final List<HeapSample> heap = new ArrayList<>();
    private final List<Compaction> compactions = new ArrayList<>();
    private final Map<String, Integer> mentions = new HashMap<>();
    private long stored;
    private long failed;
    private long pausedNanos;
    private String firstId;

    private final long compactEvery;

    private StoreBuild(Path dir, int threads, long sampleEvery, long compactEvery, Consumer<String> log) {
        this.dir = dir;
        this.compactEvery = compactEvery;
        this.threads = threads;
        this.sampleEvery = sampleEvery;
        this.log = log;
    }

    /**
     * @param queryAt      article counts at which to stop and measure; the build ends at the largest
     * @param sampleEvery  articles between heap samples
     * @param compactEvery articles between compactions (the store is also compacted at each stop)
     */
    static Result run(List<Path> base, List<Long> queryAt, Path dir, int threads, long sampleEvery, long compactEvery,
                      Consumer<String> log) {
        return new StoreBuild(dir, threads, sampleEvery, compactEvery, log).build(new CorpusGrowth(base), new TreeSet<>(queryAt));
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
            TreeSet<Long> pauses = new TreeSet<>(stops);
            if (compactEvery > 0)
                for (long n = compactEvery; n < stops.last(); n += compactEvery)
                    pauses.add(n);
            for (long pause : pauses) {
                long start = System.nanoTime();
                pausedNanos = 0;
                BatchWriter writer = new BatchWriter(store, Clock.systemUTC(), Ingester.BATCH_ARTICLES,
                        Ingester.BATCH_DELAY, this::written);
                try (var items = growth.articles(stored + failed, pause)) {
                    extraction.run(items, probe -> probe.contentHash().equals(store.contentHash(probe.article().id())),
                            item -> writer.accept(renamed(item)));
                }
                writer.flush();
                buildNanos += System.nanoTime() - start - pausedNanos;
                if (compactEvery > 0)
                    compact(dataset);
                if (stops.contains(pause))
                    checkpoints.add(checkpoint(dataset, buildNanos / 1e9));
            }
            return new Result(checkpoints, heap, compactions, Heap.peakUsed(), failed);
        } finally {
            Disk.release(dataset);
        }
    }

    /** Compacts the store: TDB2 keeps the index blocks every commit replaced until then. */
    private void compact(DatasetGraph dataset) {
        long before = Disk.size(dir);
        long start = System.nanoTime();
        DatabaseMgr.compact(dataset, true);
        Compaction c = new Compaction(stored, before, Disk.size(dir), (System.nanoTime() - start) / 1e9);
        compactions.add(c);
        log.accept(String.format("store build: %,d articles; compacted %,.0f MB to %,.0f MB in %.0f s", stored,
                before / 1e6, c.bytesAfter() / 1e6, c.seconds()));
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
