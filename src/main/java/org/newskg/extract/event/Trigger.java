package org.newskg.extract.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.fact.EventType;

/**
 * A word or phrase that states an event, and the role each slot around it fills (see
 * {@code triggers.txt}).
 *
 * @param verb         a verb trigger (else a noun)
 * @param words        the trigger's words, lower-cased
 * @param slots        slot name ("subj", "obj", "agent", a preposition) to role
 * @param confidence   base confidence of events it states
 * @param need         words one of which must appear in the clause, or empty
 * @param objectNeed   head words one of which the object must have, or empty
 * @param hypothetical the trigger itself marks the event as not (yet) real
 * @param implicit     the trigger adds a role to the last event of its type rather than stating one
 * @param symmetric    every doer and partner is a party
 */
record Trigger(EventType type, boolean verb, List<String> words, Map<String, String> slots, double confidence,
               Set<String> need, Set<String> objectNeed, boolean hypothetical, boolean implicit, boolean symmetric) {

    String role(String slot) {
        return slots.get(slot);
    }

    @Override
    public String toString() {
        return type + (verb ? "/V " : "/N ") + String.join(" ", words);
    }
}
