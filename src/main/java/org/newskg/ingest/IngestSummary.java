package org.newskg.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest run did.
 *
 * @param failures one line per failed item: its origin and what went wrong
 */
public record IngestSummary(int added, int replaced, int unchanged, List<String> failures, Duration elapsed) {

    public IngestSummary {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    public int total() {
        return added + replaced + unchanged + failed();
    }

    /** One line for people: "8 articles: 6 ingested, 1 replaced, 1 unchanged, 0 failed in 1.2 s". */
    public String line() {
        return String.format("%d article%s: %d ingested, %d replaced, %d unchanged, %d failed in %.1f s",
                total(), total() == 1 ? "" : "s", added, replaced, unchanged, failed(), elapsed.toMillis() / 1000.0);
    }
}
