package org.newskg.extract.entity;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.Mention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.fact.EntityType;
import org.newskg.fact.Span;

/**
 * Finds the catalog's entities in the text: names and aliases, demonyms standing for their
 * country ("Chinese firm"), and capitals standing for their government ("Washington said").
 * Matching is case-sensitive and takes the longest form at each position.
 */
public final class CatalogRecognizer implements Extractor {

    /** Words before a capital that make it the place, not the government: "in Beijing". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "near", "outside",
            "around", "across", "via", "into", "of", "visit", "visited", "visiting", "toward", "towards");

    private final Catalog catalog;
    private final AliasIndex index;

    public CatalogRecognizer(Catalog catalog) {
        this.catalog = catalog;
        this.index = new AliasIndex(catalog);
    }

    @Override
    public String name() {
        return "catalog-entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    public Catalog catalog() {
        return catalog;
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        for (Sentence sentence : doc.sentences()) {
            List<Token> tokens = doc.tokens(sentence);
            int i = 0;
            while (i < tokens.size()) {
                AliasIndex.Form form = choose(index.matchesAt(tokens, i), tokens, i);
                if (form == null) {
                    i++;
                    continue;
                }
                int end = i + form.tokens().size();
                Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end());
                doc.addMention(mention(form, span, doc.text(span)));
                i = end;
            }
        }
    }

    /** The longest matching form; a metonym after a place preposition is left to the place. */
    private static AliasIndex.Form choose(List<AliasIndex.Form> forms, List<Token> tokens, int i) {
        if (forms.isEmpty())
            return null;
        int longest = forms.get(0).tokens().size();
        boolean afterPreposition = i > 0 && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase());
        AliasIndex.Form best = null;
        for (AliasIndex.Form f : forms) {
            if (f.tokens().size() < longest)
                break;
            if (f.kind() == Mention.Kind.METONYM && afterPreposition)
                continue;
            if (best == null || rank(f) < rank(best))
                best = f;
        }
        return best;
    }

    /**
     * Lower is better: names first; a capital not after a place preposition stands for its
     * government ("Beijing said") before it is read as the city; demonyms last.
     */
    private static int rank(AliasIndex.Form f) {
        if (f.kind() == Mention.Kind.NAME)
            return f.entry().type() == EntityType.Location ? 2 : 0;
        return f.kind() == Mention.Kind.METONYM ? 1 : 3;
    }

    private Mention mention(AliasIndex.Form form, Span span, String surface) {
        CatalogEntry e = form.entry();
        return new Mention(span, surface, e.type(), e.key(), e.name(), e.wikidata(), name(), form.kind());
    }
}
