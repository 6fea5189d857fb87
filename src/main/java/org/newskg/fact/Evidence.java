package org.newskg.fact;

import java.util.Objects;

/**
 * Where a fact was read: the sentence that states it and its character range in the document.
 *
 * @param sentence the sentence text, as in the document
 * @param span     the sentence's range in the document
 */
public record Evidence(String sentence, Span span) {

    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(span, "span");
    }
}
