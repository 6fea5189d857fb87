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
import org.newskg.graph.ArticleProvenance;
import org.newskg.store.ArticleStore;

/**
 * Reads, extracts and stores articles: extraction in parallel, writes one article per
 * transaction in input order. A bad item is reported and skipped; the rest goes on.
 */
public final class Ingester {

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
        extraction.run(items,
                probe -> probe.contentHash().equals(store.contentHash(probe.article().id())),
                item -> {
                    Ingested done = store(item);
                    counts[done.status().ordinal()]++;
                    if (done.error() != null)
                        failures.add(done.origin() + ": " + done.error());
                    listener.accept(done);
                });
        return new IngestSummary(counts[Ingested.Status.ADDED.ordinal()], counts[Ingested.Status.REPLACED.ordinal()],
                counts[Ingested.Status.UNCHANGED.ordinal()], failures, Duration.between(start, clock.instant()));
    }

    /** Stores one extracted item. */
    private Ingested store(Extracted item) {
        String id = item.article() == null ? null : item.article().id();
        if (item.failed())
            return new Ingested(item.origin(), id, Ingested.Status.FAILED, null, item.error());
        if (item.unchanged())
            return new Ingested(item.origin(), id, Ingested.Status.UNCHANGED, null, null);
        try {
            Ingested.Status status = switch (store.put(item.facts(), new ArticleProvenance(clock.instant(), item.contentHash()))) {
                case ADDED -> Ingested.Status.ADDED;
                case REPLACED -> Ingested.Status.REPLACED;
                case UNCHANGED -> Ingested.Status.UNCHANGED;
            };
            return new Ingested(item.origin(), id, status, item.facts(), null);
        } catch (RuntimeException e) {
            return new Ingested(item.origin(), id, Ingested.Status.FAILED, null, "not stored (store left as it was): " + e);
        }
    }
}
