package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.fact.Argument;
import org.newskg.fact.Entity;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Evidence;
import org.newskg.fact.Modality;
import org.newskg.fact.PartialDate;

/**
 * An event as it is being read: its roles fill up as mentions of it are found, and mentions of
 * the same event merge. Becomes an {@link Event} at the end.
 */
final class Candidate {

    final EventType type;
    final int sentence;
    /** The sentence of the latest mention merged into this event. */
    int lastSentence;
    final Evidence evidence;
    final Map<String, List<Entity>> entities = new LinkedHashMap<>();
    final Map<String, List<String>> phrases = new LinkedHashMap<>();
    /** The bodies and states that came with an official rather than being named in the role. */
    final java.util.Set<Entity> brought = new java.util.HashSet<>();
    PartialDate date;
    Entity place;
    Modality modality = Modality.asserted;
    double confidence;
    /** A definite mention ("the lawsuit") with no key participants of its own: it names an earlier event. */
    boolean anaphoric;
    /** A role found for an event named elsewhere ("took to the stage"): it joins the last event of its type. */
    boolean implicit;
    /** Named by a definite phrase ("this legal action"): it may be an event already named. */
    boolean definite;
    /** Named, not stated ("Mobile World Congress", "X vs. Y"): the modality of a mention that states it wins. */
    boolean named;
    /** Someone is put out of a post ("ousted", "fired"): it says nothing unless the post or body is named. */
    boolean dismissal;
    /** An international body is the one that meets: "G7 was scheduled to meet" names its summit. */
    boolean bodyMeets;
    /** Its subject sells the target ("Tesco sold its chain"): an acquisition with no named buyer. */
    boolean sold;
    /** Done by the doer to itself ("investigating itself"): the doer stays in the other role. */
    boolean reflexive;
    /** Done to people the article does not name: "more than 1000 people have been arrested". */
    boolean unnamedPeople;
    /** Something unnamed is investigated: "the FBI is investigating the shooting". */
    boolean unnamedTarget;
    /** Done by a court, named or not: "a jury convicted X", "X was sentenced to ten years". */
    boolean judicial;

    Candidate(EventType type, int sentence, Evidence evidence, double confidence) {
        this.type = type;
        this.sentence = sentence;
        this.lastSentence = sentence;
        this.evidence = evidence;
        this.confidence = confidence;
    }

    void add(String role, Entity e) {
        if (e == null)
            return;
        List<Entity> list = entities.computeIfAbsent(role, r -> new ArrayList<>());
        if (!list.contains(e))
            list.add(e);
    }

    void addAll(String role, List<Entity> es) {
        es.forEach(e -> add(role, e));
    }

    void addPhrase(String role, String phrase) {
        if (phrase == null || phrase.isBlank())
            return;
        List<String> list = phrases.computeIfAbsent(role, r -> new ArrayList<>());
        if (!list.contains(phrase))
            list.add(phrase);
    }

    List<Entity> role(String role) {
        return entities.getOrDefault(role, List.of());
    }

    boolean has(String role) {
        return !role(role).isEmpty() || phrases.containsKey(role);
    }

    /** The number of key roles that name at least one entity. */
    int keyRolesFilled() {
        int n = 0;
        for (String r : type.keyRoles())
            if (!role(r).isEmpty())
                n++;
        return n;
    }

    /** Whether this event has any participant at all. */
    boolean hasParticipants() {
        for (List<Entity> l : entities.values())
            if (!l.isEmpty())
                return true;
        return false;
    }

    /** Drops from other roles whoever does the event: the US does not ban itself. */
    void dropSelfTargets() {
        if (reflexive)
            return;
        List<String> roles = List.copyOf(entities.keySet());
        for (String doer : roles) {
            if (!RoleTypes.SPEAKING_FOR.contains(doer) && !RoleTypes.OTHER_DOERS.contains(doer))
                continue;
            for (String other : roles)
                if (!other.equals(doer) && entities.get(other) != null)
                    entities.get(other).removeAll(role(doer));
        }
        if (entities.containsKey("against"))
            entities.get("against").removeAll(role("target")); // "called on the US to end its wars"
        entities.values().removeIf(List::isEmpty);
    }

    /** Takes in another mention of the same event: its participants, and what this one lacks. */
    void absorb(Candidate other) {
        boolean asFull = other.keyRolesFilled() >= keyRolesFilled() && other.modality == modality; // not "a plan to increase sanctions"
        other.entities.forEach(this::addAll);
        other.phrases.forEach((r, ps) -> {
            if (!phrases.containsKey(r))
                ps.forEach(p -> addPhrase(r, p));
        });
        if (named && !other.named) {
            modality = other.modality;
            named = false;
        }
        if (!other.implicit && (date == null || other.date != null && asFull && finer(other.date, date)))
            date = other.date; // "took to the stage on Tuesday" dates the speech, not the congress
        if (place == null)
            place = other.place;
        confidence = Math.max(confidence, other.confidence);
        reflexive |= other.reflexive;
        judicial |= other.judicial;
        unnamedTarget |= other.unnamedTarget;
        sold |= other.sold;
        lastSentence = Math.max(lastSentence, other.lastSentence);
    }

    /** Whether {@code a} says the same time as {@code b} more exactly: "on August 2" after "last week". */
    private static boolean finer(PartialDate a, PartialDate b) {
        boolean moreExact = a.hasDay() && !b.hasDay() || a.hasMonth() && !b.hasMonth();
        return moreExact && a.isCompatibleWith(b);
    }

    Event toEvent(String extractor) {
        Map<String, List<Argument>> participants = new LinkedHashMap<>();
        for (String role : roleOrder()) {
            List<Argument> args = new ArrayList<>();
            for (Entity e : role(role))
                args.add(Argument.of(e));
            for (String p : phrases.getOrDefault(role, List.of()))
                args.add(Argument.of(p));
            if (!args.isEmpty())
                participants.put(role, args);
        }
        return new Event(type, participants, date, place, modality, evidence, Math.round(confidence * 100) / 100.0,
                extractor);
    }

    private List<String> roleOrder() {
        List<String> order = new ArrayList<>(type.keyRoles());
        order.addAll(type.otherRoles());
        return order;
    }

    @Override
    public String toString() {
        return type + " " + entities + " " + phrases + " " + date + " " + modality + (anaphoric ? " (anaphoric)" : "");
    }
}
