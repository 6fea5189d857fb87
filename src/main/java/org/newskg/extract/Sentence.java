package org.newskg.extract;

import org.newskg.fact.Span;

/**
 * A sentence of the document.
 *
 * @param index      position among the document's sentences
 * @param paragraph  index of the paragraph (blank-line separated block) it belongs to
 */
public record Sentence(int index, Span span, int paragraph) {}
