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
     * @param progress told of each item as it is done (for progress display), in order
     */
    public IngestSummary ingest(Stream<ReadResult> items, Consumer<Extracted> progress) {
        Instant start = clock.instant();
        int[] counts = new int[3];
        List<String> failures = new ArrayList<>();
        extraction.run(items,
                probe -> probe.contentHash().equals(store.contentHash(probe.article().id())),
                item -> {
                    String failure = store(item, counts);
                    if (failure != null)
                        failures.add(item.origin() + ": " + failure);
                    progress.accept(item);
                });
        return new IngestSummary(counts[0], counts[1], counts[2], failures, Duration.between(start, clock.instant()));
    }

    /** Stores one item; returns why it failed, or {@code null}. */
    private String store(Extracted item, int[] counts) {
        if (item.failed())
            return item.error();
        if (item.unchanged()) {
            counts[2]++;
            return null;
        }
        try {
            switch (store.put(item.facts(), new ArticleProvenance(clock.instant(), item.contentHash()))) {
                case ADDED -> counts[0]++;
                case REPLACED -> counts[1]++;
                case UNCHANGED -> counts[2]++;
            }
            return null;
        } catch (RuntimeException e) {
            return "not stored (store left as it was): " + e;
        }
    }
}
