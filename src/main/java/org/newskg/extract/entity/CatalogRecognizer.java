package org.newskg.extract.entity;

import java.util.List;
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

    public CatalogRecognizer(Catalog catalog) {
        this.catalog = catalog;
        this.index = new AliasIndex(catalog);
        this.upperIndex = new AliasIndex(catalog, true);
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
            AliasIndex forms = SentenceShape.isAllCaps(tokens) ? upperIndex : index;
            int i = 0;
            while (i < tokens.size()) {
                AliasIndex.Form form = choose(forms.matchesAt(tokens, i), tokens, i);
                if (form != null && form.tokens().size() == 1 && NameFinder.isClauseInitial(tokens, i)
                        && lexicon.isCommon(tokens.get(i).text()) && !Shape.isAllCaps(tokens.get(i).text())
                        && form.kind() == Mention.Kind.NAME && !form.entry().type().isActor())
                    form = null; // "Reading from a statement": a common word that opens a sentence
                if (form == null) {
                    prefixOfCompound(doc, tokens.get(i));
                    i++;
                    continue;
                }
                int end = i + form.tokens().size();
                if (form.entry().type() == EntityType.Country && end < tokens.size()
                        && STATE_WORDS.contains(tokens.get(end).text()))
                    end++; // "the Hungarian Government" is Hungary
                Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end());
                doc.addMention(mention(form, span, doc.text(span)));
                i = end;
            }
        }
        shortFormsOfPlaces(doc);
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
        if (dash <= 0 || dash == t.length() - 1 || !Character.isLowerCase(t.charAt(dash + 1)))
            return;
        Token head = new Token(token.index(), new Span(token.start(), token.start() + dash), t.substring(0, dash), token.sentence());
        List<AliasIndex.Form> forms = index.matchesAt(List.of(head), 0);
        for (AliasIndex.Form f : forms)
            if (f.tokens().size() == 1 && f.kind() != Mention.Kind.METONYM) {
                doc.addMention(mention(f, head.span(), head.text()));
                return;
            }
    }

    /**
     * The longest matching form. A capital stands for its government only where it acts: not
     * after a place preposition ("in Beijing"), and only before a verb or a possessive ("Beijing
     * said", "Beijing's"), not in a dateline ("LONDON 1996-08-30") or a list of places.
     */
    private static AliasIndex.Form choose(List<AliasIndex.Form> forms, List<Token> tokens, int i) {
        if (forms.isEmpty())
            return null;
        int longest = forms.get(0).tokens().size();
        int next = i + longest;
        boolean acts = actsAsState(tokens, next);
        boolean afterPreposition = !acts || i > 0 && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase());
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
     * Whether the words after a capital make it act as a state: a verb of saying or doing
     * ("Beijing said", "Moscow has denied", "Washington and Seoul agreed"), or a possessive before
     * a state's noun ("Beijing's response"). "London mayor" and "London's parks" are the city.
     */
    private static boolean actsAsState(List<Token> tokens, int next) {
        if (next >= tokens.size())
            return false;
        String w = tokens.get(next).text();
        if (w.equals("'s") || w.equals("’s"))
            return next + 1 < tokens.size() && STATE_NOUNS.contains(tokens.get(next + 1).text());
        if (w.equals("and") && next + 2 < tokens.size())
            return STATE_VERBS.contains(tokens.get(next + 2).text());
        return STATE_VERBS.contains(w);
    }

    /** Verbs after which a capital acts as its state. */
    private static final Set<String> STATE_VERBS = Set.of("said", "says", "say", "told", "added", "claimed", "claims",
            "denied", "denies", "accused", "accuses", "rejected", "rejects", "warned", "warns", "urged", "urges",
            "insisted", "insists", "responded", "responds", "refused", "refuses", "announced", "announces", "plans",
            "planned", "wants", "wanted", "hopes", "fears", "feared", "knows", "believes", "considers", "sees", "has",
            "have", "had", "is", "was", "will", "would", "could", "may", "might", "must", "should", "can", "did",
            "does", "imposed", "imposes", "banned", "bans", "sanctioned", "condemned", "condemns", "welcomed",
            "welcomes", "criticised", "criticized", "criticises", "criticizes", "protested", "retaliated", "demanded",
            "demands", "agreed", "agrees", "approved", "signed", "launched", "blamed", "blames", "called", "calls",
            "asked", "threatened", "threatens", "vowed", "vows", "pledged", "promised", "dismissed", "maintains",
            "maintained", "argued", "argues", "stated", "declared", "ordered", "summoned", "expelled", "recalled",
            "suspended", "sent", "views", "viewed", "regards", "opposes", "opposed", "supports", "supported",
            "backed", "backs", "objected", "objects", "insist", "announce", "deny", "accuse", "reject", "warn");
    /** Nouns after "Beijing's" that make it the state's. */
    private static final Set<String> STATE_NOUNS = Set.of("government", "policy", "policies", "decision", "response",
            "position", "stance", "relations", "ties", "demands", "demand", "claims", "claim", "officials", "crackdown",
            "move", "moves", "plan", "plans", "sanctions", "envoy", "ambassador", "military", "foreign", "leaders",
            "leadership", "actions", "approach", "strategy", "support", "opposition", "refusal", "influence",
            "pressure", "efforts", "intervention", "annexation", "invasion", "war", "ban", "tariffs", "retaliation");

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
