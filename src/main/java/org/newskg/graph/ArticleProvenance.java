package org.newskg.graph;

import java.time.Instant;
import java.util.Objects;

/**
 * How an article's facts came to be: when they were extracted and a hash of everything that
 * went into them, so an unchanged article is recognised and skipped.
 */
public record ArticleProvenance(Instant extractedAt, String contentHash) {

    public ArticleProvenance {
        Objects.requireNonNull(extractedAt, "extractedAt");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
