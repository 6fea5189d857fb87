package org.newskg.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.bench.Bench;
import org.newskg.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg bench}: the benchmark suite. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
                "Measures NewsKG and prints the figures as Markdown (and puts them into --report):",
                "",
                "  extraction  throughput of newskg extract over each CORPUS, 1 thread and --threads, as a whole",
                "              process and in a warmed-up JVM: articles/s, MB/s, tokens/s",
                "  ingest      newskg ingest of the first CORPUS into a new store, end to end, against Jena's",
                "              bulk loader loading the same quads: articles/s, quads/s and the ratio",
                "  store       a store of --articles articles built in one run from the CORPUS files (new ids,",
                "              later dates, renamed entities per pass): live heap after GC along the way, store",
                "              size, and the median and 95th percentile latency of every canned query at each",
                "              --query-at count and at the end; compacted every --compact-every articles",
                "  batch       the first 1,000 articles of the first CORPUS written 1, 10, 100 and 1,000 to a",
                "              transaction: seconds and store size",
                "  profile     Java Flight Recorder profiles of extract and ingest of the first CORPUS: time",
                "              per extractor and per stage, hottest methods",
                "",
                "Run it with the JVM flags to measure under (the children it starts get the same), e.g.",
                "java -Xmx1g -jar target/newskg.jar bench ... The store part takes a while; keep --work on a",
                "disk with room (a few GB for 100,000 articles)."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -Xmx1g -jar target/newskg.jar bench --report docs/BENCHMARKS.md \\",
                "      ../shared/corpus/bbc/articles.jsonl ../shared/corpus/wikinews/articles.jsonl",
                "  newskg bench --parts extraction,profile ../shared/corpus/bbc/articles.jsonl"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:measured", "1:a step failed (its log is named)", "2:usage error"})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Article files (JSON Lines); the first is the bulk corpus.")
    List<Path> corpora;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for stores and outputs. Default: ${DEFAULT-VALUE}.")
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "newskg-bench");

    @Option(names = "--articles", paramLabel = "N", description = "Articles in the large store. Default: ${DEFAULT-VALUE}.")
    long articles = 100_000;

    @Option(names = "--query-at", paramLabel = "N", split = ",",
            description = "Also time the queries when the store holds N articles. Default: ${DEFAULT-VALUE}.")
    List<Long> queryAt = List.of(10_000L);

    @Option(names = "--compact-every", paramLabel = "N",
            description = "Compact the large store every N articles and at each --query-at count, as a deployment would;"
                    + " 0 never compacts it. Default: ${DEFAULT-VALUE}.")
    long compactEvery = 20_000;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the all-core runs. Default: the number of cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per throughput figure; the median is kept. Default: ${DEFAULT-VALUE}.")
    int runs = 3;

    @Option(names = "--parts", paramLabel = "PART", split = ",",
            description = "Run only these parts: extraction, ingest, store, profile. Default: all.")
    List<String> parts = Bench.PARTS;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Put the figures into FILE, between the lines " + BenchReport.BEGIN + " and " + BenchReport.END + ".")
    Path report;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Bench.Options options;
        try {
            options = new Bench.Options(corpora, work, articles, queryAt, threads, runs, compactEvery, new LinkedHashSet<>(parts));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Bench.Results results = Bench.run(options, line -> {
            err.println(line);
            err.flush();
        });
        String markdown = BenchReport.markdown(results, command());
        out.print(markdown);
        out.flush();
        if (report != null)
            BenchReport.update(report, markdown);
        return 0;
    }

    /** The command line that reproduces this run: the JVM flags, the jar and the arguments. */
    private String command() {
        List<String> words = new ArrayList<>(List.of("java"));
        words.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        words.addAll(List.of("-jar", "target/newskg.jar"));
        words.addAll(spec.commandLine().getParseResult().originalArgs());
        return String.join(" ", words);
    }
}
