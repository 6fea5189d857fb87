package org.newskg.ingest;

import org.newskg.article.Article;
import org.newskg.fact.Facts;

/**
 * The outcome of extraction for one input item: its facts, a note that the store already holds
 * it unchanged, or the reason it failed.
 *
 * @param origin      where the item came from ({@code file} or {@code file:line})
 * @param article     the article, or {@code null} when the item could not be read
 * @param facts       the extracted facts, or {@code null} when skipped or failed
 * @param contentHash hash of everything that went into the facts, or {@code null} when failed
 * @param error       what went wrong, or {@code null}
 */
public record Extracted(String origin, Article article, Facts facts, String contentHash, String error) {

    public boolean failed() {
        return error != null;
    }

    /** Whether extraction was skipped because the store already holds this exact article. */
    public boolean unchanged() {
        return error == null && facts == null;
    }
}
