package org.newskg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newskg.article.Article;

/**
 * The NewsKG benchmark suite: extraction throughput, ingest against Jena's bulk loader, a large
 * store built in one run (heap, size, query latency), and profiles of extraction and ingest.
 * The first corpus is the bulk corpus for ingest and profiles; all corpora are grown into the
 * large store.
 */
public final class Bench {

    /** The parts of the suite, in the order they run. */
    public static final List<String> PARTS = List.of("extraction", "ingest", "batch", "store", "profile");

    /** Articles of the bulk corpus written at each batch size. */
    static final int BATCH_ARTICLES = 1_000;

    /**
     * @param work      a scratch folder for stores and outputs (emptied part by part)
     * @param articles  articles in the large store
     * @param queryAt   article counts at which to time the queries (the build's end is added)
     * @param threads   extraction threads for the all-core runs
     * @param runs      timed runs per throughput figure (the median is kept)
     * @param compactEvery articles between compactions of the large store
     */
    public record Options(List<Path> corpora, Path work, long articles, List<Long> queryAt, int threads, int runs,
                          long compactEvery, Set<String> parts) {
        public Options {
            corpora = List.copyOf(corpora);
            queryAt = List.copyOf(queryAt);
            parts = Set.copyOf(parts);
            if (compactEvery < 0)
                throw new IllegalArgumentException("--compact-every must be 0 (never) or more, not " + compactEvery);
            if (corpora.isEmpty())
                throw new IllegalArgumentException("give at least one corpus");
            for (String part : parts)
                if (!PARTS.contains(part))
                    throw new IllegalArgumentException("unknown part '" + part + "'; the parts are " + PARTS);
        }
    }

    /** Everything one run measured; a part that did not run leaves its list empty or its value null. */
    public record Results(Machine machine, Options options, List<Corpus> corpora, List<Throughput> extraction,
                          IngestBench.Result ingest, List<BatchBench.Result> batches, StoreBuild.Result store,
                          List<Profile.Summary> profiles) {}

    private Bench() {}

    public static Results run(Options o, Consumer<String> log) {
        Machine machine = Machine.current();
        List<Corpus> corpora = o.corpora().stream().map(Corpus::measure).toList();
        List<Throughput> extraction = new ArrayList<>();
        if (o.parts().contains("extraction"))
            for (Corpus c : corpora)
                extraction.addAll(extraction(c, o, log));
        IngestBench.Result ingest = null;
        if (o.parts().contains("ingest")) {
            log.accept("ingest: " + corpora.get(0).name() + ", then Jena's bulk loader on the same quads");
            ingest = IngestBench.run(corpora.get(0), o.threads(), o.work());
        }
        List<BatchBench.Result> batches = List.of();
        if (o.parts().contains("batch")) {
            log.accept("batch: the first " + BATCH_ARTICLES + " articles of " + corpora.get(0).name() + " written at batch sizes "
                    + BatchBench.SIZES);
            List<Article> first = Corpus.load(corpora.get(0).path());
            batches = BatchBench.run(first.subList(0, Math.min(BATCH_ARTICLES, first.size())), o.work());
        }
        StoreBuild.Result store = null;
        if (o.parts().contains("store")) {
            List<Long> stops = new ArrayList<>(o.queryAt().stream().filter(n -> n < o.articles()).toList());
            stops.add(o.articles());
            log.accept(String.format("store: building %,d articles from %s", o.articles(), o.corpora()));
            store = StoreBuild.run(o.corpora(), stops, o.work().resolve("store"), o.threads(),
                    Math.max(1, o.articles() / 20), o.compactEvery(), log);
        }
        List<Profile.Summary> profiles = new ArrayList<>();
        if (o.parts().contains("profile"))
            profiles.addAll(profiles(corpora.get(0), o, log));
        return new Results(machine, o, corpora, extraction, ingest, batches, store, profiles);
    }

    /** Extraction in a warm JVM, then whole extract and ingest runs, under Java Flight Recorder. */
    private static List<Profile.Summary> profiles(Corpus c, Options o, Consumer<String> log) {
        log.accept("profile: extraction of " + c.name() + " in a warm JVM, then extract and ingest runs, under JFR");
        List<Article> articles = Corpus.load(c.path());
        ExtractionBench.repeat(articles, o.threads(), Duration.ofSeconds(5));
        List<Profile.Summary> out = new ArrayList<>();
        out.add(Profile.during("extraction " + c.name() + " warm", o.work(),
                () -> ExtractionBench.repeat(articles, o.threads(), Duration.ofSeconds(30))));
        out.add(Profile.record("extract " + c.name(), o.work(), "extract", "--threads", Integer.toString(o.threads()),
                "--output", o.work().resolve("profile-extract.jsonl").toString(), c.path().toString()));
        Path store = o.work().resolve("profile-store");
        Disk.clean(store);
        out.add(Profile.record("ingest " + c.name(), o.work(), "ingest", "--store", store.toString(),
                "--threads", Integer.toString(o.threads()), c.path().toString()));
        return out;
    }

    private static List<Throughput> extraction(Corpus c, Options o, Consumer<String> log) {
        List<Throughput> out = new ArrayList<>();
        List<Integer> threadCounts = o.threads() == 1 ? List.of(1) : List.of(1, o.threads());
        for (int t : threadCounts) {
            log.accept("extraction: " + c.name() + ", " + t + " thread(s), whole process");
            out.add(ExtractionBench.process(c, t, o.runs(), o.work()));
        }
        List<Article> articles = Corpus.load(c.path());
        for (int t : threadCounts) {
            log.accept("extraction: " + c.name() + ", " + t + " thread(s), warm JVM");
            out.add(ExtractionBench.warm(c, articles, t, o.runs()));
        }
        return out;
    }
}
