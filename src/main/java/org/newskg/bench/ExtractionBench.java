package org.newskg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.newskg.article.Article;
import org.newskg.article.ReadResult;
import org.newskg.extract.Extraction;
import org.newskg.ingest.ParallelExtraction;

/** Extraction throughput: whole {@code newskg extract} runs, and a warmed-up JVM. */
final class ExtractionBench {

    private ExtractionBench() {}

    /**
     * Times {@code newskg extract --format facts-json} over the corpus in a fresh JVM: reading,
     * catalog loading, extraction, writing and JVM start, as a user runs it.
     */
    static Throughput process(Corpus corpus, int threads, int runs, Path work) {
        double[] seconds = new double[runs];
        Path out = work.resolve("extract-" + corpus.name() + ".jsonl");
        for (int i = 0; i < runs; i++)
            seconds[i] = ChildJava.newskg(work.resolve("extract.log"), List.of(), "extract", "--threads",
                    Integer.toString(threads), "--format", "facts-json", "--output", out.toString(), corpus.path().toString());
        return new Throughput(corpus, "process", threads, Stats.median(seconds));
    }

    /** Times extraction alone over articles held in memory, after one untimed warm-up run. */
    static Throughput warm(Corpus corpus, List<Article> articles, int threads, int runs) {
        Extraction extraction = Extraction.standard();
        ParallelExtraction parallel = new ParallelExtraction(extraction, threads);
        once(parallel, articles);
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            once(parallel, articles);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return new Throughput(corpus, "warm", threads, Stats.median(seconds));
    }

    /** Runs extraction over the articles again and again, for at least the given time. */
    static void repeat(List<Article> articles, int threads, java.time.Duration atLeast) {
        ParallelExtraction parallel = new ParallelExtraction(Extraction.standard(), threads);
        long end = System.nanoTime() + atLeast.toNanos();
        do {
            once(parallel, articles);
        } while (System.nanoTime() < end);
    }

    private static void once(ParallelExtraction parallel, List<Article> articles) {
        AtomicInteger failed = new AtomicInteger();
        parallel.run(articles.stream().map(a -> ReadResult.ok(a.id(), a)), probe -> false, item -> {
            if (item.failed())
                failed.incrementAndGet();
        });
        if (failed.get() > 0)
            throw new IllegalStateException(failed.get() + " articles failed extraction; run newskg extract to see why");
    }
}
