package org.newskg.eval;

/** How many of the matched items got one detail right (a role's title, an event's date). */
public record Share(int hit, int total) {

    public static final Share ZERO = new Share(0, 0);

    public Share plus(Share o) {
        return new Share(hit + o.hit, total + o.total);
    }

    public Share add(boolean right) {
        return new Share(hit + (right ? 1 : 0), total + 1);
    }

    /** The share rounded to 4 places, or {@code null} when nothing was counted. */
    public Double accuracy() {
        return total == 0 ? null : Round.places((double) hit / total, 4);
    }
}
