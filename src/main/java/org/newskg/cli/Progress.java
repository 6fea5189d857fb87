package org.newskg.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A one-line progress display for long commands: articles done, rate, and time left when the
 * total is known. Shown only on a terminal and redrawn at most a few times a second.
 */
final class Progress {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long failed;
    private long lastDraw;

    /**
     * @param total the number of items, or a negative number when unknown
     */
    Progress(PrintWriter err, boolean enabled, long total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    /** Whether standard error is a terminal, so a redrawn line makes sense. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** Counts one item done. */
    void step(boolean itemFailed) {
        done++;
        if (itemFailed)
            failed++;
        long now = System.nanoTime();
        if (enabled && now - lastDraw > REDRAW_NANOS) {
            lastDraw = now;
            err.print("\r" + line(now) + "   ");
            err.flush();
        }
    }

    /** Clears the progress line before the summary is printed. */
    void finish() {
        if (enabled && lastDraw > 0) {
            err.print("\r" + " ".repeat(line(System.nanoTime()).length() + 3) + "\r");
            err.flush();
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder();
        sb.append(done);
        if (total >= 0)
            sb.append('/').append(total);
        sb.append(" articles, ").append(String.format("%.1f/s", rate));
        if (failed > 0)
            sb.append(", ").append(failed).append(" failed");
        if (total > done && rate > 0)
            sb.append(", ").append(format(Duration.ofSeconds((long) ((total - done) / rate)))).append(" left");
        return sb.toString();
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }
}
