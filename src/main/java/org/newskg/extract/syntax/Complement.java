package org.newskg.extract.syntax;

/**
 * A clause reported or claimed by a verb: "[claims] Mahan flies fighters to Syria".
 *
 * @param subject the clause's subject
 * @param verb    the chunk of its verb
 * @param from    first token of the predicate (from the verb on)
 * @param to      token after the predicate
 */
public record Complement(Filler subject, int verb, int from, int to) {}
