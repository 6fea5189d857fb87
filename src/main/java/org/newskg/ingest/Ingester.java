package org.newskg.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newskg.article.ReadResult;
import org.newskg.extract.Extraction;
import org.newskg.store.ArticleStore;

/**
 * Reads, extracts and stores articles: extraction in parallel, writes in input order by one
 * writer, a batch of articles per transaction (each article whole or not at all). A bad item is
 * reported and skipped; the rest goes on.
 */
public final class Ingester {

    /** Articles per write transaction: enough to spread a commit's cost thin (see docs/BENCHMARKS.md). */
    public static final int BATCH_ARTICLES = 1_000;
    /** Longest an article waits for its batch, so a slow feed still lands promptly. */
    public static final Duration BATCH_DELAY = Duration.ofSeconds(5);

    private final ArticleStore store;
    private final ParallelExtraction extraction;
    private final Clock clock;

    public Ingester(ArticleStore store, Extraction extraction, int threads) {
        this(store, extraction, threads, Clock.systemUTC());
    }

    Ingester(ArticleStore store, Extraction extraction, int threads, Clock clock) {
        this.store = store;
        this.extraction = new ParallelExtraction(extraction, threads);
        this.clock = clock;
    }

    /**
     * Ingests every item.
     *
     * @param listener told of each item as it is done (for progress and reports), in input order
     */
    public IngestSummary ingest(Stream<ReadResult> items, Consumer<Ingested> listener) {
        Instant start = clock.instant();
        int[] counts = new int[Ingested.Status.values().length];
        List<String> failures = new ArrayList<>();
        BatchWriter writer = new BatchWriter(store, clock, BATCH_ARTICLES, BATCH_DELAY, written -> {
            Ingested done = ingested(written);
            counts[done.status().ordinal()]++;
            if (done.error() != null)
                failures.add(done.origin() + ": " + done.error());
            listener.accept(done);
        });
        extraction.run(items, probe -> probe.contentHash().equals(store.contentHash(probe.article().id())), writer::accept);
        writer.flush();
        return new IngestSummary(counts[Ingested.Status.ADDED.ordinal()], counts[Ingested.Status.REPLACED.ordinal()],
                counts[Ingested.Status.UNCHANGED.ordinal()], failures, Duration.between(start, clock.instant()));
    }

    private static Ingested ingested(BatchWriter.Written w) {
        Extracted item = w.item();
        String id = item.article() == null ? null : item.article().id();
        if (w.failure() != null)
            return new Ingested(item.origin(), id, Ingested.Status.FAILED, null, w.failure());
        return switch (w.outcome()) {
            case ADDED -> new Ingested(item.origin(), id, Ingested.Status.ADDED, item.facts(), null);
            case REPLACED -> new Ingested(item.origin(), id, Ingested.Status.REPLACED, item.facts(), null);
            case UNCHANGED -> new Ingested(item.origin(), id, Ingested.Status.UNCHANGED, null, null);
        };
    }
}
