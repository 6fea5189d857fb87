package org.newskg.extract;

import org.newskg.fact.PartialDate;
import org.newskg.fact.Span;

/** A date phrase of the text ("on Tuesday", "in December 2018") and the date it resolves to. */
public record TimeExpression(Span span, String surface, PartialDate date) {}
