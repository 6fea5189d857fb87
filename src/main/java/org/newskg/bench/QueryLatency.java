package org.newskg.bench;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final int WARM_UP = 2;
    private static final int RUNS = 20;
    private static final int MIN_RUNS = 3;
    private static final Duration BUDGET = Duration.ofSeconds(60);
    private static final long MAX_ROWS = 10_000;

    private QueryLatency() {}

    /** One query, bound one way. */
    record Case(CannedQuery query, String label, Map<String, String> params) {}

    /** @param rows rows the query returned (after the cap) */
    record Timing(Case query, long rows, int runs, double medianMillis, double p95Millis) {}

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

    static List<Timing> measure(DatasetGraph dataset, List<Case> cases) {
        List<Timing> out = new ArrayList<>();
        try (RDFConnection conn = RDFConnection.connect(DatasetFactory.wrap(dataset))) {
            QueryRunner runner = new QueryRunner(conn, Duration.ofMinutes(5), MAX_ROWS);
            for (Case c : cases)
                out.add(time(runner, c));
        }
        return out;
    }

    private static Timing time(QueryRunner runner, Case c) {
        LineCounter sink = new LineCounter();
        long warmUpEnd = System.nanoTime() + BUDGET.toNanos() / 10;
        for (int i = 0; i < WARM_UP && (i == 0 || System.nanoTime() < warmUpEnd); i++)
            runner.run(c.query(), c.params(), QueryRunner.Format.csv, sink);
        List<Double> millis = new ArrayList<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        while (millis.size() < RUNS && (millis.size() < MIN_RUNS || System.nanoTime() < deadline)) {
            sink.lines = 0;
            long start = System.nanoTime();
            runner.run(c.query(), c.params(), QueryRunner.Format.csv, sink);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] m = millis.stream().mapToDouble(Double::doubleValue).toArray();
        return new Timing(c, Math.max(0, sink.lines - 1), m.length, Stats.median(m), Stats.percentile(m, 95));
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
