package org.newskg.fact;

import java.util.Objects;

/**
 * A direct quotation and who said it.
 *
 * @param text the quoted words without the quotation marks (parts split by "he said" joined)
 * @param span the range of the (first) quoted part in the document
 */
public record Quote(Entity speaker, String text, Span span, Evidence evidence) {

    public Quote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }
}
