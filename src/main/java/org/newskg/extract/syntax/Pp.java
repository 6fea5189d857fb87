package org.newskg.extract.syntax;

/**
 * A prepositional phrase: "against the US government", "from flying in the European nation".
 *
 * @param preposition the preposition, lower-cased ("according to" for two words)
 * @param filler      the entities its object names ({@link Filler#NONE} for a clause)
 * @param from        first token of the object phrase (sentence-local)
 * @param to          token after the object phrase, which runs on through "of" phrases and gerunds
 */
public record Pp(String preposition, Filler filler, int from, int to) {}
