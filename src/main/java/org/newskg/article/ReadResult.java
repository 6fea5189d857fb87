package org.newskg.article;

import java.util.Objects;

/**
 * One item a reader produced: a whole article, or the reason an item could not be read (what is
 * wrong and, where there is one, the fix). Either way it names where it came from, so errors
 * point at the input: {@code file}, {@code file:line} (JSON Lines, CSV), {@code file item n}
 * (JSON arrays, feeds), an address, or {@code <stdin>:line}.
 */
public record ReadResult(String origin, Article article, String error) {

    public ReadResult {
        Objects.requireNonNull(origin, "origin");
        if ((article == null) == (error == null))
            throw new IllegalArgumentException("a read result holds an article or an error, not both");
    }

    public static ReadResult ok(String origin, Article article) {
        return new ReadResult(origin, article, null);
    }

    public static ReadResult failed(String origin, String error) {
        return new ReadResult(origin, null, error);
    }

    public boolean isOk() {
        return article != null;
    }
}
