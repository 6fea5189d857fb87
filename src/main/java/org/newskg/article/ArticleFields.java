package org.newskg.article;

/**
 * An article's fields as an input gives them, all strings and any of them missing, on the way
 * to an {@link Article}: the one place that says what is required and how a missing id is made.
 */
record ArticleFields(String id, String title, String published, String url, String source, String text) {

    /**
     * The article: {@code text} is required, {@code published} must be a date when given, and a
     * missing id is derived from the URL, else from a hash of the content.
     */
    Article toArticle() {
        if (blank(text))
            throw new ReadException(text == null ? "no text; every article needs its text" : "the text is empty");
        String articleId = !blank(id) ? id : !blank(url) ? ArticleIds.fromUrl(url) : ArticleIds.fromContent(title, text);
        return new Article(articleId, title, PublicationDates.parse(published), url, source, text);
    }

    /** The article read from elsewhere (a file), with these fields' non-blank values in place of its own. */
    Article over(Article base) {
        return new Article(blank(id) ? base.id() : id, blank(title) ? base.title() : title,
                blank(published) ? base.published() : PublicationDates.parse(published),
                blank(url) ? base.url() : url, blank(source) ? base.source() : source, base.text());
    }

    private static boolean blank(String s) {
        return s == null || ArticleText.tidy(s).isEmpty();
    }
}
