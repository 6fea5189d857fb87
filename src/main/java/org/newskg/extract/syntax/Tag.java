package org.newskg.extract.syntax;

/** The word class of a token in a shallow parse. */
public enum Tag {
    /** a token of an entity mention */
    NAME, DET, POSSESSIVE, POSSESSIVE_MARK, PRONOUN, NUMBER, NOUN, VERB, AUX, MODAL, NEGATION, ADVERB, PARTICLE,
    PREPOSITION, TO, CONJUNCTION, SUBORDINATOR, RELATIVE, COMMA, QUOTE, OPEN, CLOSE, DASH, PUNCT;

    /** Whether the token can be part of a noun phrase. */
    boolean isNominal() {
        return this == NAME || this == DET || this == POSSESSIVE || this == POSSESSIVE_MARK || this == NUMBER
                || this == NOUN;
    }

    boolean isVerbal() {
        return this == VERB || this == AUX || this == MODAL;
    }
}
