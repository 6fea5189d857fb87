package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Names the state and local bodies that news writes in lower case beside the place they belong
 * to: "the Iraqi parliament", "Iraq's foreign ministry", "Turkish police", "the Paris criminal
 * court", "the criminal court in Paris", "police in Gdańsk", "the ministry of internal affairs of
 * Belarus". Each is a government body named for its place ("Iraqi Parliament"), one per place and
 * body however the article words it; a bare capitalised "Parliament" of the same article is that
 * body too. An indefinite phrase ("an Austrian court") names no body.
 */
public final class BodyPhrases implements Extractor {

    /** Mention keys of bodies found here start with this. */
    static final String KEY_PREFIX = "body:";

    /** Head nouns of bodies, of one or two words. */
    private static final Set<List<String>> HEADS = Set.of(List.of("parliament"), List.of("legislature"),
            List.of("senate"), List.of("military"), List.of("army"), List.of("navy"), List.of("police"),
            List.of("judiciary"), List.of("court"), List.of("ministry"), List.of("air", "force"),
            List.of("armed", "forces"), List.of("security", "forces"), List.of("coast", "guard"),
            List.of("border", "guard"), List.of("police", "force"), List.of("central", "bank"),
            List.of("prosecutor", "'s", "office"), List.of("prosecutor", "’s", "office"),
            List.of("prosecutors", "'", "office"), List.of("intelligence", "agency"), List.of("intelligence", "service"),
            List.of("security", "service"), List.of("election", "commission"), List.of("electoral", "commission"),
            List.of("national", "assembly"), List.of("city", "council"));

    /**
     * Heads that a state has more than one of, or that news uses for any of them: with a state
     * alone they name a body only with a modifier ("Iran's top court", "the Iraqi foreign ministry")
     * or when the article names that body ("the Scottish court" after "Court of Session in
     * Scotland"); "America's intelligence agency" is a description, not a name.
     */
    private static final Set<String> SHARED = Set.of("court", "ministry", "office", "agency", "service");

    /** Heads of local bodies, which "in" a place may follow: "the criminal court in Paris", "police in Gdańsk". */
    private static final Set<String> LOCAL = Set.of("police", "court", "office", "council");

    /** Lower-case words that may stand between the place and the head: "the Paris criminal court". */
    private static final Set<String> MODIFIERS = Set.of("criminal", "civil", "appeals", "appellate", "administrative",
            "constitutional", "supreme", "high", "top", "district", "regional", "provincial", "federal", "national",
            "state", "municipal", "city", "military", "electoral", "election", "foreign", "interior", "defence",
            "defense", "health", "justice", "finance", "economy", "education", "energy", "trade", "agriculture",
            "environment", "transport", "culture", "labour", "labor", "home", "security", "intelligence", "riot",
            "traffic", "special", "secret", "anti-corruption", "counter-terrorism", "emergency", "information",
            "communications", "family", "juvenile", "immigration", "border", "tax", "customs");

    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "any", "every", "each");

    private final Catalog catalog;

    public BodyPhrases(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "body-phrases";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    /**
     * A phrase that may name a body: its mention as a new body of its own, the place it belongs to,
     * the head and modifiers of its words, and whether it stands in apposition to a name (a
     * description of that name, which makes no body of its own).
     */
    private record Phrase(Mention mention, Mention place, String head, List<String> modifiers, boolean apposition) {}

    @Override
    public void extract(AnnotatedArticle doc) {
        Mention[] at = namesByToken(doc);
        KnownBodies known = new KnownBodies(doc, catalog, at);
        List<Mention> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s);
            int first = tokens.isEmpty() ? 0 : tokens.get(0).index();
            for (int k = 0; k < tokens.size(); k++) {
                Phrase p = placeBefore(doc, tokens, k, first, at);
                if (p == null)
                    p = placeAfter(doc, tokens, k, first, at);
                Mention m = p == null ? null : resolve(p, known);
                if (m != null) {
                    found.add(m);
                    k = doc.firstTokenAtOrAfter(m.span().end()) - first - 1;
                }
            }
        }
        found.forEach(doc::addMention);
        bareNames(doc, found);
    }

    /**
     * The mention a phrase makes: of the article's named body it fits, else of a body of its own
     * when its words single one out, else none.
     */
    private static Mention resolve(Phrase p, KnownBodies known) {
        Mention named = known.match(p.mention(), p.place().key(), p.head(), p.modifiers());
        if (named != null || p.apposition())
            return named;
        if (!SHARED.contains(p.head()))
            return p.mention();
        boolean local = p.place().type() == EntityType.Location;
        boolean singled = p.modifiers().stream().anyMatch(MODIFIERS::contains);
        return (p.head().equals("court") || p.head().equals("office")) && local || p.head().equals("ministry") && !p.modifiers().isEmpty()
                || p.head().equals("court") && singled ? p.mention() : null;
    }

    /** "the Iraqi parliament", "Iraq's foreign ministry", "the Paris criminal court", "Turkish police". */
    private Phrase placeBefore(AnnotatedArticle doc, List<Token> tokens, int k, int first, Mention[] at) {
        Mention place = at[first + k];
        if (!isPlace(place) || k > 0 && at[first + k - 1] == place)
            return null;
        if (k > 0 && INDEFINITE.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT)))
            return null; // "an Austrian court"
        int p = k;
        while (p < tokens.size() && at[first + p] == place)
            p++;
        if (place.span().end() < tokens.get(p - 1).end() || place.span().start() > tokens.get(k).start())
            return null; // "the Luxembourg-based court"
        boolean possessive = p < tokens.size() && isPossessive(tokens.get(p).text());
        if (possessive && place.type() != EntityType.Country)
            return null; // "Europe's top court" names no body of a place
        if (possessive)
            p++;
        int end = bodyEnd(tokens, p, first, at);
        if (end < 0 || !endsPhrase(tokens, end))
            return null;
        String qualifier = possessive ? adjective(place) : doc.text(new Span(tokens.get(k).start(), tokens.get(p - 1).end()));
        String words = words(tokens, p, end).toLowerCase(Locale.ROOT);
        Span span = new Span(tokens.get(k).start(), tokens.get(end - 1).end());
        return phrase(doc, span, place, words, qualifier + " " + titleCase(words), appositionAt(tokens, k, first, at));
    }

    /** "the criminal court in Paris", "police in Gdańsk", "the ministry of internal affairs of Belarus". */
    private Phrase placeAfter(AnnotatedArticle doc, List<Token> tokens, int k, int first, Mention[] at) {
        if (k > 0 && (at[first + k - 1] != null || isPossessive(tokens.get(k - 1).text())))
            return null;
        boolean definite = k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("the");
        int end = bodyEnd(tokens, k, first, at);
        if (end < 0 || end >= tokens.size())
            return null;
        String head = tokens.get(end - 1).text().toLowerCase(Locale.ROOT);
        boolean ministry = head.equals("ministry");
        if (ministry && tokens.get(end).text().equals("of"))
            end = portfolioEnd(tokens, end, first, at); // "ministry of internal affairs"
        String joiner = end < tokens.size() ? tokens.get(end).text() : "";
        boolean local = LOCAL.contains(head) && joiner.equals("in") && (definite || head.equals("police"));
        boolean state = ministry && joiner.equals("of") && definite;
        if (!local && !state)
            return null; // "a court in Paris", "the prime ministry of Hungary"
        int q = end + 1;
        if (q < tokens.size() && tokens.get(q).text().equals("the"))
            q++;
        Mention place = q < tokens.size() ? at[first + q] : null;
        if (!isPlace(place) || place.kind() != Mention.Kind.NAME || at[first + q - 1] == place
                || state && place.type() != EntityType.Country)
            return null;
        int placeEnd = q;
        while (placeEnd < tokens.size() && at[first + placeEnd] == place)
            placeEnd++;
        String words = words(tokens, k, end).toLowerCase(Locale.ROOT);
        Span span = new Span(tokens.get(k).start(), tokens.get(placeEnd - 1).end());
        String placeName = doc.text(new Span(tokens.get(q).start(), tokens.get(placeEnd - 1).end()));
        String canonical = state ? titleCase(words) + " of " + placeName : placeName + " " + titleCase(words);
        return phrase(doc, span, place, words, canonical, appositionAt(tokens, k, first, at));
    }

    /** Whether the phrase whose first word is at k stands in apposition to a name: "the NSA, the American spy agency". */
    private static boolean appositionAt(List<Token> tokens, int k, int first, Mention[] at) {
        int d = k > 0 && DETERMINERS.contains(tokens.get(k - 1).text()) ? k - 1 : k;
        return d >= 2 && tokens.get(d - 1).text().equals(",") && at[first + d - 2] != null;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    /** The end of a ministry's lower-case portfolio after "of": "ministry of internal affairs" before "of Belarus". */
    private static int portfolioEnd(List<Token> tokens, int of, int first, Mention[] at) {
        int q = of + 1;
        while (q < tokens.size() && q < of + 6 && at[first + q] == null && isLowerWord(tokens.get(q).text())
                && !tokens.get(q).text().equals("of") && !tokens.get(q).text().equals("the"))
            q++;
        return q > of + 1 && q + 1 < tokens.size() && tokens.get(q).text().equals("of") ? q : of;
    }

    /** The end of a body's words (modifiers and a head) that start at p, or -1. */
    private static int bodyEnd(List<Token> tokens, int p, int first, Mention[] at) {
        int q = p;
        while (q < tokens.size() && q < p + 3 && at[first + q] == null && MODIFIERS.contains(lowerOrOpening(tokens, q))
                && headAt(tokens, q) == 0)
            q++;
        int len = q < tokens.size() && at[first + q] == null ? headAt(tokens, q) : 0;
        if (len == 0)
            return -1;
        for (int i = q; i < q + len; i++)
            if (at[first + i] != null)
                return -1;
        return q + len;
    }

    /** The length of a head that starts at q, or 0. */
    private static int headAt(List<Token> tokens, int q) {
        int best = 0;
        for (List<String> h : HEADS) {
            if (q + h.size() > tokens.size() || h.size() <= best)
                continue;
            boolean match = true;
            for (int i = 0; i < h.size() && match; i++)
                match = lowerOrOpening(tokens, q + i).equals(h.get(i));
            if (match)
                best = h.size();
        }
        return best;
    }

    /**
     * Whether the body's words end its noun phrase: not "the Turkish military operation" or "the
     * Iraqi army base".
     */
    private static boolean endsPhrase(List<Token> tokens, int end) {
        if (end >= tokens.size())
            return true;
        String w = tokens.get(end).text();
        if (w.startsWith("-"))
            return false;
        if (!Shape.isWord(w) || !Character.isLowerCase(w.codePointAt(0)))
            return true;
        return !NOUNS_AFTER.contains(w) && !w.endsWith("ing") && !w.endsWith("ion") && !w.endsWith("ions")
                && !w.endsWith("ment") && !w.endsWith("ments");
    }

    /** Nouns that make a body's words their modifier: "military base", "court ruling". */
    private static final Set<String> NOUNS_AFTER = Set.of("base", "ruling", "case", "order", "source", "sources",
            "vehicle", "vehicles", "aircraft", "jet", "jets", "plane", "planes", "ship", "ships", "station", "car",
            "cars", "building", "headquarters", "unit", "force", "action", "budget", "spending", "reform", "rule",
            "coup", "intervention", "presence", "exercise", "exercises", "drill", "drills", "hearing", "hearings",
            "decision", "chief", "boss", "system", "record", "records", "data", "report", "figures", "operations",
            "documents", "judgment", "judgement", "verdict", "bases", "personnel", "equipment", "court", "courts");

    private Phrase phrase(AnnotatedArticle doc, Span span, Mention place, String words, String canonical, boolean apposition) {
        String key = KEY_PREFIX + place.key() + ":" + normalised(words);
        Mention m = new Mention(span, doc.text(span), EntityType.GovernmentBody, key, canonical, null, name(), Mention.Kind.NAME);
        List<String> parts = new ArrayList<>(List.of(normalised(words).split(" ")));
        String head = parts.get(parts.size() - 1);
        int of = parts.indexOf("of");
        if (of > 0) {
            head = parts.get(of - 1); // "ministry of internal affairs"
            parts.remove(of - 1);
            parts.remove("of");
        } else {
            parts.remove(parts.size() - 1);
        }
        if (head.equals("forces") || head.equals("force") || head.equals("guard") || head.equals("bank")
                || head.equals("commission") || head.equals("assembly") || head.equals("agency") && !parts.isEmpty()) {
            String two = parts.isEmpty() ? head : parts.remove(parts.size() - 1) + " " + head;
            head = two.equals("intelligence agency") ? "agency" : two; // "armed forces", "air force"
        }
        if (head.equals("service"))
            parts.clear();
        if (parts.size() > 0 && parts.get(parts.size() - 1).equals("'s"))
            parts.clear(); // "prosecutor's office"
        return new Phrase(m, place, head, parts, apposition);
    }

    /** The words of a body's head as a key: "prosecutor's office", "police force" and "police" alike. */
    private static String normalised(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace("’", "'");
        if (w.endsWith("police force"))
            w = w.substring(0, w.length() - " force".length());
        return w;
    }

    /** The adjective of a place for the name of its body: "Iraqi" for "Iraq's". */
    private String adjective(Mention place) {
        CatalogEntry e = catalog.byName(place.canonical());
        for (String d : e == null ? List.<String>of() : e.demonyms())
            if (!d.endsWith("s") && !d.contains(" ") || d.equals(e.name()))
                return d;
        return place.canonical();
    }

    /**
     * Capitalised names of the article's own that stand alone for one of these bodies: "Parliament",
     * "Police" after "the Iraqi parliament", when the article has one body of that head.
     */
    private static void bareNames(AnnotatedArticle doc, List<Mention> found) {
        Map<String, Set<String>> keysByHead = new HashMap<>();
        Map<String, Mention> sample = new HashMap<>();
        for (Mention m : found) {
            String head = m.canonical().toLowerCase(Locale.ROOT);
            int in = head.indexOf(" in ");
            int of = head.indexOf(" of ");
            if (in > 0)
                head = head.substring(0, in);
            else if (of > 0)
                head = head.substring(0, of);
            head = head.substring(head.lastIndexOf(' ') + 1);
            keysByHead.computeIfAbsent(head, h -> new HashSet<>()).add(m.key());
            sample.putIfAbsent(m.key(), m);
        }
        List<Mention> bare = new ArrayList<>();
        List<Mention> replaced = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (m.kind() != Mention.Kind.NAME || !m.key().startsWith(NameRecognizer.KEY_PREFIX) || m.surface().contains(" "))
                continue;
            Set<String> keys = keysByHead.get(m.surface().toLowerCase(Locale.ROOT));
            if (keys == null || keys.size() != 1)
                continue;
            Mention body = sample.get(keys.iterator().next());
            bare.add(m);
            replaced.add(new Mention(m.span(), m.surface(), body.type(), body.key(), body.canonical(), null, m.source(),
                    Mention.Kind.NAME));
        }
        doc.removeMentions(bare::contains);
        replaced.forEach(doc::addMention);
    }

    /** For every token of the document, the longest name of a place or organisation that covers it. */
    private static Mention[] namesByToken(AnnotatedArticle doc) {
        List<Token> tokens = doc.tokens();
        Mention[] at = new Mention[tokens.size()];
        for (Mention m : doc.mentions()) {
            if (!m.kind().names())
                continue;
            int i = doc.firstTokenAtOrAfter(m.span().start());
            if (i > 0 && tokens.get(i - 1).end() > m.span().start())
                i--;
            for (; i < tokens.size() && tokens.get(i).start() < m.span().end(); i++)
                if (at[i] == null || m.span().length() > at[i].span().length())
                    at[i] = m;
        }
        return at;
    }

    /** A country by name or demonym ("Iraqi"), or another place by name ("Paris"). */
    private static boolean isPlace(Mention m) {
        return m != null && (m.type() == EntityType.Country && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DEMONYM)
                || m.type() == EntityType.Location && m.kind() == Mention.Kind.NAME);
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s");
    }

    /** The word at q, in lower case when a capital there may only open the sentence: "Police in Gdańsk said". */
    private static String lowerOrOpening(List<Token> tokens, int q) {
        String w = tokens.get(q).text();
        return NameFinder.isClauseInitial(tokens, q) ? w.toLowerCase(Locale.ROOT) : w;
    }

    private static boolean isLowerWord(String w) {
        return Shape.isWord(w) && Character.isLowerCase(w.codePointAt(0));
    }

    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (i > from && !w.startsWith("'") && !w.startsWith("’"))
                b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    /** "criminal court" becomes "Criminal Court"; "of", "and" and "'s" stay as they are. */
    private static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (b.length() > 0)
                b.append(' ');
            b.append(w.equals("of") || w.equals("and") || w.equals("the") || w.isEmpty() ? w
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
