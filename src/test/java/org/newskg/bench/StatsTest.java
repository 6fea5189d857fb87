package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void median_of_odd_and_even_counts() {
        assertEquals(3.0, Stats.median(new double[] {5, 1, 3}));
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
    }

    @Test
    void p95_is_the_nearest_rank() {
        double[] twenty = new double[20];
        for (int i = 0; i < 20; i++)
            twenty[i] = 20 - i; // 20, 19, ..., 1
        assertEquals(19.0, Stats.percentile(twenty, 95), "the 19th of 20 sorted values");
        assertEquals(7.0, Stats.percentile(new double[] {7, 1, 2}, 95), "with few runs, the slowest");
    }
}
