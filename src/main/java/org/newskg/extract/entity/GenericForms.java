package org.newskg.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.EntityType;

/**
 * Catalog forms made of ordinary words ("Supreme Court", "Senate", "House of Representatives")
 * that many states' bodies share. Such a form names the catalog's body only when nothing in the
 * article points elsewhere: a place before it ("Wisconsin Supreme Court", "Puerto Rico Senate",
 * "the state's Supreme Court") or "of" a place after it ("Supreme Court of Puerto Rico") makes
 * it another body, and a bare form is left to the article's own names when the article names such
 * a body elsewhere, or never names the catalog body's country.
 */
final class GenericForms {

    private static final Set<String> PLACE_NOUNS = Set.of("state", "country", "nation", "city", "province",
            "territory", "island", "region", "county", "kingdom", "republic");

    private final Lexicon lexicon;
    private final Catalog catalog;

    private final Set<String> demonyms = new HashSet<>();

    GenericForms(Lexicon lexicon, Catalog catalog) {
        this.lexicon = lexicon;
        this.catalog = catalog;
        for (CatalogEntry e : catalog.entries())
            demonyms.addAll(e.demonyms());
    }

    /**
     * Whether the form names a state body in ordinary words only ("Supreme Court", "Senate",
     * "House of Representatives"), with no word that singles one out ("United", "European").
     */
    boolean isGeneric(AliasIndex.Form form) {
        if (form.kind() != Mention.Kind.NAME || form.entry().type() != EntityType.GovernmentBody)
            return false;
        int content = 0;
        for (String w : form.tokens()) {
            if (w.equals("of") || w.equals("the"))
                continue;
            if (++content > 3 || demonyms.contains(w) || Shape.isAllCaps(w))
                return false;
            boolean ordinary = lexicon.cue(Lexicon.Cue.HEAD, w) != null || lexicon.cue(Lexicon.Cue.FIRST, w) != null
                    || lexicon.isCommonOrPlural(w) || lexicon.isTitleHead(w) || isPluralTitle(w);
            if (!ordinary || !Character.isUpperCase(w.charAt(0)) || SINGLING.contains(w))
                return false;
        }
        return true;
    }

    /** Words that single out one body among those of many states. */
    private static final Set<String> SINGLING = Set.of("United", "States", "European", "International", "World",
            "Global", "African", "Asian", "Arab", "Pacific", "Atlantic", "Inter-American", "Nations");

    private boolean isPluralTitle(String w) {
        return w.endsWith("s") && lexicon.isTitleHead(w.substring(0, w.length() - 1));
    }

    /**
     * Whether a generic form at tokens {@code [from, end)} is qualified by a place: right after a
     * place or its possessive ("Wisconsin Supreme Court", "the state's Supreme Court"), or before
     * "of" a place ("Supreme Court of Puerto Rico").
     *
     * @param before the mention that ends right before {@code from}, or null
     * @param placeAfter whether a place's form starts at the given token
     */
    boolean isQualified(AliasIndex.Form form, List<Token> tokens, int from, int end, Mention before,
                        java.util.function.IntPredicate placeAfter) {
        String own = form.entry().country();
        if (before != null && isPlace(before) && !isCountry(before, own))
            return true;
        if (from >= 2 && isPossessive(tokens.get(from - 1).text())) {
            String owner = tokens.get(from - 2).text();
            if (PLACE_NOUNS.contains(owner) || before != null && isPlace(before) && !isCountry(before, own))
                return true;
        }
        if (end + 1 < tokens.size() && tokens.get(end).text().equals("of")) {
            int k = end + 1;
            if (tokens.get(k).text().equals("the"))
                k++;
            return k < tokens.size() && placeAfter.test(k);
        }
        return false;
    }

    /**
     * Removes the bare generic mentions that the article's other names or places compete with:
     * a qualified use of the form, another body whose name holds the form, or no word of the
     * catalog body's country anywhere in the article.
     *
     * @param qualified the forms the article also uses with a place, as token lists
     */
    void dropContested(AnnotatedArticle doc, Map<Mention, AliasIndex.Form> bare, Set<List<String>> qualified) {
        Set<String> countries = new HashSet<>();
        for (Mention m : doc.mentions()) {
            CatalogEntry e = catalog.byName(m.canonical());
            if (e != null && e.country() != null && !bare.containsKey(m))
                countries.add(e.country());
        }
        Set<Mention> drop = new HashSet<>();
        for (Map.Entry<Mention, AliasIndex.Form> b : bare.entrySet()) {
            Mention m = b.getKey();
            AliasIndex.Form f = b.getValue();
            String own = f.entry().country();
            boolean shortForm = f.tokens().stream().filter(w -> !w.equals("of") && !w.equals("the")).count() <= 2;
            if (qualified.contains(f.tokens()) || shortForm && own != null && !countries.contains(own) || namedInside(doc, m, f))
                drop.add(m);
        }
        doc.removeMentions(drop::contains);
    }

    /** Whether another catalog body of the article has the form inside its name: "Supreme Court of the United Kingdom". */
    private static boolean namedInside(AnnotatedArticle doc, Mention bare, AliasIndex.Form f) {
        String words = " " + String.join(" ", f.tokens()) + " ";
        for (Mention m : doc.mentions())
            if (!m.key().equals(bare.key()) && m.type().isOrganization()
                    && ((" " + m.canonical() + " ").contains(words) || (" " + m.surface() + " ").contains(words)))
                return true;
        return false;
    }

    private static boolean isPlace(Mention m) {
        return m.type() == EntityType.Country || m.type() == EntityType.Location;
    }

    /** Whether the mention is of the country with this ISO code (the body's own: "US Senate"). */
    private boolean isCountry(Mention m, String iso2) {
        CatalogEntry c = catalog.country(iso2);
        return c != null && c.key().equals(m.key());
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s");
    }
}
