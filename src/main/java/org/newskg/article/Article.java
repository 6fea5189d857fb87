package org.newskg.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as read from its source: an id, metadata that may be missing, and the text
 * that every character offset in NewsKG refers to. The text is put in canonical form
 * ({@link ArticleText#tidy}) here, before anything can point into it.
 *
 * @param id        stable identifier from the source (never blank)
 * @param title     headline on one line, or {@code null}
 * @param published publication date, or {@code null} when the source does not say
 * @param url       canonical URL, or {@code null}
 * @param source    publisher or feed name, or {@code null}
 * @param text      the article text, tidied (never blank)
 */
public record Article(String id, String title, LocalDate published, String url, String source, String text) {

    public Article {
        Objects.requireNonNull(id, "article id");
        id = id.strip();
        if (id.isEmpty())
            throw new IllegalArgumentException("article id is blank");
        title = ArticleText.line(title);
        url = url == null || url.isBlank() ? null : url.strip();
        source = ArticleText.line(source);
        text = ArticleText.tidy(text);
        if (text == null || text.isEmpty())
            throw new IllegalArgumentException("article '" + id + "' has no text");
    }

    /**
     * The text the extractors read and every offset refers to: the title, a blank line and the
     * text, or the text alone when it already opens with the title.
     */
    public String document() {
        if (title == null || text.startsWith(title))
            return text;
        return title + "\n\n" + text;
    }
}
