package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.Mention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Span;

/**
 * Adds the pronouns ("he", "its") and descriptions ("the firm", "the Luxembourg-based court",
 * "the president") that refer to the article's entities, as mentions of kind PRONOUN and
 * DESCRIPTION with the key of the entity they refer to, so {@link AnnotatedArticle#entityOf}
 * resolves them. They make no entity and no alias.
 *
 * <p>A pronoun refers to a person (by gender where known) named in the last sentences, preferring
 * the subject for a pronoun that opens a sentence; "it" refers to the last thing named that is no
 * person or place (a company, a state, a product) in this or the sentence before, "its" to the
 * last organisation or state. A description refers to
 * the entity last named with its head word ("the court" after "European Court of Justice"), or
 * last described with it ("the airline" after "Iranian airline Mahan Air"), or else the entity
 * of its kind in focus ("the company").
 */
public final class Coreference implements Extractor {

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    /** Words after "it" that make it a dummy subject: "it is possible". */
    private static final Set<String> DUMMY_IT = Set.of("is", "was", "'s", "’s", "seems", "seemed", "appears",
            "appeared", "remains", "became", "becomes", "takes", "took");
    private static final Set<String> DETERMINERS = Set.of("the", "The", "this", "This", "that", "That");
    /** Description heads by the kind of entity they refer to when nothing more specific is known. */
    private static final Map<String, Predicate<Entity>> HEADS = new HashMap<>();

    static {
        Predicate<Entity> company = e -> e.type() == EntityType.Company;
        Predicate<Entity> org = e -> e.type() == EntityType.Organization || e.type() == EntityType.InternationalOrganization;
        Predicate<Entity> gov = e -> e.type() == EntityType.GovernmentBody;
        Predicate<Entity> country = e -> e.type() == EntityType.Country;
        for (String h : List.of("firm", "company", "carmaker", "automaker", "maker", "manufacturer", "airline",
                "carrier", "bank", "lender", "insurer", "operator", "retailer", "giant", "conglomerate", "chipmaker",
                "startup", "start-up", "enterprise", "corporation", "supplier", "vendor", "provider", "developer",
                "subsidiary", "group", "business", "brand", "telecom", "telco", "broadcaster", "platform", "network"))
            HEADS.put(h, company);
        for (String h : List.of("newspaper", "daily", "paper", "agency", "site", "website", "magazine", "outlet",
                "organisation", "organization", "charity", "party", "union", "alliance", "bloc", "university",
                "institute", "foundation", "association", "watchdog"))
            HEADS.put(h, org);
        for (String h : List.of("court", "tribunal", "ministry", "department", "regulator", "commission", "parliament",
                "legislature", "police", "army", "military", "bureau", "office"))
            HEADS.put(h, gov);
        for (String h : List.of("country", "nation", "government", "administration", "kingdom", "republic", "state"))
            HEADS.put(h, country);
    }

    private final Lexicon lexicon;

    public Coreference(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "coreference";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ENTITIES);
    }

    /** A name read so far: the mention, its sentence and its place in it. */
    private record Seen(Mention mention, int sentence, int position) {}

    @Override
    public void extract(AnnotatedArticle doc) {
        MentionIndex index = MentionIndex.of(doc);
        Focus focus = new Focus(doc);
        List<Seen> people = new ArrayList<>();
        List<Seen> things = new ArrayList<>();
        Map<String, Mention> described = new HashMap<>();
        Map<Mention, Lexicon.Gender> genders = new HashMap<>();
        List<Mention> added = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s);
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                Mention m = index.at(t.index());
                if (m != null) {
                    if (index.startsAt(t.index()))
                        remember(doc, tokens, k, index, m, s.index(), people, things, described, genders);
                    continue;
                }
                String w = t.text().toLowerCase(Locale.ROOT);
                Mention ref = null;
                int end = k + 1;
                if (MALE.contains(w) || FEMALE.contains(w)) {
                    Lexicon.Gender g = MALE.contains(w) ? Lexicon.Gender.MALE : Lexicon.Gender.FEMALE;
                    ref = person(people, g, genders, s.index(), NameFinder.isClauseInitial(tokens, k));
                } else if (NEUTER.contains(w) && !(w.equals("it") && k + 1 < tokens.size()
                        && DUMMY_IT.contains(tokens.get(k + 1).text()))) {
                    boolean actor = !w.equals("it");
                    ref = opensClause(tokens, k) ? subject(things, s.index(), actor) : null;
                    if (ref == null)
                        ref = actor ? recent(things, s.index() - 2, true) : recent(things, s.index() - 1, false);
                } else if (DETERMINERS.contains(t.text()) && inApposition(tokens, k, index) && statePossessive(tokens, k)) {
                    ref = focus.before(t.start(), HEADS.get("country")); // "Sberbank, the country's biggest bank"
                    end = k + 2;
                } else if (DETERMINERS.contains(t.text()) && !inApposition(tokens, k, index)) {
                    int head = descriptionHead(tokens, k, index);
                    if (head > k) {
                        ref = describe(tokens.get(head).text(), t.start(), things, described, focus);
                        end = head + 1;
                    }
                }
                if (ref != null) {
                    Span span = new Span(t.start(), tokens.get(end - 1).end());
                    Mention.Kind kind = end - k == 1 ? Mention.Kind.PRONOUN : Mention.Kind.DESCRIPTION;
                    added.add(new Mention(span, doc.text(span), ref.type(), ref.key(), ref.canonical(), ref.wikidata(),
                            name(), kind));
                    k = end - 1;
                }
            }
        }
        added.forEach(doc::addMention);
    }

    /** Notes a name: its gender for a person, and the nouns that describe it ("Iranian airline Mahan Air"). */
    private void remember(AnnotatedArticle doc, List<Token> tokens, int k, MentionIndex index, Mention m, int sentence,
                          List<Seen> people, List<Seen> things, Map<String, Mention> described,
                          Map<Mention, Lexicon.Gender> genders) {
        Entity e = doc.entityOf(m);
        if (e.type() == EntityType.Person) {
            people.add(new Seen(m, sentence, k));
            Lexicon.Gender g = gender(e.name(), k > 0 ? tokens.get(k - 1).text() : "");
            genders.put(m, g != Lexicon.Gender.UNKNOWN ? g : Kinship.of(tokens, k, index, m));
        } else if (!attributive(tokens, k, m)) {
            things.add(new Seen(m, sentence, k));
        }
        if (k > 0) {
            String w = tokens.get(k - 1).text();
            if (HEADS.containsKey(w) || lexicon.isTitleHead(w))
                described.put(w.toLowerCase(Locale.ROOT), m); // "Iranian airline Mahan Air", "President Trump"
        }
        int end = k;
        while (end < tokens.size() && index.at(tokens.get(end).index()) == m)
            end++;
        if (end + 2 < tokens.size() && tokens.get(end).text().equals(",")
                && Set.of("a", "an", "the").contains(tokens.get(end + 1).text())) {
            for (int a = end + 2; a < Math.min(tokens.size(), end + 6); a++) {
                String w = tokens.get(a).text();
                if (HEADS.containsKey(w) || lexicon.isTitleHead(w)) {
                    described.put(w, m);
                    break;
                }
            }
        }
    }

    /**
     * Whether the mention is a demonym of one word before a noun ("Chinese company Huawei", "74
     * Malaysian stores"): an adjective, which "it" and "its" never refer to.
     */
    private static boolean attributive(List<Token> tokens, int k, Mention m) {
        return m.kind() == Mention.Kind.DEMONYM && k + 1 < tokens.size() && tokens.get(k + 1).start() >= m.span().end()
                && Shape.isWord(tokens.get(k + 1).text());
    }

    private Lexicon.Gender gender(String name, String before) {
        if (Shape.FEMALE_HONORIFICS.contains(before))
            return Lexicon.Gender.FEMALE;
        if (Shape.HONORIFICS.contains(before) && (before.startsWith("Mr") || before.equals("Sir") || before.equals("Lord")))
            return Lexicon.Gender.MALE;
        return lexicon.gender(name.split(" ")[0]);
    }

    /**
     * The person a pronoun refers to: of its gender (or unknown gender), named in this or the two
     * sentences before; the first one of the latest such sentence when the pronoun opens a
     * sentence, else the nearest.
     */
    private static Mention person(List<Seen> people, Lexicon.Gender g, Map<Mention, Lexicon.Gender> genders,
                                  int sentence, boolean opens) {
        Seen best = null;
        Seen female = null;
        for (int i = people.size() - 1; i >= 0; i--) {
            Seen p = people.get(i);
            if (p.sentence() < sentence - 2)
                break;
            Lexicon.Gender pg = genderOf(p.mention(), genders);
            if (pg != Lexicon.Gender.UNKNOWN && pg != g)
                continue;
            if (female == null && pg == Lexicon.Gender.FEMALE)
                female = p;
            if (best == null)
                best = p;
            else if (opens && p.sentence() == best.sentence())
                best = p; // keep walking back to the first of that sentence
            else if (female != null)
                break;
        }
        if (female != null && g == Lexicon.Gender.FEMALE)
            return female.mention(); // "Meng, the daughter of Ren Zhengfei, ... release her": a woman known to be one
        return best == null ? null : best.mention();
    }

    /** A person's gender as any mention of them showed it ("Meng, the daughter of ..." makes every "Meng" a woman). */
    private static Lexicon.Gender genderOf(Mention m, Map<Mention, Lexicon.Gender> genders) {
        Lexicon.Gender own = genders.get(m);
        if (own != Lexicon.Gender.UNKNOWN)
            return own;
        for (Map.Entry<Mention, Lexicon.Gender> e : genders.entrySet())
            if (e.getValue() != Lexicon.Gender.UNKNOWN && e.getKey().key().equals(m.key()))
                return e.getValue();
        return own;
    }

    /**
     * The thing named last, not before sentence {@code since}: "it" looks one sentence back for
     * anything but a place, "its" two sentences back for an organisation or state (things own
     * little: "its Mate X" is the company's).
     */
    private static Mention recent(List<Seen> things, int since, boolean actor) {
        for (int i = things.size() - 1; i >= 0; i--) {
            Seen t = things.get(i);
            if (t.sentence() < since)
                break;
            EntityType type = t.mention().type();
            if (type != EntityType.Location && (!actor || type.isActor()))
                return t.mention();
        }
        return null;
    }

    /** Words after which a pronoun opens a clause of its own, whose subject is likely the sentence's. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "that", "because", "while", "as", ";",
            "although", "though", "since", "so");

    private static boolean opensClause(List<Token> tokens, int k) {
        return k > 0 && CLAUSE_OPENERS.contains(tokens.get(k - 1).text());
    }

    /**
     * The subject of the sentence for a pronoun that opens a clause: the first thing named in it
     * ("Huawei sued the US, announcing that it filed", "Boeing is working with NASA and its
     * Starliner"), or null when the sentence names none.
     */
    private static Mention subject(List<Seen> things, int sentence, boolean actor) {
        Mention first = null;
        for (int i = things.size() - 1; i >= 0 && things.get(i).sentence() == sentence; i--) {
            EntityType type = things.get(i).mention().type();
            if (type != EntityType.Location && (!actor || type.isActor()))
                first = things.get(i).mention();
        }
        return first;
    }

    /** "Eva Glawischnig-Piesczek, the then chair": a description in apposition is a title, not a reference. */
    /** "Sberbank, the country's biggest bank": a state's possessive inside an apposition still refers to the state. */
    private static boolean statePossessive(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && STATE_NOUNS.contains(tokens.get(k + 1).text())
                && (tokens.get(k + 2).text().equals("'s") || tokens.get(k + 2).text().equals("’s"));
    }

    private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "kingdom", "republic");

    private static boolean inApposition(List<Token> tokens, int k, MentionIndex index) {
        return k >= 2 && tokens.get(k - 1).text().equals(",") && index.at(tokens.get(k - 2).index()) != null;
    }

    /**
     * The token of the head noun of a description that starts with the determiner at {@code k}
     * ("the firm", "the Luxembourg-based court", "the Chinese company"), or -1. A description
     * followed by a name or by "of" is an apposition or a phrase of its own, not a reference.
     */
    private int descriptionHead(List<Token> tokens, int k, MentionIndex index) {
        for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
            Token t = tokens.get(j);
            String w = t.text();
            Mention m = index.at(t.index());
            if (m != null && m.kind() != Mention.Kind.DEMONYM && !w.contains("-"))
                return -1;
            if (m == null && (HEADS.containsKey(w) || (lexicon.isTitleHead(w) && Character.isLowerCase(w.charAt(0))))) {
                if (j + 1 < tokens.size()) {
                    String next = tokens.get(j + 1).text();
                    Mention named = index.at(tokens.get(j + 1).index());
                    if (next.equals("of") || Shape.isNameLike(next) || named != null && named.kind().names()
                            || next.equals("'s") && HEADS.get(w) == null)
                        return -1;
                }
                return j;
            }
            if (!Shape.isWord(w) || (m == null && !Character.isLowerCase(w.codePointAt(0))))
                return -1;
        }
        return -1;
    }

    /** What a description with this head refers to, or null. */
    private static Mention describe(String head, int offset, List<Seen> things, Map<String, Mention> described,
                                    Focus focus) {
        Mention named = null;
        String capital = Character.toUpperCase(head.charAt(0)) + head.substring(1);
        for (int i = things.size() - 1; i >= 0 && named == null; i--) {
            Mention m = things.get(i).mention();
            if ((" " + m.canonical() + " ").contains(" " + capital + " "))
                named = m;
        }
        Mention byNoun = described.get(head);
        if (named != null && byNoun != null)
            return named.span().start() > byNoun.span().start() ? named : byNoun;
        if (named != null || byNoun != null)
            return named != null ? named : byNoun;
        Predicate<Entity> kind = HEADS.get(head);
        if (kind == null)
            return null; // a title ("the president") refers only to someone given that title
        return focus.before(offset, kind);
    }
}
