package org.newskg.bench;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.query.CannedQueries;
import org.newskg.query.CannedQuery;
import org.newskg.query.QueryRunner;

/**
 * Latency of every canned query as {@code newskg query} runs it (parameters bound, rows capped at
 * the command's default 10,000, results written as CSV), on a store: once with the query's
 * default parameters and once with parameters that make it work hard.
 */
final class QueryLatency {

    private static final int RUNS = 20;
    private static final int MIN_RUNS = 3;
    private static final Duration BUDGET = Duration.ofSeconds(30);
    /** A query slower than this gets one timed run after its warm-up: its figure is plain anyway. */
    private static final Duration SLOW = Duration.ofSeconds(10);
    /** {@code newskg query}'s default timeout and row cap. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long MAX_ROWS = 10_000;

    private QueryLatency() {}

    /** One query, bound one way. */
    record Case(CannedQuery query, String label, Map<String, String> params) {}

    /**
     * @param rows     rows the query returned (after the cap)
     * @param timedOut whether it ran past {@code newskg query}'s 60-second timeout (then no figures)
     */
    record Timing(Case query, long rows, int runs, double medianMillis, double p95Millis, boolean timedOut) {}

    /**
     * The cases to time: each canned query with its defaults, and again with busy parameters.
     *
     * @param busyName  the name of the most-mentioned entity
     * @param articleId an article the store holds
     */
    static List<Case> cases(String busyName, String articleId) {
        List<Case> out = new ArrayList<>();
        for (CannedQuery q : CannedQueries.all()) {
            out.add(new Case(q, "defaults", Map.of()));
            Map<String, String> busy = new LinkedHashMap<>();
            for (CannedQuery.Parameter p : q.parameters()) {
                switch (p.name()) {
                    case "name" -> busy.put("name", busyName);
                    case "id" -> busy.put("id", articleId);
                    case "type" -> busy.put("type", "Country");
                    default -> { }
                }
            }
            if (!busy.isEmpty())
                out.add(new Case(q, "busy", busy));
        }
        return out;
    }

    static List<Timing> measure(DatasetGraph dataset, List<Case> cases, Consumer<String> log) {
        List<Timing> out = new ArrayList<>();
        try (RDFConnection conn = RDFConnection.connect(DatasetFactory.wrap(dataset))) {
            QueryRunner runner = new QueryRunner(conn, TIMEOUT, MAX_ROWS);
            for (Case c : cases) {
                Timing t = time(runner, c);
                log.accept(t.timedOut() ? String.format("  %s (%s): over %d s", c.query().name(), c.label(), TIMEOUT.toSeconds())
                        : String.format("  %s (%s): median %.0f ms, p95 %.0f ms, %d runs", c.query().name(), c.label(),
                        t.medianMillis(), t.p95Millis(), t.runs()));
                out.add(t);
            }
        }
        return out;
    }

    /** One untimed warm-up run, then timed runs: up to 20 within 30 s (at least 3), or 1 for a slow query. */
    private static Timing time(QueryRunner runner, Case c) {
        LineCounter sink = new LineCounter();
        double warmUp;
        try {
            warmUp = once(runner, c, sink);
        } catch (QueryCancelledException e) {
            return new Timing(c, 0, 0, Double.NaN, Double.NaN, true);
        }
        int wanted = warmUp > SLOW.toMillis() ? 1 : RUNS;
        List<Double> millis = new ArrayList<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        while (millis.size() < wanted && (millis.size() < Math.min(wanted, MIN_RUNS) || System.nanoTime() < deadline)) {
            sink.lines = 0;
            try {
                millis.add(once(runner, c, sink));
            } catch (QueryCancelledException e) {
                return new Timing(c, 0, millis.size(), Double.NaN, Double.NaN, true);
            }
        }
        double[] m = millis.stream().mapToDouble(Double::doubleValue).toArray();
        return new Timing(c, Math.max(0, sink.lines - 1), m.length, Stats.median(m), Stats.percentile(m, 95), false);
    }

    private static double once(QueryRunner runner, Case c, LineCounter sink) {
        long start = System.nanoTime();
        runner.run(c.query(), c.params(), QueryRunner.Format.csv, sink);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Counts the lines written to it, discarding them. */
    private static final class LineCounter extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n')
                lines++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++)
                if (b[i] == '\n')
                    lines++;
        }
    }
}
