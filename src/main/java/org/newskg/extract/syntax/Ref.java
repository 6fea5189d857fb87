package org.newskg.extract.syntax;

import org.newskg.extract.Mention;
import org.newskg.fact.Entity;

/**
 * An entity named inside a noun phrase.
 *
 * @param from       first token (sentence-local index)
 * @param to         token after the last
 * @param possessive followed by "'s": the entity owns what the phrase names
 */
public record Ref(Entity entity, Mention mention, int from, int to, boolean possessive) {

    /** Whether the mention is an adjective standing for a country ("Chinese"). */
    public boolean isDemonym() {
        return mention != null && mention.kind() == Mention.Kind.DEMONYM;
    }
}
