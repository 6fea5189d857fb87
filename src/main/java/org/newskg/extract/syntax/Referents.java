package org.newskg.extract.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;

/**
 * The entities of one article by position, and what a pronoun ("he", "its") or a description
 * ("the firm", "the court") refers to. A mention that the entity layer resolved covers the word
 * wins; otherwise a subject pronoun goes to the most prominent (first) fitting name of its
 * sentence or the sentences before, a possessive to the nearest fitting name, and a description
 * to the nearest earlier entity of its kind. A lone surname ("Guo" after "Guo Ping") counts as a
 * mention of its person; an unknown capitalised name before a personal pronoun leaves it
 * unresolved, since the pronoun may well mean that person.
 */
public final class Referents {

    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself", "they", "them", "their", "themselves");
    private static final Set<String> POSSESSIVE = Set.of("his", "its", "their", "hers");
    /** Personal pronouns that are subjects: "wrote to Lam asking <b>her</b>" may well mean the one written to. */
    private static final Set<String> SUBJECTS = Set.of("he", "she");
    private static final int SENTENCES_BACK = 5;
    private static final int DESCRIPTION_SENTENCES_BACK = 8;

    /** Nouns that describe an entity already named, with the kinds they fit. */
    private static final Map<String, Predicate<Entity>> DESCRIPTIONS = Map.ofEntries(
            Map.entry("company", type(EntityType.Company)), Map.entry("firm", type(EntityType.Company)),
            Map.entry("carrier", type(EntityType.Company)), Map.entry("airline", type(EntityType.Company)),
            Map.entry("bank", type(EntityType.Company)), Map.entry("lender", type(EntityType.Company)),
            Map.entry("manufacturer", type(EntityType.Company)), Map.entry("maker", type(EntityType.Company)),
            Map.entry("giant", type(EntityType.Company)), Map.entry("operator", type(EntityType.Company)),
            Map.entry("retailer", type(EntityType.Company)), Map.entry("conglomerate", type(EntityType.Company)),
            Map.entry("corporation", type(EntityType.Company)), Map.entry("enterprise", type(EntityType.Company)),
            Map.entry("supplier", type(EntityType.Company)), Map.entry("vendor", type(EntityType.Company)),
            Map.entry("court", Referents::isCourt), Map.entry("tribunal", Referents::isCourt),
            Map.entry("agency", type(EntityType.GovernmentBody)), Map.entry("ministry", type(EntityType.GovernmentBody)),
            Map.entry("department", type(EntityType.GovernmentBody)), Map.entry("regulator", type(EntityType.GovernmentBody)),
            Map.entry("watchdog", type(EntityType.GovernmentBody)),
            Map.entry("country", type(EntityType.Country)), Map.entry("nation", type(EntityType.Country)),
            Map.entry("alliance", type(EntityType.InternationalOrganization)),
            Map.entry("bloc", type(EntityType.InternationalOrganization)),
            Map.entry("organisation", e -> e.type() == EntityType.Organization || e.type() == EntityType.InternationalOrganization),
            Map.entry("organization", e -> e.type() == EntityType.Organization || e.type() == EntityType.InternationalOrganization),
            Map.entry("newspaper", type(EntityType.Organization)), Map.entry("broadcaster", type(EntityType.Organization)),
            Map.entry("network", e -> e.type() == EntityType.Company || e.type() == EntityType.Organization),
            Map.entry("chain", type(EntityType.Company)),
            Map.entry("embassy", e -> e.type() != EntityType.Person && e.name().toLowerCase(java.util.Locale.ROOT).contains("embassy")),
            Map.entry("commission", type(EntityType.GovernmentBody)),
            Map.entry("militia", type(EntityType.Organization)),
            Map.entry("startup", type(EntityType.Company)), Map.entry("insurer", type(EntityType.Company)),
            Map.entry("automaker", type(EntityType.Company)), Map.entry("carmaker", type(EntityType.Company)),
            Map.entry("website", e -> e.type() == EntityType.Product || e.type() == EntityType.Organization || e.type() == EntityType.Company));

    /** Where an entity is named: a resolved mention, or a lone surname of a person named in full. */
    private record Spot(int start, int end, Entity entity, boolean demonym) {}

    private final AnnotatedArticle doc;
    private final List<Mention> mentions;
    private final List<Spot> spots = new ArrayList<>();
    private final Map<String, List<Entity>> peopleByNamePart = new HashMap<>();

    public Referents(AnnotatedArticle doc) {
        this.doc = doc;
        List<Mention> resolved = new ArrayList<>();
        for (Mention m : doc.mentions())
            if (doc.entityOf(m) != null)
                resolved.add(m);
        resolved.sort(Comparator.comparing(Mention::span));
        this.mentions = resolved;
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.Person)
                continue;
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String name : names) // "Mohammad" after "Mohammed bin Salman", whose alias spells it so
                for (String part : name.split(" "))
                    if (part.length() > 2 && Character.isUpperCase(part.charAt(0))) {
                        List<Entity> people = peopleByNamePart.computeIfAbsent(part, k -> new ArrayList<>());
                        if (!people.contains(e))
                            people.add(e);
                    }
        }
        for (Mention m : resolved)
            spots.add(new Spot(m.span().start(), m.span().end(), doc.entityOf(m), m.kind() == Mention.Kind.DEMONYM));
        if (!peopleByNamePart.isEmpty())
            for (Token t : doc.tokens()) {
                if (!peopleByNamePart.containsKey(t.text()) || insideMention(t.start()))
                    continue;
                Entity person = personByNamePart(t.text(), t.start());
                if (person != null)
                    spots.add(new Spot(t.start(), t.end(), person, false));
            }
        spots.sort(Comparator.comparingInt(Spot::start));
    }

    public AnnotatedArticle doc() {
        return doc;
    }

    /**
     * The person named earlier in full whom a lone surname or given name at {@code offset}
     * refers to ("Guo" after "Guo Ping"), or {@code null}: the one named last before it.
     */
    public Entity personByNamePart(String word, int offset) {
        List<Entity> candidates = peopleByNamePart.get(word);
        if (candidates == null)
            return null;
        Entity best = null;
        int bestStart = -1;
        for (Entity e : candidates)
            for (var span : e.mentions())
                if (span.start() < offset && span.start() > bestStart) {
                    best = e;
                    bestStart = span.start();
                }
        return best;
    }

    /** The resolved mentions that start in {@code [start, end)}, in order. */
    public List<Mention> mentionsIn(int start, int end) {
        int i = firstMentionAtOrAfter(start);
        List<Mention> out = new ArrayList<>();
        for (; i < mentions.size() && mentions.get(i).span().start() < end; i++)
            out.add(mentions.get(i));
        return out;
    }

    /** The entity of a mention; a subject pronoun the entity layer gave to the one spoken to is read again. */
    public Entity entityOf(Mention m) {
        Entity e = doc.entityOf(m);
        String w = m.surface().toLowerCase();
        if (e != null && m.kind() == Mention.Kind.PRONOUN && SUBJECTS.contains(w) && onlySpokenTo(e, m.span().start()))
            return search(w, m.span().start());
        return e;
    }

    /** Whether the noun can describe an entity already named ("the firm", "the crown prince"). */
    public static boolean isDescription(String lower) {
        return DESCRIPTIONS.containsKey(lower) || Words.OFFICES.contains(lower);
    }

    /** The entity a pronoun at {@code offset} refers to, or {@code null}. */
    public Entity pronoun(String lower, int offset) {
        Entity covered = covering(offset);
        if (covered != null && !(SUBJECTS.contains(lower) && onlySpokenTo(covered, offset)))
            return covered;
        return search(lower, offset);
    }

    /** The entity a pronoun refers to by this class's own reading, whatever the entity layer said. */
    private Entity search(String lower, int offset) {
        boolean person = PERSONAL.contains(lower);
        Predicate<Entity> fits = person ? type(EntityType.Person)
                : NEUTER.contains(lower) ? e -> e.type().isActor() && e.type() != EntityType.Person : null;
        Sentence s = doc.sentenceAt(offset);
        if (fits == null || s == null)
            return null;
        boolean nearest = POSSESSIVE.contains(lower);
        for (int k = s.index(); k >= 0 && k >= s.index() - SENTENCES_BACK; k--) {
            Sentence sk = doc.sentences().get(k);
            int start = sk.span().start(), end = k == s.index() ? offset : sk.span().end();
            List<Spot> candidates = spotsIn(start, end);
            if (!nearest && k == s.index()) // "Speaking to Martin Smith of PBS, he said": the one spoken to is not "he"
                candidates.removeIf(this::afterPreposition);
            Spot found = pick(candidates, fits, nearest);
            // "Honcharuk filed his resignation": a name the entity layer did not know may be the one meant
            boolean unknown = person && k == s.index() && (found == null ? unknownNameIn(start, end)
                    : nearest ? unknownNameIn(found.end(), end) : unknownNameIn(start, found.start()));
            if (unknown)
                return null;
            if (found != null)
                return found.entity();
        }
        return null;
    }

    /**
     * Whether the entity is named in the pronoun's sentence only as the object of a preposition
     * before it ("Speaking to Martin Smith of PBS, he said"), where a subject pronoun does not
     * refer to it.
     */
    private boolean onlySpokenTo(Entity e, int offset) {
        Sentence s = doc.sentenceAt(offset);
        boolean named = false;
        for (Spot sp : spotsIn(s.span().start(), offset)) {
            if (!sp.entity().equals(e))
                continue;
            if (!afterPreposition(sp))
                return false;
            named = true;
        }
        return named;
    }

    /** Prepositions whose object a subject pronoun later in the sentence does not refer to. */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "with", "by", "from", "for", "about", "against");

    /** Whether the word before the spot is a preposition: "speaking <b>to</b> Martin Smith". */
    private boolean afterPreposition(Spot sp) {
        int i = doc.firstTokenAtOrAfter(sp.start()) - 1;
        return i >= 0 && OBJECT_PREPOSITIONS.contains(doc.tokens().get(i).text().toLowerCase());
    }

    /** The entity a description such as "the firm" at {@code offset} refers to, or {@code null}. */
    public Entity description(String noun, int offset) {
        Entity covered = covering(offset);
        if (covered != null)
            return covered;
        Predicate<Entity> fits = DESCRIPTIONS.containsKey(noun) ? DESCRIPTIONS.get(noun) : holds(noun);
        Sentence s = doc.sentenceAt(offset);
        if (fits == null || s == null)
            return null;
        int back = DESCRIPTIONS.containsKey(noun) ? DESCRIPTION_SENTENCES_BACK : s.index(); // a post names its holder anywhere
        int from = doc.sentences().get(Math.max(0, s.index() - back)).span().start();
        Spot found = pick(spotsIn(from, offset), fits, true);
        return found == null ? null : found.entity();
    }

    private static Spot pick(List<Spot> candidates, Predicate<Entity> fits, boolean nearest) {
        Spot found = null;
        for (Spot sp : candidates) {
            if (sp.demonym() || !fits.test(sp.entity()))
                continue;
            found = sp;
            if (!nearest)
                return found;
        }
        return found;
    }

    private List<Spot> spotsIn(int start, int end) {
        List<Spot> out = new ArrayList<>();
        for (int i = firstSpotAtOrAfter(start); i < spots.size() && spots.get(i).start() < end; i++)
            out.add(spots.get(i));
        return out;
    }

    /**
     * Whether a capitalised word that names no known entity and is no common word stands in
     * {@code [from, to)}, other than a sentence's first word with no verb after it.
     */
    private boolean unknownNameIn(int from, int to) {
        List<Token> tokens = doc.tokens();
        int end = doc.firstTokenAtOrAfter(to);
        for (int i = doc.firstTokenAtOrAfter(from); i < end; i++) {
            Token t = tokens.get(i);
            String text = t.text();
            if (text.length() < 3 || !Character.isUpperCase(text.charAt(0)) || !Character.isLowerCase(text.charAt(1)))
                continue;
            if (insideSpot(t.start()) || Words.isCommon(text.toLowerCase()))
                continue;
            Sentence s = doc.sentenceAt(t.start());
            boolean first = s != null && t.start() == s.span().start();
            boolean verbNext = i + 1 < tokens.size() && Words.isVerb(tokens.get(i + 1).text().toLowerCase());
            if (!first || verbNext)
                return true;
        }
        return false;
    }

    private Entity covering(int offset) {
        int i = firstMentionAtOrAfter(offset);
        if (i < mentions.size() && mentions.get(i).span().start() == offset)
            return doc.entityOf(mentions.get(i));
        return null;
    }

    private boolean insideMention(int offset) {
        int i = firstMentionAtOrAfter(offset + 1) - 1;
        return i >= 0 && mentions.get(i).span().start() <= offset && offset < mentions.get(i).span().end();
    }

    private boolean insideSpot(int offset) {
        int i = firstSpotAtOrAfter(offset + 1) - 1;
        return i >= 0 && spots.get(i).start() <= offset && offset < spots.get(i).end();
    }

    private int firstMentionAtOrAfter(int offset) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private int firstSpotAtOrAfter(int offset) {
        int lo = 0, hi = spots.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spots.get(mid).start() < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /** Whether the entity is a court: a body whose name says court or tribunal (the ICJ is a body of states). */
    public static boolean isCourt(Entity e) {
        if (e.type() != EntityType.GovernmentBody && e.type() != EntityType.InternationalOrganization)
            return false;
        String n = e.name().toLowerCase();
        return n.contains("court") || n.contains("tribunal");
    }

    /** People whose post, as the roles layer read it, ends in the office: "the crown prince". */
    private Predicate<Entity> holds(String office) {
        List<Entity> holders = new ArrayList<>();
        for (var r : doc.roles())
            if (r.title() != null && r.title().toLowerCase().endsWith(office) && !holders.contains(r.person()))
                holders.add(r.person());
        return holders::contains;
    }

    private static Predicate<Entity> type(EntityType t) {
        return e -> e.type() == t;
    }
}
