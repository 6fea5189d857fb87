package org.newskg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's rounding and fixed-point formatting of floats: half to even on the exact binary value
 * (0.8125 prints as 0.812), where Java's {@code String.format} would round half up.
 */
final class Round {

    private Round() {}

    /** Python's {@code round(x, places)}. */
    static double places(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code f"{x:.{places}f}"}. */
    static String fixed(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code repr(x)} of a rounded figure: 0.5, 1.0, 0.0001. */
    static String repr(double x) {
        String s = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
