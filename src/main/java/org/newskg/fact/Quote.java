package org.newskg.fact;

import java.util.Objects;

/**
 * A direct quotation and who said it.
 *
 * @param text   the quoted words without the quotation marks (parts split by "he said" joined)
 * @param span   the range of the (first) quoted part in the document, or {@code null}
 * @param saidAt the event (one of the article's events) at which the words were said, or {@code null}
 */
public record Quote(Entity speaker, String text, Span span, Evidence evidence, Event saidAt) {

    public Quote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }

    /** A quote not tied to an event. */
    public Quote(Entity speaker, String text, Span span, Evidence evidence) {
        this(speaker, text, span, evidence, null);
    }
}
