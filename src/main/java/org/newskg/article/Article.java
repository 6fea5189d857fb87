package org.newskg.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as read from its source: an id, metadata that may be missing, and the text
 * that every character offset in NewsKG refers to.
 *
 * @param id        stable identifier from the source (never blank)
 * @param title     headline, or {@code null}
 * @param published publication date, or {@code null} when the source does not say
 * @param url       canonical URL, or {@code null}
 * @param source    publisher or feed name, or {@code null}
 * @param text      the article text, as stored (never blank)
 */
public record Article(String id, String title, LocalDate published, String url, String source, String text) {

    public Article {
        Objects.requireNonNull(id, "article id");
        if (id.isBlank())
            throw new IllegalArgumentException("article id is blank");
        if (text == null || text.isBlank())
            throw new IllegalArgumentException("article '" + id + "' has no text");
    }

    /**
     * The text the extractors read and every offset refers to: the title, a blank line and the
     * text, or the text alone when it already opens with the title (as plain-text files do).
     */
    public String document() {
        if (title == null || title.isBlank() || text.stripLeading().startsWith(title.strip()))
            return text;
        return title.strip() + "\n\n" + text;
    }
}
