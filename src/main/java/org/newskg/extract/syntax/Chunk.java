package org.newskg.extract.syntax;

/**
 * A stretch of a sentence that works as one unit: a noun phrase, a verb group, a preposition,
 * a connective or a punctuation mark.
 *
 * @param from   first token (sentence-local)
 * @param to     token after the last
 * @param word   the word that matters, lower-cased: a verb group's main verb, a phrase's head,
 *               the preposition ("according to" for two words), the mark
 * @param phrase the noun phrase, for {@link Kind#NP} chunks
 * @param verb   the verb group, for {@link Kind#VERB} chunks
 */
public record Chunk(Kind kind, int from, int to, String word, Phrase phrase, VerbGroup verb) {

    /** What a chunk is. */
    public enum Kind { NP, VERB, PREP, TO, CONJ, SUB, REL, COMMA, QUOTE, OPEN, CLOSE, DASH, PUNCT, ADVERB }

    public boolean is(Kind k) {
        return kind == k;
    }

    /** Whether the chunk ends a clause for argument search: ; : or a sentence mark. */
    public boolean isHardBoundary() {
        return kind == Kind.PUNCT && (word.equals(";") || word.equals(":") || word.equals(".") || word.equals("?")
                || word.equals("!"));
    }
}
