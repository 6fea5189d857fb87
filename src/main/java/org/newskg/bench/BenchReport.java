package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures of a benchmark run as Markdown, and their place in docs/BENCHMARKS.md: between the
 * lines {@value #BEGIN} and {@value #END}, so a re-run replaces the figures and keeps the prose.
 */
public final class BenchReport {

    public static final String BEGIN = "<!-- bench:begin -->";
    public static final String END = "<!-- bench:end -->";

    private static final double MIB = 1 << 20;

    private final Bench.Results r;
    private final StringBuilder md = new StringBuilder();

    private BenchReport(Bench.Results results) {
        this.r = results;
    }

    /** The figures as Markdown. */
    public static String markdown(Bench.Results results, String command) {
        return new BenchReport(results).write(command);
    }

    /** Puts the figures between the markers of {@code file}, adding the markers at its end when missing. */
    public static void update(Path file, String markdown) {
        try {
            String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            int b = old.indexOf(BEGIN), e = old.indexOf(END);
            String block = BEGIN + "\n" + markdown + END;
            String updated = b >= 0 && e > b ? old.substring(0, b) + block + old.substring(e + END.length())
                    : old + (old.isEmpty() || old.endsWith("\n") ? "" : "\n") + block + "\n";
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot update " + file + ": " + ex.getMessage(), ex);
        }
    }

    private String write(String command) {
        Machine m = r.machine();
        line("Measured on %s with `%s`:", LocalDate.now(), command);
        line("");
        line("- machine: %d cores (%s), %.1f GB memory", m.cores(), m.cpu(), m.memoryBytes() / 1e9);
        line("- JVM: %s on %s, heap limit %.0f MiB, flags `%s`", m.jdk(), m.os(), Machine.maxHeap() / MIB,
                String.join(" ", m.jvmFlags()));
        line("- corpora: %s", String.join("; ", r.corpora().stream().map(c -> String.format(Locale.ROOT,
                "%s %,d articles, %.1f MB, %,d tokens", c.name(), c.articles(), c.bytes() / 1e6, c.tokens())).toList()));
        line("");
        targets();
        extraction();
        ingest();
        batches();
        store();
        profiles();
        return md.toString();
    }

    private void targets() {
        line("### Targets");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        Optional<Throughput> bbc = find("process", r.options().threads());
        bbc.ifPresent(t -> row("extraction >= 100 articles/s, all cores, %s, whole process".formatted(t.corpus().name()),
                fmt("%.0f articles/s (%d threads)", t.articlesPerSecond(), t.threads()), t.articlesPerSecond() >= 100));
        Optional<Throughput> one = find("warm", 1), all = find("warm", r.options().threads());
        if (one.isPresent() && all.isPresent() && r.options().threads() > 1) {
            double speedup = all.get().articlesPerSecond() / one.get().articlesPerSecond();
            row("extraction uses all cores (ingest and extract share ParallelExtraction)",
                    fmt("%.2fx with %d threads over 1 (warm)", speedup, r.options().threads()),
                    speedup >= 0.7 * r.options().threads());
        }
        if (r.ingest() != null) {
            var i = r.ingest();
            row("ingest >= 50 articles/s end to end", fmt("%.0f articles/s", i.articlesPerSecond()), i.articlesPerSecond() >= 50);
            row("ingest >= half the bulk loader's quads/s", fmt("%.2f of it (%,.0f vs %,.0f quads/s)", i.ratio(),
                    i.quadsPerSecond(), i.bulkQuadsPerSecond()), i.ratio() >= 0.5);
        }
        if (r.store() != null) {
            var last = r.store().checkpoints().get(r.store().checkpoints().size() - 1);
            long over = last.queries().stream().filter(t -> t.timedOut() || t.p95Millis() >= 200).count();
            var worst = last.queries().stream().max(Comparator.comparingDouble(
                    (QueryLatency.Timing t) -> t.timedOut() ? Double.MAX_VALUE : t.p95Millis()));
            worst.ifPresent(w -> row(fmt("every canned query < 200 ms p95 at %,d articles", last.articles()),
                    fmt("%d of %d cases over; worst: %s (%s) %s", over, last.queries().size(), w.query().query().name(),
                            w.query().label(), latency(w)), over == 0));
            row(fmt("%,d articles in one run with a %.0f MiB heap, without growth", last.articles(), Machine.maxHeap() / MIB),
                    growth(), Machine.maxHeap() <= 1.1 * (1L << 30) && growthMb() < 0.05 * Machine.maxHeap() / 1e6);
        }
        line("");
    }

    /** Live heap growth over the second half of the build, in MB. */
    private double growthMb() {
        var heap = r.store().heap();
        long half = heap.get(heap.size() - 1).articles() / 2;
        long atHalf = heap.stream().filter(h -> h.articles() >= half).findFirst().orElseThrow().liveBytes();
        return (heap.get(heap.size() - 1).liveBytes() - atHalf) / 1e6;
    }

    private String growth() {
        var heap = r.store().heap();
        long maxLive = heap.stream().mapToLong(StoreBuild.HeapSample::liveBytes).max().orElse(0);
        return fmt("live heap after GC: max %.0f MB, %+.0f MB over the second half; peak in use %.0f MB",
                maxLive / 1e6, growthMb(), r.store().peakHeapBytes() / 1e6);
    }

    private void extraction() {
        if (r.extraction().isEmpty())
            return;
        line("### Extraction");
        line("");
        line("`process`: `newskg extract --format facts-json` in a fresh JVM, start to exit (reading, catalog, extraction, output).");
        line("`warm`: extraction alone in a warmed-up JVM. Median of %d runs.", r.options().runs());
        line("");
        line("| corpus | how | threads | seconds | articles/s | MB/s | tokens/s |");
        line("|---|---|---:|---:|---:|---:|---:|");
        for (Throughput t : r.extraction())
            line("| %s | %s | %d | %.2f | %,.0f | %.2f | %,.0f |", t.corpus().name(), t.how(), t.threads(), t.seconds(),
                    t.articlesPerSecond(), t.megabytesPerSecond(), t.tokensPerSecond());
        line("");
    }

    private void ingest() {
        if (r.ingest() == null)
            return;
        var i = r.ingest();
        line("### Ingest");
        line("");
        line("`newskg ingest --threads %d` of %s (%,d articles) into a new store, against Jena's bulk loader (the phased",
                i.threads(), i.corpus().name(), i.corpus().articles());
        line("loader `tdb2.tdbloader` uses for an empty store) loading the same quads from an N-Quads dump; each a whole JVM run.");
        line("");
        line("| | seconds | articles/s | quads | quads/s | store on disk |");
        line("|---|---:|---:|---:|---:|---:|");
        line("| newskg ingest | %.2f | %,.0f | %,d | %,.0f | %.1f MB |", i.ingestSeconds(), i.articlesPerSecond(), i.quads(),
                i.quadsPerSecond(), i.storeBytes() / 1e6);
        line("| Jena bulk loader | %.2f | | %,d | %,.0f | %.1f MB |", i.bulkSeconds(), i.quads(), i.bulkQuadsPerSecond(),
                i.bulkStoreBytes() / 1e6);
        line("");
        line("Ingest runs at %.2f of the bulk loader's quads/s.", i.ratio());
        line("");
    }

    private void batches() {
        if (r.batches().isEmpty())
            return;
        line("### Articles per write transaction");
        line("");
        line("The same %,d extracted articles written into a new store at each batch size (mapping, shape check and",
                r.batches().get(0).articles());
        line("commits timed; extraction not):");
        line("");
        line("| articles per transaction | seconds | articles/s | store on disk |");
        line("|---:|---:|---:|---:|");
        r.batches().forEach(b -> line("| %,d | %.1f | %,.0f | %.0f MB |", b.batch(), b.seconds(), b.articles() / b.seconds(),
                b.storeBytes() / 1e6));
        line("");
    }

    private void store() {
        if (r.store() == null)
            return;
        var s = r.store();
        line("### Large store");
        line("");
        line("Built in one run: the corpora read again and again under new ids, dates a week later per pass, and people,");
        line("companies, organisations, products, programmes, laws and named events renamed in every pass after the first;");
        line("extracted, probed and written as `newskg ingest` does.%s", s.failed() > 0 ? fmt(" %,d articles failed.", s.failed()) : "");
        line("");
        if (s.compactions().isEmpty())
            uncompactedStore(s);
        else
            compactedStore(s);
        line("");
        line("Live heap after a full GC during the build (articles: MB): %s. Peak heap in use (garbage included): %.0f MB.",
                String.join(", ", s.heap().stream().map(h -> fmt("%,d: %.0f", h.articles(), h.liveBytes() / 1e6)).toList()),
                s.peakHeapBytes() / 1e6);
        line("");
        line("Query latency in ms, median / p95, as `newskg query` runs them (rows capped at 10,000, 60 s timeout, CSV");
        line("written; one warm-up run, then up to 20 timed runs within 30 s, or one run for a query slower than 10 s):");
        line("");
        List<String> header = new ArrayList<>(List.of("query", "parameters"));
        s.checkpoints().forEach(c -> header.add(fmt("%,d articles", c.articles())));
        header.add("rows at the end");
        line("| %s |", String.join(" | ", header));
        line("|%s", "---|".repeat(header.size()));
        var first = s.checkpoints().get(0).queries();
        for (int q = 0; q < first.size(); q++) {
            var c = first.get(q).query();
            List<String> cells = new ArrayList<>(List.of(c.query().name(), c.label() + (c.params().isEmpty() ? "" : " " + c.params())));
            QueryLatency.Timing lastTiming = null;
            for (var cp : s.checkpoints()) {
                lastTiming = cp.queries().get(q);
                cells.add(latency(lastTiming));
            }
            cells.add(lastTiming.timedOut() ? "" : fmt("%,d", lastTiming.rows()));
            line("| %s |", String.join(" | ", cells));
        }
        line("");
    }


    private void compactedStore(StoreBuild.Result s) {
        line("| articles | build s | articles/s | quads | store on disk, before / after compaction | per 1,000 articles, compacted | live heap after GC |");
        line("|---:|---:|---:|---:|---:|---:|---:|");
        for (var c : s.checkpoints()) {
            var compaction = s.compactions().stream().filter(x -> x.articles() == c.articles()).findFirst().orElseThrow();
            line("| %,d | %.0f | %,.0f | %,d | %,.0f MB / %,.0f MB | %.1f MB | %.0f MB |", c.articles(), c.buildSeconds(),
                    c.articles() / c.buildSeconds(), c.quads(), compaction.bytesBefore() / 1e6, c.storeBytes() / 1e6,
                    c.storeBytes() / 1e6 / (c.articles() / 1000.0), c.liveHeapBytes() / 1e6);
        }
        line("");
        var most = s.compactions().stream().max(Comparator.comparingLong(x -> x.bytesBefore() + x.bytesAfter())).orElseThrow();
        line("The store was compacted (`DatabaseMgr.compact`) every %,d articles and at each checkpoint: %d compactions,",
                r.options().compactEvery(), s.compactions().size());
        line("%,.0f s in all, the last %,.0f s. TDB2 keeps every index block a commit replaced until it compacts; the most",
                s.compactions().stream().mapToDouble(StoreBuild.Compaction::seconds).sum(),
                s.compactions().get(s.compactions().size() - 1).seconds());
        line("disk the build took was %,.0f MB (at %,d articles: %,.0f MB before compaction and %,.0f MB after, side by side).",
                (most.bytesBefore() + most.bytesAfter()) / 1e6, most.articles(), most.bytesBefore() / 1e6, most.bytesAfter() / 1e6);

    }

    private void uncompactedStore(StoreBuild.Result s) {
        line("| articles | build s | articles/s | quads | store on disk, never compacted | per 1,000 articles | live heap after GC |");
        line("|---:|---:|---:|---:|---:|---:|---:|");
        for (var c : s.checkpoints())
            line("| %,d | %.0f | %,.0f | %,d | %,.0f MB | %.1f MB | %.0f MB |", c.articles(), c.buildSeconds(),
                    c.articles() / c.buildSeconds(), c.quads(), c.storeBytes() / 1e6,
                    c.storeBytes() / 1e6 / (c.articles() / 1000.0), c.liveHeapBytes() / 1e6);
        line("");
        line("The store was not compacted (`--compact-every 0`): the sizes include the index blocks every commit replaced.");
    }

    private void profiles() {
        for (Profile.Summary p : r.profiles()) {
            line("### Profile: %s", p.what());
            line("");
            line("%,d execution samples (JFR, `settings=profile`). By stage:", p.samples());
            line("");
            line("| stage | share |");
            line("|---|---:|");
            p.stages().forEach(s -> line("| %s | %.1f%% |", s.name(), s.percent()));
            line("");
            line("Hottest methods (self time, share of all samples): %s.", methods(p.top().subList(0, Math.min(10, p.top().size()))));
            line("");
            p.byStage().forEach((stage, methods) -> line("- within %s: %s", stage, methods(methods)));
            line("");
        }
    }

    /** "median / p95" in ms, the run count when below 20, or the timeout. */
    private static String latency(QueryLatency.Timing t) {
        if (t.timedOut())
            return "over 60 s (timeout)";
        return fmt("%,.0f / %,.0f", t.medianMillis(), t.p95Millis()) + (t.runs() < 20 ? fmt(" (%d runs)", t.runs()) : "");
    }

    private static String methods(List<Profile.Share> shares) {
        return String.join(", ", shares.stream().map(s -> fmt("%s %.1f%%", s.name(), s.percent())).toList());
    }

    private Optional<Throughput> find(String how, int threads) {
        return r.extraction().stream().filter(t -> t.how().equals(how) && t.threads() == threads)
                .filter(t -> t.corpus().equals(r.corpora().get(0))).findFirst();
    }

    private void row(String target, String measured, boolean met) {
        line("| %s | %s | %s |", target, measured, met ? "yes" : "**no**");
    }

    private void line(String format, Object... args) {
        md.append(fmt(format, args)).append('\n');
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
