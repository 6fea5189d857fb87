package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;

/**
 * Makes one event of the mentions of the same event in an article: a definite mention with no
 * participants of its own ("the lawsuit was filed in ...") joins the last event of its type;
 * events with the same key participants are one; a mention that lacks a key participant joins
 * an event whose participants contain its own.
 */
final class EventMerger {

    /** How far back, in sentences, a definite mention looks for the event it names. */
    private static final int ANAPHORA_REACH = 6;

    /** Types of speech: a second speaker makes a second event. */
    private static final Set<EventType> SPEECH_TYPES = Set.of(EventType.Accusation, EventType.Denial, EventType.Lobbying);

    private EventMerger() {}

    /** The events of the candidates, in order of first mention. */
    static List<Candidate> merge(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.hasParticipants() && !c.anaphoric && !c.implicit && !c.unnamedPeople && !c.judicial)
                continue; // "states filing suit": nothing to report, nothing to join; but "a court upheld [the ruling
                          // against Google]" names its party through the noun it acts on
            if (c.implicit && c.keyRolesFilled() > 0)
                c.implicit = false; // "took to the stage at Mobile World Congress" names its event
            Candidate target = null;
            if (c.implicit || c.anaphoric)
                target = last(out, c);
            else if (c.definite) {
                Candidate previous = last(out, c);
                if (previous != null && datesAgree(previous, c) && !disagree(previous, c))
                    target = previous;
            }
            if (c.keyRolesFilled() > 0)
                inheritDoer(out, c);
            if (target == null && !c.implicit)
                target = same(out, c);
            if (target != null) {
                target.absorb(c);
                preferNamedGathering(target);
            }
            else if (!c.implicit && (c.hasParticipants() || c.unnamedPeople || c.judicial))
                out.add(c);
        }
        return out;
    }

    /**
     * "He was further sanctioned in 2011": an event that names who undergoes it but not who does
     * it takes the doer of the last event of its type done to the same party.
     */
    private static void inheritDoer(List<Candidate> events, Candidate c) {
        String doer = null, undergoer = null;
        for (String r : c.type.keyRoles()) {
            if (RoleTypes.SPEAKING_FOR.contains(r) || RoleTypes.OTHER_DOERS.contains(r))
                doer = r;
            else
                undergoer = r;
        }
        if (doer == null || undergoer == null || c.has(doer) || c.role(undergoer).isEmpty())
            return;
        for (int i = events.size() - 1; i >= 0; i--) {
            Candidate e = events.get(i);
            if (e.type == c.type && e.has(doer) && e.role(undergoer).containsAll(c.role(undergoer))) {
                c.addAll(doer, e.role(doer));
                return;
            }
        }
    }

    /** A conference of "G7" and of "G7 summit" is the summit's. */
    private static void preferNamedGathering(Candidate c) {
        List<Entity> events = c.role("event");
        if (events.size() > 1 && events.stream().anyMatch(e -> e.type() == EntityType.NamedEvent))
            events.removeIf(e -> e.type() != EntityType.NamedEvent);
    }

    private static Candidate last(List<Candidate> events, Candidate c) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Candidate e = events.get(i);
            if (e.type == c.type && (c.implicit || c.sentence - e.lastSentence <= ANAPHORA_REACH))
                return e;
        }
        return null;
    }

    private static Candidate same(List<Candidate> events, Candidate c) {
        for (Candidate e : events)
            if (e.type == c.type && datesAgree(e, c) && (sameKeys(e, c) || overlaps(e, c) || stateAndBody(e, c))
                    && scopesAgree(e, c) && titlesAgree(e, c))
                return e;
        return null;
    }

    /**
     * One act told once of a state and once of its body ("the Philippine government issued an
     * order" and "the NTC issued an order", both yesterday, both against ABS-CBN): the same day,
     * the same party undergoing it, and a state as the one doer, a body or official as the other.
     */
    private static boolean stateAndBody(Candidate a, Candidate b) {
        if (a.date == null || !a.date.hasDay() || !a.date.equals(b.date))
            return false;
        for (String r : a.type.keyRoles()) {
            boolean doer = RoleTypes.SPEAKING_FOR.contains(r) || RoleTypes.OTHER_DOERS.contains(r);
            List<Entity> x = a.role(r), y = b.role(r);
            if (x.isEmpty() || y.isEmpty())
                return false;
            if (doer ? !(onlyStates(x) ^ onlyStates(y)) : java.util.Collections.disjoint(x, y))
                return false;
        }
        return true;
    }

    private static boolean onlyStates(List<Entity> es) {
        return es.stream().allMatch(e -> e.type() == EntityType.Country);
    }

    /** Posts of one person are one appointment only when their titles agree: "governor" is not "secretary of state". */
    private static boolean titlesAgree(Candidate a, Candidate b) {
        List<String> x = a.phrases.getOrDefault("title", List.of()), y = b.phrases.getOrDefault("title", List.of());
        if (x.isEmpty() || y.isEmpty())
            return true;
        for (String s : x)
            for (String t : y) {
                String u = bareTitle(s), v = bareTitle(t);
                if (u.contains(v) || v.contains(u))
                    return true;
            }
        return false;
    }

    private static String bareTitle(String title) {
        return title.toLowerCase().replaceFirst("^(the|a|an|his|her|its|their)\\s+", "").strip();
    }

    /** Bans of no named party are one only when what they ban is the same: "the niqab" is not "the hijab". */
    private static boolean scopesAgree(Candidate a, Candidate b) {
        List<String> x = a.phrases.getOrDefault("scope", List.of()), y = b.phrases.getOrDefault("scope", List.of());
        if (x.isEmpty() || y.isEmpty() || a.has("target") && b.has("target"))
            return true;
        for (String s : x)
            for (String t : y)
                if (sharesWord(s, t))
                    return true;
        return false;
    }

    private static boolean sharesWord(String a, String b) {
        Set<String> words = new HashSet<>(List.of(a.toLowerCase().split("\\W+")));
        for (String w : b.toLowerCase().split("\\W+"))
            if (w.length() > 3 && words.contains(w))
                return true;
        return false;
    }

    private static boolean datesAgree(Candidate a, Candidate b) {
        return a.date == null || b.date == null || a.date.isCompatibleWith(b.date);
    }

    /**
     * Every key role names the same entities in both, or one names some of the other's ("the US"
     * and "the US Department of Transportation and the US"; not for what people say, where each
     * speaker's accusation is its own), and some key role names any.
     */
    private static boolean sameKeys(Candidate a, Candidate b) {
        boolean any = false;
        for (String r : a.type.keyRoles()) {
            Set<Entity> x = new HashSet<>(a.role(r)), y = new HashSet<>(b.role(r));
            boolean shared = !SPEECH_TYPES.contains(a.type) && !x.isEmpty() && !y.isEmpty()
                    && (x.containsAll(y) || y.containsAll(x));
            if (!x.equals(y) && !shared && !(r.equals("event") && sameGathering(x, y)))
                return false;
            any |= !x.isEmpty();
        }
        return any;
    }

    /** "G7" and "G7 summit": a gathering named after the body that holds it is that body's meeting. */
    private static boolean sameGathering(Set<Entity> x, Set<Entity> y) {
        for (Entity a : x)
            for (Entity b : y)
                if (namedAfter(a, b) || namedAfter(b, a))
                    return true;
        return false;
    }

    private static boolean namedAfter(Entity gathering, Entity body) {
        String name = " " + gathering.name().toLowerCase() + " ";
        List<String> names = new ArrayList<>(body.aliases());
        names.add(body.name());
        for (String n : names)
            if (n.length() >= 2 && !n.equalsIgnoreCase(gathering.name()) && name.contains(" " + n.toLowerCase() + " "))
                return true;
        return false;
    }

    /**
     * In one sentence: no key role disagrees, or some key role names the same entities in both
     * ("Bolsonaro opposed Macron's statement: 'the French president's suggestion ...'"). Across
     * sentences: no key role disagrees, one lacks a key participant, and they share a participant
     * in the same role.
     */
    private static boolean overlaps(Candidate a, Candidate b) {
        if (a.sentence == b.sentence)
            return !disagree(a, b) || sameInSomeKeyRole(a, b);
        int keys = a.type.keyRoles().size();
        boolean partial = a.keyRolesFilled() < keys || b.keyRolesFilled() < keys;
        if (!partial || disagree(a, b) || a.type == EventType.Accusation)
            return false;
        for (var role : a.entities.entrySet())
            for (Entity e : role.getValue())
                if (b.role(role.getKey()).contains(e))
                    return true;
        return false;
    }

    private static boolean sameInSomeKeyRole(Candidate a, Candidate b) {
        for (String r : a.type.keyRoles())
            if (!a.role(r).isEmpty() && new HashSet<>(a.role(r)).equals(new HashSet<>(b.role(r))))
                return true;
        return false;
    }

    /** Whether some key role names entities in both and they share none. */
    private static boolean disagree(Candidate a, Candidate b) {
        for (String r : a.type.keyRoles()) {
            List<Entity> x = a.role(r), y = b.role(r);
            if (x.isEmpty() || y.isEmpty())
                continue;
            boolean meet = false;
            for (Entity e : x)
                meet |= y.contains(e);
            if (!meet)
                return true;
        }
        return false;
    }
}
