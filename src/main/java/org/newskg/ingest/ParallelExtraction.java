package org.newskg.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newskg.article.Article;
import org.newskg.article.ReadResult;
import org.newskg.extract.Extraction;
import org.newskg.fact.Facts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts articles on several threads and hands the results to one consumer in input order,
 * so writes stay single-writer and ordered. At most a few items per thread are in flight, so
 * memory stays flat however long the input is.
 */
public final class ParallelExtraction {

    private static final Logger LOG = LoggerFactory.getLogger(ParallelExtraction.class);

    private final Extraction extraction;
    private final int threads;

    public ParallelExtraction(Extraction extraction, int threads) {
        if (threads < 1)
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        this.extraction = extraction;
        this.threads = threads;
    }

    /**
     * Runs every item through extraction and passes each result, in order, to {@code sink}.
     *
     * @param isStored tells whether the store already holds an article with this content hash;
     *                 such articles are not extracted again
     */
    public void run(Stream<ReadResult> items, Predicate<Extracted> isStored, Consumer<Extracted> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Extracted>> window = new ArrayDeque<>();
            Iterator<ReadResult> it = items.iterator();
            while (it.hasNext()) {
                ReadResult item = it.next();
                window.add(pool.submit(() -> process(item, isStored)));
                if (window.size() >= threads * 4)
                    sink.accept(await(window.poll()));
            }
            while (!window.isEmpty())
                sink.accept(await(window.poll()));
        } finally {
            pool.shutdownNow();
        }
    }

    private Extracted process(ReadResult item, Predicate<Extracted> isStored) {
        if (!item.isOk())
            return new Extracted(item.origin(), null, null, null, item.error());
        Article article = item.article();
        String hash = ContentHash.of(article, extraction.pipeline().extractorNames());
        Extracted probe = new Extracted(item.origin(), article, null, hash, null);
        if (isStored.test(probe))
            return probe;
        try {
            Facts facts = extraction.extract(article);
            return new Extracted(item.origin(), article, facts, hash, null);
        } catch (RuntimeException e) {
            LOG.debug("extraction failed for article '{}'", article.id(), e); // -vv shows where
            return new Extracted(item.origin(), article, null, null, "extraction failed for article '" + article.id()
                    + "': " + e + where(e) + " (a bug in NewsKG; -vv logs the whole trace)");
        }
    }

    /** Where in NewsKG's own code the exception came from, for the one-line error. */
    private static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace())
            if (frame.getClassName().startsWith("org.newskg."))
                return " at " + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
                        + "." + frame.getMethodName() + ":" + frame.getLineNumber();
        return "";
    }

    private static Extracted await(Future<Extracted> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction worker failed", e.getCause());
        }
    }
}
