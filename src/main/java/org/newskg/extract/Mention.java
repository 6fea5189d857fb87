package org.newskg.extract;

import java.util.Objects;
import org.newskg.fact.EntityType;
import org.newskg.fact.Span;

/**
 * A span of the document that names an entity, before mentions are resolved to entities.
 *
 * @param key       identity of the entity named: a catalog id, or a key the recogniser chose; two
 *                  mentions with the same key name the same entity
 * @param canonical the entity's canonical name when known (catalog), else the surface form
 * @param wikidata  Wikidata id when known, else {@code null}
 * @param source    the name of the extractor that found it
 * @param kind      how the span names or refers to the entity (a name, a demonym, a metonym, a pronoun, a description)
 */
public record Mention(Span span, String surface, EntityType type, String key, String canonical, String wikidata,
                      String source, Kind kind) {

    /** How a mention names its entity. */
    public enum Kind {
        /** the entity's name or an alias: "Huawei", "U.S." */
        NAME,
        /** an adjective or nationality noun that stands for a country: "Chinese firm" */
        DEMONYM,
        /** a place standing for its government: "Washington said" */
        METONYM,
        /** a pronoun that refers to the entity: "he", "its"; not an alias of it */
        PRONOUN,
        /** a description that refers to the entity: "the firm", "the court"; not an alias of it */
        DESCRIPTION;

        /** Whether the span names the entity (and so is one of its aliases), rather than refers to it. */
        public boolean names() {
            return this == NAME || this == DEMONYM || this == METONYM;
        }
    }

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(kind, "kind");
    }
}
