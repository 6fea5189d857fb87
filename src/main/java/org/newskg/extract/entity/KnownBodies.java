package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.fact.EntityType;

/**
 * The government bodies an article names, with the places each belongs to, so that a lower-case
 * phrase for a body ("the Scottish court", "the United States military") can be told to be one
 * of them ("Court of Session in Scotland", the catalog's "United States Armed Forces").
 */
final class KnownBodies {

    /** Words of names that a lower-case head stands for: a "military" is the "Armed Forces". */
    private static final Map<String, List<String>> NAMED_AS = Map.of(
            "military", List.of("armed forces", "military", "defence forces", "defense forces", "defence force",
                    "defense force"),
            "armed forces", List.of("armed forces", "military", "defence forces", "defense forces"),
            "parliament", List.of("parliament", "legislature", "assembly", "congress", "majlis", "duma", "knesset",
                    "bundestag", "sejm", "diet", "council of representatives", "house of representatives", "yuan"),
            "court", List.of("court", "tribunal"),
            "ministry", List.of("ministry", "department"));

    /** Modifiers that name no word of a body's name: "Iran's top court". */
    private static final Set<String> LOOSE_MODIFIERS = Set.of("top", "national", "federal", "state");

    /** One named body: its key and canonical name, the words of its names, the keys of its places. */
    private record Body(String key, String canonical, String words, Set<String> places) {}

    private final List<Body> bodies = new ArrayList<>();

    KnownBodies(AnnotatedArticle doc, Catalog catalog, Mention[] at) {
        List<Token> tokens = doc.tokens();
        for (Mention m : doc.mentions()) {
            if (m.kind() != Mention.Kind.NAME || m.type() != EntityType.GovernmentBody)
                continue;
            Set<String> places = new HashSet<>();
            CatalogEntry known = catalog.byName(m.canonical());
            StringBuilder words = new StringBuilder(m.canonical()).append(' ').append(m.surface());
            if (known != null) {
                CatalogEntry country = known.country() == null ? null : catalog.country(known.country());
                if (country != null)
                    places.add(country.key());
                known.aliases().forEach(a -> words.append(' ').append(a));
            }
            int from = doc.firstTokenAtOrAfter(m.span().start());
            int to = from;
            while (to < tokens.size() && tokens.get(to).start() < m.span().end())
                to++;
            for (Mention p : doc.mentions())
                if (isPlace(p) && p.span().start() >= m.span().start() && p.span().end() <= m.span().end())
                    places.add(p.key()); // "Supreme Court of Puerto Rico"
            if (to + 1 < tokens.size() && (tokens.get(to).text().equals("in") || tokens.get(to).text().equals("of"))
                    && isPlace(at[to + 1]))
                places.add(at[to + 1].key()); // "the Court of Session in Scotland"
            bodies.add(new Body(m.key(), m.canonical(), " " + words.toString().toLowerCase(Locale.ROOT) + " ", places));
        }
    }

    /**
     * The one body of the article in the place with a name that the head and modifiers fit, or
     * null when none or more than one do.
     */
    Mention match(Mention phrase, String placeKey, String head, List<String> modifiers) {
        Body found = null;
        for (Body b : bodies) {
            if (b.key().equals(phrase.key()) || !b.places().contains(placeKey) || !fits(b.words(), head, modifiers))
                continue;
            if (found != null && !found.key().equals(b.key()))
                return null;
            found = b;
        }
        return found == null ? null : new Mention(phrase.span(), phrase.surface(), EntityType.GovernmentBody, found.key(),
                found.canonical(), null, phrase.source(), Mention.Kind.NAME);
    }

    private static boolean fits(String words, String head, List<String> modifiers) {
        boolean named = false;
        for (String w : NAMED_AS.getOrDefault(head, List.of(head)))
            named |= words.contains(" " + w + " ") || words.contains(" " + w);
        if (!named)
            return false;
        for (String m : modifiers)
            if (!LOOSE_MODIFIERS.contains(m) && !words.contains(" " + m))
                return false; // "the foreign ministry" is not the "Ministry of Defence"
        return true;
    }

    private static boolean isPlace(Mention m) {
        return m != null && m.kind().names() && (m.type() == EntityType.Country || m.type() == EntityType.Location);
    }
}
