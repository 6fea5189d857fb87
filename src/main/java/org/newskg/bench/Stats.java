package org.newskg.bench;

import java.util.Arrays;

/** Medians and percentiles of timings. */
final class Stats {

    private Stats() {}

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The nearest-rank percentile: the smallest value at least {@code p} percent of the values do not exceed. */
    static double percentile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100 * s.length);
        return s[Math.max(0, rank - 1)];
    }
}
