package org.newskg.eval;

/**
 * True positives, false positives and false negatives of one section, with precision, recall and
 * F1 computed and rounded as score.py does.
 */
public record Count(int tp, int fp, int fn) {

    public static final Count ZERO = new Count(0, 0, 0);

    public Count plus(Count o) {
        return new Count(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Whether neither gold nor prediction had anything: the figures are then undefined. */
    public boolean isEmpty() {
        return tp == 0 && fp == 0 && fn == 0;
    }

    /** Precision rounded to 4 places; {@code null} when {@link #isEmpty()}. */
    public Double precision() {
        return isEmpty() ? null : Round.places(rawPrecision(), 4);
    }

    public Double recall() {
        return isEmpty() ? null : Round.places(rawRecall(), 4);
    }

    public Double f1() {
        if (isEmpty())
            return null;
        double p = rawPrecision(), r = rawRecall();
        return Round.places(p + r == 0 ? 0.0 : 2 * p * r / (p + r), 4);
    }

    private double rawPrecision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** With nothing to find, nothing was missed. */
    private double rawRecall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }
}
