package org.newskg.extract;

import org.newskg.fact.Span;

/**
 * A token of the document.
 *
 * @param index    position among the document's tokens
 * @param sentence index of its sentence
 */
public record Token(int index, Span span, String text, int sentence) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
