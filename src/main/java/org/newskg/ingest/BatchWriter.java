package org.newskg.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newskg.graph.ArticleProvenance;
import org.newskg.store.ArticleStore;

/**
 * Writes extracted articles to the store in input order, many per write transaction. A TDB2
 * commit costs a disk sync and fresh copies of every index block it touches (space TDB2 never
 * reuses), so one commit per article made ingest slow and the store over a megabyte per article
 * (docs/BENCHMARKS.md has the figures). Each article still lands whole or not at all: its quads are mapped before the
 * transaction, and when a batch fails its articles are written again one by one.
 */
public final class BatchWriter {

    /** What became of one item, told in input order once its batch is written. */
    public record Written(Extracted item, ArticleStore.Outcome outcome, String failure) {}

    private final ArticleStore store;
    private final Clock clock;
    private final int maxQuads;
    private final Duration maxDelay;
    private final Consumer<Written> done;

    /** Items in input order: a prepared article, or an item already settled (failed or unchanged). */
    private final List<Pending> pending = new ArrayList<>();
    private final List<ArticleStore.Prepared> batch = new ArrayList<>();
    private long oldestNanos;
    private long batchQuads;

    private record Pending(Extracted item, ArticleStore.Prepared prepared, Written settled) {}

    /**
     * @param maxQuads a batch is written once its articles hold this many quads
     * @param maxDelay how long an article may wait for its batch to fill
     * @param done     told of every item, in input order
     */
    public BatchWriter(ArticleStore store, Clock clock, int maxQuads, Duration maxDelay, Consumer<Written> done) {
        if (maxQuads < 1)
            throw new IllegalArgumentException("a batch holds at least 1 quad, not " + maxQuads);
        this.store = store;
        this.clock = clock;
        this.maxQuads = maxQuads;
        this.maxDelay = maxDelay;
        this.done = done;
    }

    public void accept(Extracted item) {
        if (item.failed()) {
            settle(item, null, item.error());
        } else if (item.unchanged()) {
            settle(item, ArticleStore.Outcome.UNCHANGED, null);
        } else {
            try {
                ArticleStore.Prepared p = ArticleStore.prepare(item.facts(),
                        new ArticleProvenance(clock.instant(), item.contentHash()));
                if (batch.isEmpty())
                    oldestNanos = System.nanoTime();
                batch.add(p);
                batchQuads += p.quads().size();
                pending.add(new Pending(item, p, null));
            } catch (RuntimeException e) {
                settle(item, null, "not stored (store left as it was): " + e);
            }
        }
        if (batchQuads >= maxQuads || (!batch.isEmpty() && System.nanoTime() - oldestNanos >= maxDelay.toNanos()))
            flush();
        else
            report();
    }

    /** Writes what is waiting and tells of every item so far. */
    public void flush() {
        if (!batch.isEmpty()) {
            List<Written> written = write();
            for (int i = 0, w = 0; i < pending.size(); i++)
                if (pending.get(i).prepared() != null)
                    pending.set(i, new Pending(pending.get(i).item(), null, written.get(w++)));
            batch.clear();
            batchQuads = 0;
        }
        report();
    }

    private List<Written> write() {
        List<Extracted> items = pending.stream().filter(p -> p.prepared() != null).map(Pending::item).toList();
        List<Written> out = new ArrayList<>();
        try {
            List<ArticleStore.Outcome> outcomes = store.putAll(batch);
            for (int i = 0; i < items.size(); i++)
                out.add(new Written(items.get(i), outcomes.get(i), null));
        } catch (RuntimeException batchFailed) {
            // Find the article that fails: the others are stored alone.
            for (int i = 0; i < items.size(); i++) {
                try {
                    out.add(new Written(items.get(i), store.putAll(List.of(batch.get(i))).get(0), null));
                } catch (RuntimeException e) {
                    out.add(new Written(items.get(i), null, "not stored (store left as it was): " + e));
                }
            }
        }
        return out;
    }

    private void settle(Extracted item, ArticleStore.Outcome outcome, String failure) {
        pending.add(new Pending(item, null, new Written(item, outcome, failure)));
    }

    /** Tells of the settled items at the head of the queue. */
    private void report() {
        int n = 0;
        while (n < pending.size() && pending.get(n).settled() != null)
            done.accept(pending.get(n++).settled());
        pending.subList(0, n).clear();
    }
}
