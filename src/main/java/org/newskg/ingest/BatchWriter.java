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
 * (docs/BENCHMARKS.md has the figures). Each article still lands whole or not at all: when any
 * article of a batch fails, the batch's transaction is abandoned and its halves are written
 * apart, and so on down to the failing article, which fails alone.
 */
public final class BatchWriter {

    /** What became of one item, told in input order once its batch is written. */
    public record Written(Extracted item, ArticleStore.Outcome outcome, String failure) {}

    private final ArticleStore store;
    private final Clock clock;
    private final int maxArticles;
    private final Duration maxDelay;
    private final Consumer<Written> done;

    /** Items in input order: an article waiting for its batch, or an item already settled (failed or unchanged). */
    private final List<Pending> pending = new ArrayList<>();
    private final List<ArticleStore.Put> batch = new ArrayList<>();
    private long oldestNanos;

    private record Pending(Extracted item, ArticleStore.Put put, Written settled) {}

    /**
     * @param maxArticles articles per transaction at most
     * @param maxDelay    how long an article may wait for its batch to fill
     * @param done        told of every item, in input order
     */
    public BatchWriter(ArticleStore store, Clock clock, int maxArticles, Duration maxDelay, Consumer<Written> done) {
        if (maxArticles < 1)
            throw new IllegalArgumentException("a batch holds at least 1 article, not " + maxArticles);
        this.store = store;
        this.clock = clock;
        this.maxArticles = maxArticles;
        this.maxDelay = maxDelay;
        this.done = done;
    }

    public void accept(Extracted item) {
        if (item.failed()) {
            settle(item, null, item.error());
        } else if (item.unchanged()) {
            settle(item, ArticleStore.Outcome.UNCHANGED, null);
        } else {
            if (batch.isEmpty())
                oldestNanos = System.nanoTime();
            ArticleStore.Put put = new ArticleStore.Put(item.facts(), new ArticleProvenance(clock.instant(), item.contentHash()));
            batch.add(put);
            pending.add(new Pending(item, put, null));
        }
        if (batch.size() >= maxArticles || (!batch.isEmpty() && System.nanoTime() - oldestNanos >= maxDelay.toNanos()))
            flush();
        else
            report();
    }

    /** Writes what is waiting and tells of every item so far. */
    public void flush() {
        if (!batch.isEmpty()) {
            List<Written> written = write();
            for (int i = 0, w = 0; i < pending.size(); i++)
                if (pending.get(i).put() != null)
                    pending.set(i, new Pending(pending.get(i).item(), null, written.get(w++)));
            batch.clear();
        }
        report();
    }

    private List<Written> write() {
        List<Extracted> items = pending.stream().filter(p -> p.put() != null).map(Pending::item).toList();
        List<Written> out = new ArrayList<>();
        write(items, batch, out);
        return out;
    }

    /** Writes the articles in one transaction; when it fails, writes each half alone, down to the article that fails. */
    private void write(List<Extracted> items, List<ArticleStore.Put> puts, List<Written> out) {
        try {
            List<ArticleStore.Outcome> outcomes = store.putAll(puts);
            for (int i = 0; i < items.size(); i++)
                out.add(new Written(items.get(i), outcomes.get(i), null));
        } catch (RuntimeException e) {
            if (puts.size() == 1) {
                out.add(new Written(items.get(0), null, "not stored (store left as it was): " + e));
                return;
            }
            int half = puts.size() / 2;
            write(items.subList(0, half), puts.subList(0, half), out);
            write(items.subList(half, items.size()), puts.subList(half, puts.size()), out);
        }
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
