package org.newskg.extract.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Parse;
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
 * @param needInfinitive the object must be followed by a "to ..." clause ("asked X to drop Y")
 * @param sale         the subject sells the object, so the event stands without a named buyer
 * @param then         words that must follow the object ("took Apple <b>to court</b>"), or empty
 * @param noMedia      organisations that are neither companies nor public bodies take no part: "spoke with Reuters"
 * @param judicial     only a court does it ("convicted", "sentenced"), so the event stands without a named court
 * @param leaders      only people, states and public bodies take part ("visited China")
 * @param charge       the words after the object must charge it ("called Iran <b>a terrorist state</b>"); they are the allegation
 */
record Trigger(EventType type, boolean verb, List<String> words, Map<String, String> slots, double confidence,
               Set<String> need, Set<String> objectNeed, boolean hypothetical, boolean implicit, boolean symmetric,
               boolean needInfinitive, boolean sale, List<String> then, boolean noMedia, boolean leaders, boolean judicial, boolean charge) {

    String role(String slot) {
        return slots.get(slot);
    }

    /** Whether the sentence has one of the words the trigger needs ("charged" needs "with"). */
    boolean needsMet(Parse p) {
        if (need.isEmpty())
            return true;
        if (need.contains("amount") && Amounts.find(p) != null)
            return true;
        for (int i = 0; i < p.size(); i++)
            if (need.contains(p.word(i)))
                return true;
        return false;
    }

    /** Whether the phrase after chunk {@code last} has a head the trigger needs ("denied the allegations"). */
    boolean objectNeedsMet(Parse p, int last) {
        if (objectNeed.isEmpty())
            return true;
        int k = last + 1;
        while (k < p.chunks().size() && p.chunk(k).is(Chunk.Kind.ADVERB))
            k++;
        if (k >= p.chunks().size())
            return false;
        Chunk c = p.chunk(k);
        if (objectNeed.contains(c.word()))
            return true;
        if (!c.is(Chunk.Kind.NP))
            return false;
        for (int i = c.from(); i < c.to(); i++)
            if (objectNeed.contains(p.word(i)))
                return true;
        return false;
    }

    /** Whether the words the trigger wants after its object follow token {@code after}: "took Apple to court". */
    boolean thenMet(Parse p, int after) {
        for (int k = 0; k < then.size(); k++)
            if (!then.get(k).equals(p.word(after + k)))
                return false;
        return true;
    }

    @Override
    public String toString() {
        return type + (verb ? "/V " : "/N ") + String.join(" ", words);
    }
}
