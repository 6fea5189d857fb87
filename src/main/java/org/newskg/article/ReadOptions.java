package org.newskg.article;

import java.time.Duration;
import java.util.Objects;

/**
 * How inputs are read.
 *
 * @param format      a format name that overrides detection by file name ({@code --input-format}), or {@code null}
 * @param followLinks whether a feed item's linked page is fetched for the full text ({@code --follow-links})
 * @param maxBytes    the largest item read: a whole file or fetched page, one JSON line, one CSV
 *                    record, one element of a JSON array ({@code --max-size})
 * @param timeout     how long a fetch may take, connecting and downloading ({@code --fetch-timeout})
 */
public record ReadOptions(String format, boolean followLinks, long maxBytes, Duration timeout) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ReadOptions {
        if (maxBytes <= 0)
            throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        if (format != null && format.isBlank())
            format = null;
    }

    /** Detection by file name, no link following, 20 MB, 30 seconds. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, false, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
    }

    public ReadOptions withFormat(String format) {
        return new ReadOptions(format, followLinks, maxBytes, timeout);
    }

    public ReadOptions withFollowLinks(boolean follow) {
        return new ReadOptions(format, follow, maxBytes, timeout);
    }

    public ReadOptions withMaxBytes(long max) {
        return new ReadOptions(format, followLinks, max, timeout);
    }

    public ReadOptions withTimeout(Duration t) {
        return new ReadOptions(format, followLinks, maxBytes, t);
    }
}
