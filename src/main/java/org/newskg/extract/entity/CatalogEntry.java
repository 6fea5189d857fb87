package org.newskg.extract.entity;

import java.util.List;
import java.util.Objects;
import org.newskg.fact.EntityType;

/**
 * One known entity of the catalog.
 *
 * @param name      canonical name, unique in the catalog
 * @param aliases   other names the text may use
 * @param wikidata  Wikidata id or {@code null}
 * @param country   ISO 3166-1 alpha-2 code of its country (headquarters, jurisdiction, nationality) or {@code null}
 * @param parent    canonical name of the entry it belongs to (parent company, maker, operator) or {@code null}
 * @param demonyms  for countries: adjectives and nationality nouns that stand for it
 * @param metonyms  for countries: places that stand for its government ("Washington")
 */
public record CatalogEntry(String name, EntityType type, List<String> aliases, String wikidata, String country,
                           String parent, List<String> demonyms, List<String> metonyms) {

    public CatalogEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type of " + name);
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
    }

    /** The mention key of this entry: mentions with the same key are the same entity. */
    public String key() {
        return "catalog:" + name;
    }
}
