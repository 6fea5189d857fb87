package org.newskg.extract.entity;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.EntityType;
import org.newskg.fact.Span;

/**
 * Finds and types the names no catalog lists, from the text itself: capitalised runs
 * ({@link NameFinder}) typed by their words and context ({@link NameTyper}), the evidence of
 * every mention of a name summed over the article. Short forms are tied to the full names they
 * stand for ({@link NameLinks}): "Strayer" becomes a mention of "Robert Strayer". In headline-case
 * and all-capital sentences it only finds names already read elsewhere in the article.
 */
public final class NameRecognizer implements Extractor {

    /** Mention keys of names found here start with this. */
    public static final String KEY_PREFIX = "name:";

    private final Lexicon lexicon;
    private final NameFinder finder;
    private final NameTyper typer;

    public NameRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.finder = new NameFinder(lexicon);
        this.typer = new NameTyper(lexicon);
    }

    @Override
    public String name() {
        return "name-entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    /** One place where a name may be. */
    private record Occurrence(List<Token> tokens, int from, int to, String surface, NameFinder.Segment segment,
                              boolean quoted) {
        int offset() {
            return tokens.get(from).start();
        }
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        Mention[] catalogAt = catalogByToken(doc);
        DocumentWords words = new DocumentWords(doc, lexicon);
        List<Occurrence> found = new ArrayList<>();
        Map<String, NameTyper.Votes> votes = new HashMap<>();
        List<Sentence> later = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s);
            if (tokens.isEmpty())
                continue;
            if (words.shape(tokens) != SentenceShape.NORMAL) {
                later.add(s);
                continue;
            }
            Mention[] at = slice(catalogAt, tokens);
            boolean scores = Results.isScoreLine(tokens);
            if (scores)
                Results.teamsNamedForPlaces(doc, tokens, at, lexicon, name());
            for (NameFinder.Segment seg : finder.find(tokens, at, words)) {
                Occurrence o = occurrence(tokens, seg);
                found.add(o);
                NameTyper.Votes v = votes.computeIfAbsent(o.surface(), k -> typer.internal(tokens, seg.from(), seg.to(), words));
                v.addAll(typer.absorbed(tokens, seg.from(), seg.to(), seg.absorbed()));
                v.addAll(typer.context(tokens, seg.from(), seg.to(), at, seg.capitalisedThe()));
                if (scores)
                    v.addAll(Results.votes(tokens, seg.from(), seg.to(), lexicon));
            }
        }
        surnamesUsedAlone(found, votes);
        repeatedWords(doc, found, votes);
        Map<String, ResolvedName> resolved = resolve(doc, found, votes, catalogAt);
        Set<Mention> absorbed = new HashSet<>();
        for (Occurrence o : found) {
            ResolvedName r = resolved.get(o.surface());
            if (r == null)
                continue;
            Mention m = r.mention(doc, o.tokens(), o.from(), o.to(), name());
            boolean national = isNationalArm(o.segment().absorbed(), m);
            for (Mention a : o.segment().absorbed())
                if (!national && !leadsStateBody(a, m))
                    absorbed.add(a);
            doc.addMention(m);
        }
        doc.removeMentions(absorbed::contains);
        Headlines headlines = new Headlines(resolved, name());
        for (Sentence s : later) {
            boolean upper = words.shape(doc.tokens(s)) == SentenceShape.ALL_CAPS;
            if (upper && s.index() < 3)
                headlines.dateline(doc, doc.tokens(s), catalogAt);
            headlines.findKnown(doc, doc.tokens(s), upper);
        }
        FamilyNames.relink(doc, name());
    }

    /**
     * Whether a place stays a mention of its own inside a state body's name that it opens: the
     * "Puerto Rico" of "Puerto Rico Senate" still names the territory, the "Iraqi" of "Iraqi
     * Parliament" the country.
     */
    private static boolean leadsStateBody(Mention place, Mention body) {
        return body.type() == EntityType.GovernmentBody && (place.kind() == Mention.Kind.NAME
                && (place.type() == EntityType.Country || place.type() == EntityType.Location)
                || place.kind() == Mention.Kind.DEMONYM && place.type() == EntityType.Country)
                && place.span().start() == body.span().start();
    }

    /**
     * A company named for its parent and its country ("Tesco Polska"), a maker's model ("Boeing
     * 737-800"), or an organisation named for its country ("Marriage Equality Coalition Taiwan"),
     * whose names stay mentions of their own.
     */
    private static boolean isNationalArm(List<Mention> absorbed, Mention body) {
        return body.type() == EntityType.Company && absorbed.size() == 2
                && absorbed.get(0).type() == EntityType.Company && absorbed.get(1).type() == EntityType.Country
                || body.type() == EntityType.Product && absorbed.size() == 1 && absorbed.get(0).type() == EntityType.Company
                && absorbed.get(0).span().start() == body.span().start()
                || body.type().isOrganization() && absorbed.size() == 1 && absorbed.get(0).type() == EntityType.Country
                && absorbed.get(0).kind() == Mention.Kind.NAME && absorbed.get(0).span().end() == body.span().end()
                && !namedWithPreposition(body, absorbed.get(0));
    }

    /** "Embassy <b>of</b> Canada", "Supreme Court <b>of</b> Puerto Rico": the country is only the body's seat. */
    private static boolean namedWithPreposition(Mention body, Mention country) {
        int cut = country.span().start() - body.span().start();
        if (cut <= 0 || cut > body.surface().length())
            return false;
        return PREPOSITION_LAST.matcher(body.surface().substring(0, cut).strip()).find();
    }

    private static final Pattern PREPOSITION_LAST = Pattern.compile("\\b(of|for|in|on|to)$");

    /**
     * A name whose last word the article also uses alone ("Alexander Pimentel" ... "Pimentel said")
     * is a person's: organisations are not called by their last word.
     */
    private static void surnamesUsedAlone(List<Occurrence> found, Map<String, NameTyper.Votes> votes) {
        Set<String> alone = new HashSet<>();
        for (Occurrence o : found)
            if (o.to() - o.from() == 1)
                alone.add(o.surface());
        for (Map.Entry<String, NameTyper.Votes> e : votes.entrySet()) {
            String name = e.getKey();
            int space = name.lastIndexOf(' ');
            if (space > 0 && alone.contains(name.substring(space + 1)) && e.getValue().score.get(EntityType.Person) != null)
                e.getValue().add(EntityType.Person, 2);
        }
    }

    /**
     * A lone capitalised word that is no common word and that the article writes more than once
     * is a name even without other evidence ("Népszava noted ... told Népszava"); by default the
     * name of an organisation.
     */
    private static void repeatedWords(AnnotatedArticle doc, List<Occurrence> found, Map<String, NameTyper.Votes> votes) {
        Set<String> partOfLonger = new HashSet<>();
        for (Occurrence o : found)
            if (o.to() - o.from() > 1)
                partOfLonger.addAll(List.of(o.surface().split(" ")));
        for (Mention m : doc.mentions())
            partOfLonger.addAll(List.of(m.canonical().split(" ")));
        Map<String, Integer> count = new HashMap<>();
        for (Occurrence o : found)
            if (o.to() - o.from() == 1 && !o.segment().weak() && !partOfLonger.contains(o.surface()))
                count.merge(o.surface(), 1, Integer::sum);
        count.forEach((name, n) -> {
            NameTyper.Votes v = votes.get(name);
            if (n >= 2 && v.strength() < 2)
                v.add(v.best() == null ? EntityType.Organization : v.best(), 2);
        });
    }

    private static Occurrence occurrence(List<Token> tokens, NameFinder.Segment seg) {
        boolean quoted = seg.from() > 0 && Shape.isQuote(tokens.get(seg.from() - 1).text())
                && seg.to() < tokens.size() && Shape.isQuote(tokens.get(seg.to()).text());
        return new Occurrence(tokens, seg.from(), seg.to(), ResolvedName.surface(tokens, seg.from(), seg.to()), seg, quoted);
    }

    /**
     * Decides what each name found stands for: itself, typed by its votes, or a longer name of the
     * article. Tentative names (lone common words, names with too little evidence) survive only
     * as short forms of a longer name.
     */
    private Map<String, ResolvedName> resolve(AnnotatedArticle doc, List<Occurrence> found, Map<String, NameTyper.Votes> votes,
                                          Mention[] catalogAt) {
        Map<String, Occurrence> first = new LinkedHashMap<>();
        for (Occurrence o : found)
            first.putIfAbsent(o.surface(), o);
        Set<String> tentative = new HashSet<>();
        for (Occurrence o : found)
            if (isTentative(o, votes.get(o.surface())))
                tentative.add(o.surface());
        for (Occurrence o : found)
            if (!isTentative(o, votes.get(o.surface())))
                tentative.remove(o.surface()); // one good mention is enough
        NameLinks links = new NameLinks(lexicon);
        for (Mention m : doc.mentions())
            if (m.kind() == Mention.Kind.NAME)
                links.addTarget(new NameLinks.Target(m.key(), m.canonical(), m.type(), m.wikidata(), m.span().start()));
        for (Occurrence o : first.values())
            if (!tentative.contains(o.surface()))
                links.addTarget(new NameLinks.Target(KEY_PREFIX + o.surface(), o.surface(), votes.get(o.surface()).best(),
                        null, o.offset()));
        Map<String, ResolvedName> out = new HashMap<>();
        Map<String, ResolvedName> bracketed = bracketedAliases(doc, found, catalogAt);
        for (Occurrence o : first.values()) {
            String surface = o.surface();
            NameTyper.Votes v = votes.get(surface);
            boolean tent = tentative.contains(surface);
            ResolvedName r = bracketed.get(surface);
            if (r == null)
                r = withGenericSuffix(o);
            if (r == null) {
                NameLinks.Target t = links.resolve(surface, tent ? null : v.best(), o.offset());
                if (t != null)
                    r = new ResolvedName(t.key(), t.name(), t.type(), t.wikidata());
            }
            if (r == null && !tent)
                r = new ResolvedName(KEY_PREFIX + surface, surface, v.best(), null);
            if (r != null)
                out.put(surface, r);
        }
        // a short form may stand for a name that is itself a short form: follow the chain
        for (Map.Entry<String, ResolvedName> e : out.entrySet()) {
            ResolvedName r = e.getValue();
            for (int i = 0; i < 3 && r.key().startsWith(KEY_PREFIX); i++) {
                ResolvedName next = out.get(r.name());
                if (next == null || next.equals(r))
                    break;
                r = next;
            }
            e.setValue(r);
        }
        return out;
    }

    /** Words that an organisation's name may take or leave without naming another: "Law and Justice Party". */
    private static final Set<String> GENERIC_SUFFIXES = Set.of("Party", "Movement", "Inc", "Inc.", "Corp", "Corp.",
            "Corporation", "Co", "Co.", "Ltd", "Ltd.", "Limited", "LLC", "plc", "PLC", "Plc", "AG", "SA", "S.A.", "Group");

    /** The catalog organisation a name is, when it only adds a generic word to the catalog's name, or null. */
    private static ResolvedName withGenericSuffix(Occurrence o) {
        List<Mention> absorbed = o.segment().absorbed();
        if (absorbed.size() != 1 || !GENERIC_SUFFIXES.contains(o.tokens().get(o.to() - 1).text()))
            return null;
        Mention m = absorbed.get(0);
        if (m.kind() != Mention.Kind.NAME || !m.type().isOrganization() || m.span().start() != o.offset()
                || m.span().end() != o.tokens().get(o.to() - 2).end())
            return null;
        return new ResolvedName(m.key(), m.canonical(), m.type(), m.wikidata());
    }

    private static boolean isTentative(Occurrence o, NameTyper.Votes v) {
        boolean single = o.to() - o.from() == 1;
        if (o.segment().weak() || v.best() == null || v.strength() < (single ? 2 : 1))
            return true;
        return o.quoted() && v.strength() < 4; // a scare-quoted phrase is a name only with a strong cue
    }

    /**
     * Names written in brackets after another name stand for it: "European Court of Justice
     * (ECJ)", "HDT Védelmi Ipari Kft. (HDT Limited)", "Supreme Court of Justice (Oberster Gerichtshof)".
     */
    private static Map<String, ResolvedName> bracketedAliases(AnnotatedArticle doc, List<Occurrence> found, Mention[] catalogAt) {
        Map<String, ResolvedName> out = new HashMap<>();
        Map<Integer, Occurrence> byEnd = new HashMap<>();
        for (Occurrence o : found)
            byEnd.put(o.tokens().get(o.to() - 1).index(), o);
        for (Occurrence o : found) {
            List<Token> t = o.tokens();
            if (o.from() < 2 || o.to() >= t.size() || !t.get(o.from() - 1).text().equals("(") || !t.get(o.to()).text().equals(")"))
                continue;
            int before = t.get(o.from() - 2).index();
            Mention m = catalogAt[before];
            Occurrence prev = byEnd.get(before);
            if (prev != null && !prev.surface().equals(o.surface()))
                out.putIfAbsent(o.surface(), new ResolvedName(KEY_PREFIX + prev.surface(), prev.surface(), null, null));
            else if (m != null && m.kind() == Mention.Kind.NAME)
                out.putIfAbsent(o.surface(), new ResolvedName(m.key(), m.canonical(), m.type(), m.wikidata()));
        }
        return out;
    }

    /** For every token of the document, the catalog mention that covers it, or null. */
    private static Mention[] catalogByToken(AnnotatedArticle doc) {
        List<Token> tokens = doc.tokens();
        Mention[] at = new Mention[tokens.size()];
        for (Mention m : doc.mentions()) {
            int i = doc.firstTokenAtOrAfter(m.span().start());
            if (i > 0 && tokens.get(i - 1).end() > m.span().start())
                i--; // a mention inside a token: "Luxembourg" of "Luxembourg-based"
            while (i < tokens.size() && tokens.get(i).start() < m.span().end()) {
                at[i] = m;
                i++;
            }
        }
        return at;
    }

    private static Mention[] slice(Mention[] all, List<Token> tokens) {
        Mention[] out = new Mention[tokens.size()];
        System.arraycopy(all, tokens.get(0).index(), out, 0, tokens.size());
        return out;
    }
}
