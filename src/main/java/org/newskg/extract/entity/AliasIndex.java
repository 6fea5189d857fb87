package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.extract.text.Tokenizer;

/**
 * Every surface form of the catalog as a token sequence, indexed by its first token, so a
 * sentence is matched in one pass, longest form first.
 */
final class AliasIndex {

    /** A surface form of an entry: its tokens, the entry, and how it names it. */
    record Form(List<String> tokens, CatalogEntry entry, Mention.Kind kind) {}

    private final Map<String, List<Form>> byFirstToken = new HashMap<>();
    private final boolean upperCase;

    /** An index of the forms as written. */
    AliasIndex(Catalog catalog) {
        this(catalog, false);
    }

    /** An index of the forms as written, or in capitals for text written all in capitals. */
    AliasIndex(Catalog catalog, boolean upperCase) {
        this.upperCase = upperCase;
        for (CatalogEntry e : catalog.entries()) {
            add(e.name(), e, Mention.Kind.NAME);
            e.aliases().forEach(a -> add(a, e, Mention.Kind.NAME));
            e.demonyms().forEach(d -> add(d, e, Mention.Kind.DEMONYM));
            e.metonyms().forEach(m -> add(m, e, Mention.Kind.METONYM));
        }
        byFirstToken.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form f) -> -f.tokens().size())));
    }

    private void add(String surface, CatalogEntry entry, Mention.Kind kind) {
        List<String> tokens = Tokenizer.tokenize(surface, 0, surface.length()).stream()
                .map(t -> upperCase ? t.text().toUpperCase(java.util.Locale.ROOT) : t.text()).toList();
        if (tokens.isEmpty())
            return;
        put(tokens, entry, kind);
        boolean place = entry.type() == org.newskg.fact.EntityType.Country || entry.type() == org.newskg.fact.EntityType.Location;
        if (place && !upperCase && tokens.size() > 1 && tokens.get(0).equals("The")) {
            List<String> lower = new ArrayList<>(tokens);
            lower.set(0, "the");
            put(lower, entry, kind); // "in the Hague", "the Gambia"
        }
    }

    private void put(List<String> tokens, CatalogEntry entry, Mention.Kind kind) {
        List<Form> forms = byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
        for (Form f : forms)
            if (f.tokens().equals(tokens) && f.entry() == entry)
                return;
        forms.add(new Form(tokens, entry, kind));
    }

    /**
     * The forms that match the tokens at {@code from}, longest first. The caller picks; names
     * are preferred to demonyms and metonyms of equal length.
     */
    List<Form> matchesAt(List<Token> tokens, int from) {
        List<Form> candidates = byFirstToken.get(tokens.get(from).text());
        if (candidates == null)
            return List.of();
        List<Form> out = new ArrayList<>();
        for (Form f : candidates)
            if (matches(f.tokens(), tokens, from))
                out.add(f);
        return out;
    }

    private static boolean matches(List<String> form, List<Token> tokens, int from) {
        if (from + form.size() > tokens.size())
            return false;
        for (int i = 1; i < form.size(); i++)
            if (!form.get(i).equals(tokens.get(from + i).text()))
                return false;
        return true;
    }
}
