package org.newskg.fact;

import java.util.List;
import java.util.Objects;

/**
 * A named entity of one article, after every mention has been resolved to it.
 *
 * @param name     the canonical name (the catalog's name when the catalog knows the entity)
 * @param type     its type
 * @param aliases  every other surface form the article used for it
 * @param wikidata Wikidata id ({@code Q30}) or {@code null}
 * @param mentions where the article names it, in document order
 */
public record Entity(String name, EntityType type, List<String> aliases, String wikidata, List<Span> mentions) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type of " + name);
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }
}
