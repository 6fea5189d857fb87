package org.newskg.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.Mention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;
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

    /** Words after a country's name that still name its state: "the Chinese government". */
    private static final Set<String> STATE_WORDS = Set.of("government", "Government", "authorities", "regime");

    private final Catalog catalog;
    private final AliasIndex index;
    private final AliasIndex upperIndex;
    private final Lexicon lexicon = Lexicon.english();
    private final GenericForms generic;

    public CatalogRecognizer(Catalog catalog) {
        this.catalog = catalog;
        this.index = new AliasIndex(catalog);
        this.upperIndex = new AliasIndex(catalog, true);
        this.generic = new GenericForms(lexicon, catalog);
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
        Map<Mention, AliasIndex.Form> bare = new HashMap<>();
        Map<Mention, AliasIndex.Form> sameName = new HashMap<>();
        Set<List<String>> qualified = new HashSet<>();
        for (Sentence sentence : doc.sentences()) {
            List<Token> tokens = doc.tokens(sentence);
            AliasIndex forms = SentenceShape.isAllCaps(tokens) ? upperIndex : index;
            Mention[] at = new Mention[tokens.size()];
            int i = 0;
            while (i < tokens.size()) {
                AliasIndex.Form form = choose(forms.matchesAt(tokens, i), tokens, i, at);
                if (form != null && form.tokens().size() == 1 && NameFinder.isClauseInitial(tokens, i)
                        && lexicon.isCommon(tokens.get(i).text()) && !Shape.isAllCaps(tokens.get(i).text())
                        && form.kind() == Mention.Kind.NAME && !form.entry().type().isActor())
                    form = null; // "Reading from a statement": a common word that opens a sentence
                if (form != null && form.tokens().size() == 1 && form.kind() == Mention.Kind.NAME && i > 0
                        && at[i - 1] == null && (form.entry().type().isOrganization() || form.entry().type() == EntityType.Location)
                        && lexicon.isGivenName(tokens.get(i - 1).text()))
                    form = null; // "mayor John Tory", "Lucas Lima": a family name, not the organisation or place
                if (form != null && form.kind() == Mention.Kind.DEMONYM && i + 1 < tokens.size()
                        && tokens.get(i + 1).text().equals("language"))
                    form = null; // "Spanish language": a language, not a state
                if (form == null) {
                    prefixOfCompound(doc, tokens.get(i));
                    i++;
                    continue;
                }
                int end = i + form.tokens().size();
                if (generic.isGeneric(form)) {
                    Mention before = i > 0 ? (at[i - 1] != null || i < 2 ? at[i - 1] : at[i - 2]) : null;
                    if (generic.isQualified(form, tokens, i, end, before, k -> isPlaceAt(forms, tokens, k))) {
                        qualified.add(form.tokens()); // "Wisconsin Supreme Court": a name of its own
                        i = end;
                        continue;
                    }
                }
                if (form.entry().type() == EntityType.Country && end < tokens.size()
                        && STATE_WORDS.contains(tokens.get(end).text()))
                    end++; // "the Hungarian Government" is Hungary
                int start = i;
                if (form.entry().type() == EntityType.Country && form.kind() == Mention.Kind.NAME)
                    start = governmentOf(tokens, i, at); // "the Government of Iraq" is Iraq
                Span span = new Span(tokens.get(start).start(), tokens.get(end - 1).end());
                Mention m = mention(form, span, doc.text(span));
                doc.addMention(m);
                AliasIndex.Form other = placeOfTheSameName(forms.matchesAt(tokens, i), form);
                if (other != null)
                    sameName.put(m, other);
                if (generic.isGeneric(form))
                    bare.put(m, form);
                for (int k = start; k < end; k++)
                    at[k] = m;
                i = end;
            }
        }
        generic.dropContested(doc, bare, qualified);
        placesOfTheSameName(doc, sameName);
        shortFormsOfPlaces(doc);
    }

    /** The first token of "Government of [the] X" before a country's name at i, or i. */
    private static int governmentOf(List<Token> tokens, int i, Mention[] at) {
        int of = i - 1;
        if (of >= 0 && tokens.get(of).text().equals("the"))
            of--;
        if (of < 1 || !tokens.get(of).text().equals("of") || at[of - 1] != null
                || !STATE_WORDS.contains(tokens.get(of - 1).text()))
            return i;
        return of - 1;
    }

    /** A place below the state that shares the chosen country's name ("Georgia" the US state), or null. */
    private static AliasIndex.Form placeOfTheSameName(List<AliasIndex.Form> forms, AliasIndex.Form chosen) {
        if (chosen.entry().type() != EntityType.Country || chosen.kind() != Mention.Kind.NAME)
            return null;
        for (AliasIndex.Form f : forms)
            if (f.tokens().size() == chosen.tokens().size() && f.entry().type() == EntityType.Location
                    && f.kind() == Mention.Kind.NAME && f.entry().country() != null)
                return f;
        return null;
    }

    /**
     * "Georgia" is the US state in a story that names more places of the United States than
     * words of the Caucasian republic (Tbilisi, Georgian).
     */
    private void placesOfTheSameName(AnnotatedArticle doc, Map<Mention, AliasIndex.Form> sameName) {
        for (Map.Entry<Mention, AliasIndex.Form> e : sameName.entrySet()) {
            Mention m = e.getKey();
            CatalogEntry state = catalog.byName(m.canonical());
            String there = e.getValue().entry().country();
            int forPlace = 0, forState = 0;
            for (Mention o : doc.mentions()) {
                if (sameName.containsKey(o))
                    continue;
                CatalogEntry oe = catalog.byName(o.canonical());
                if (oe == null)
                    continue;
                if (oe.type() == EntityType.Location && there.equals(oe.country()) || oe.name().equals(catalog.country(there) == null ? "" : catalog.country(there).name()))
                    forPlace++;
                if (oe == state || state != null && state.country() != null && state.country().equals(oe.country()))
                    forState++;
            }
            if (forPlace > forState) {
                doc.removeMentions(x -> x == m);
                doc.addMention(mention(e.getValue(), m.span(), m.surface()));
            }
        }
    }

    /** Whether a country's or place's name starts at token k. */
    private static boolean isPlaceAt(AliasIndex forms, List<Token> tokens, int k) {
        for (AliasIndex.Form f : forms.matchesAt(tokens, k))
            if (f.entry().type() == EntityType.Country || f.entry().type() == EntityType.Location)
                return true;
        return false;
    }

    /**
     * A company's one-word name that is also the first word of a place the article names, and
     * that the article never gives the company's other names, stands for the place: "Amazon
     * issues" in a story about the "Amazon rainforest".
     */
    private static void shortFormsOfPlaces(AnnotatedArticle doc) {
        List<Mention> all = List.copyOf(doc.mentions());
        for (Mention m : all) {
            if (m.type() != EntityType.Company || m.surface().contains(" ") || m.kind() != Mention.Kind.NAME)
                continue;
            Mention place = null;
            boolean otherForms = false;
            for (Mention o : all) {
                if (o.key().equals(m.key()) && !o.surface().equals(m.surface()))
                    otherForms = true;
                if (o.type() == EntityType.Location && o.surface().startsWith(m.surface() + " "))
                    place = o;
            }
            if (place != null && !otherForms) {
                Mention p = place;
                doc.removeMentions(x -> x == m);
                doc.addMention(new Mention(m.span(), m.surface(), p.type(), p.key(), p.canonical(), p.wikidata(),
                        m.source(), Mention.Kind.NAME));
            }
        }
    }

    /** "Luxembourg-based", "Chinese-made": the first part of a hyphenated adjective names a place. */
    private void prefixOfCompound(AnnotatedArticle doc, Token token) {
        String t = token.text();
        int dash = t.indexOf('-');
        if (dash <= 0 || dash == t.length() - 1)
            return;
        if (Character.isUpperCase(t.charAt(dash + 1)) && t.substring(0, dash).equalsIgnoreCase("ex")) {
            formerOf(doc, token, dash); // "Ex-Uber boss"
            return;
        }
        if (Character.isUpperCase(t.charAt(dash + 1))) {
            pairOfStates(doc, token, dash); // "Turkish-Libyan", "US-China"
            return;
        }
        if (!Character.isLowerCase(t.charAt(dash + 1)))
            return;
        Token head = new Token(token.index(), new Span(token.start(), token.start() + dash), t.substring(0, dash), token.sentence());
        List<AliasIndex.Form> forms = index.matchesAt(List.of(head), 0);
        for (AliasIndex.Form f : forms)
            if (f.tokens().size() == 1 && f.kind() != Mention.Kind.METONYM) {
                doc.addMention(mention(f, head.span(), head.text()));
                return;
            }
    }

    /** "ex-Uber boss Travis Kalanick": the organisation after "ex-" is named. */
    private void formerOf(AnnotatedArticle doc, Token token, int dash) {
        String t = token.text();
        Token rest = new Token(token.index(), new Span(token.start() + dash + 1, token.end()), t.substring(dash + 1), token.sentence());
        for (AliasIndex.Form f : index.matchesAt(List.of(rest), 0))
            if (f.tokens().size() == 1 && f.kind() == Mention.Kind.NAME && f.entry().type().isOrganization()) {
                doc.addMention(mention(f, rest.span(), rest.text()));
                return;
            }
    }

    /** "Turkish-Libyan agreement", "Syrian-Turkish border": both parts name states when both are one-word forms of them. */
    private void pairOfStates(AnnotatedArticle doc, Token token, int dash) {
        String t = token.text();
        List<Mention> parts = new java.util.ArrayList<>();
        for (int[] part : new int[][] {{0, dash}, {dash + 1, t.length()}}) {
            Token p = new Token(token.index(), new Span(token.start() + part[0], token.start() + part[1]),
                    t.substring(part[0], part[1]), token.sentence());
            AliasIndex.Form found = null;
            for (AliasIndex.Form f : index.matchesAt(List.of(p), 0))
                if (f.tokens().size() == 1 && f.entry().type() == EntityType.Country)
                    found = f;
            if (found == null)
                return;
            parts.add(mention(found, p.span(), p.text()));
        }
        parts.forEach(doc::addMention);
    }

    /**
     * The longest matching form. A capital stands for its government only where it acts: not
     * after a place preposition ("in Beijing"), and only before a verb or a possessive ("Beijing
     * said", "Beijing's") or where a state is acted on ("urged Ottawa to"), not in a dateline
     * ("LONDON 1996-08-30") or a list of places.
     */
    private static AliasIndex.Form choose(List<AliasIndex.Form> forms, List<Token> tokens, int i, Mention[] at) {
        if (forms.isEmpty())
            return null;
        int longest = forms.get(0).tokens().size();
        int next = i + longest;
        boolean actedOn = Metonymy.actedOn(tokens, i, at);
        boolean acts = Metonymy.acts(tokens, next) || actedOn;
        boolean placed = !actedOn && i > 0 && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase());
        boolean afterPreposition = !acts || placed;
        boolean insideName = i > 0 && at[i - 1] == null && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))
                && !tokens.get(i - 1).text().equals("The"); // "Denzel Washington"
        boolean onlyState = !insideName
                && forms.stream().noneMatch(f -> f.tokens().size() == longest && f.kind() != Mention.Kind.METONYM);
        AliasIndex.Form best = null;
        for (AliasIndex.Form f : forms) {
            if (f.tokens().size() < longest)
                break;
            if (f.kind() == Mention.Kind.METONYM && afterPreposition && !(onlyState && !placed))
                continue; // "Kremlin spokesman": a seat of government that names nothing else is the state
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
