package org.newskg.extract.event;

import java.util.List;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Governors;
import org.newskg.extract.syntax.Parse;
import org.newskg.fact.PartialDate;

/**
 * The date a sentence ties to an event: a date phrase that belongs to the event's own verb
 * ("Germany on Monday banned"), else one that belongs to a verb before it, which frames the
 * sentence ("On Monday, Fars reported Iran issued arrest warrants"), unless a subordinate clause
 * opens between them ("until she became governor"), else the day of a report after it ("...,
 * officials announced on Tuesday"). A date that belongs to another later verb ("the emergency
 * Trump declared last Friday") is another event's.
 */
final class EventDates {

    private static final java.util.Set<String> UNTIL = java.util.Set.of("until", "till", "through");

    /** Subordinators that open a clause with a time of its own; "announcing that" does not. */
    private static final java.util.Set<String> OWN_TIME = java.util.Set.of("until", "till", "before", "after", "when",
            "while", "since", "once", "whenever", "because", "although", "though", "if", "unless");

    /** Verbs that report an act after it: "..., officials announced on Tuesday". */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("say", "announce", "confirm", "report",
            "tell", "state", "reveal", "disclose", "add", "release", "issue", "publish", "write", "tweet");

    private EventDates() {}

    /**
     * @param times the date phrases of the sentence
     * @param verb  the chunk of the event's verb (for a noun, the verb that governs it), or -1
     * @param trigger the chunk of the trigger
     */
    static PartialDate of(Parse p, List<TimeExpression> times, int verb, int trigger) {
        if (times.isEmpty())
            return null;
        TimeExpression direct = null;
        int directDistance = Integer.MAX_VALUE;
        TimeExpression framing = null;
        TimeExpression reported = null;
        int anchor = verb >= 0 ? verb : trigger;
        for (TimeExpression t : times) {
            int token = p.tokenAt(t.span().start());
            if (token >= 0 && UNTIL.contains(p.word(token)))
                continue; // "suspended until October 14" bounds the event; it does not date it
            if (token < 0)
                continue;
            int attached = Governors.attachment(p, token);
            int chunk = p.chunkOf(token);
            if (attached >= 0 && (attached == verb || attached == trigger)) {
                int d = Math.abs(chunk - trigger);
                if (d < directDistance) {
                    direct = t;
                    directDistance = d;
                }
            } else if (framing == null && attached >= 0 && attached < anchor && chunk < trigger
                    && !subordinateBetween(p, attached, anchor)) {
                framing = t;
            } else if (reported == null && attached > anchor && attribution(p, anchor, attached)) {
                reported = t;
            }
        }
        TimeExpression chosen = direct != null ? direct : framing != null ? framing : reported;
        return chosen == null ? null : chosen.date();
    }

    /**
     * Whether verb chunk {@code verb} reports, after a comma, the clause of chunk {@code anchor}:
     * "Germany has banned Huawei, officials <b>announced</b> on Tuesday", "..., according to a
     * statement <b>released</b> on Tuesday". The report's day stands for an act it gives no day of.
     */
    private static boolean attribution(Parse p, int anchor, int verb) {
        if (!p.chunk(verb).is(Chunk.Kind.VERB) || !REPORTING.contains(p.chunk(verb).verb().base()))
            return false;
        boolean comma = false;
        for (int k = anchor + 1; k < verb; k++) {
            Chunk c = p.chunk(k);
            if (c.is(Chunk.Kind.VERB) || c.is(Chunk.Kind.SUB) || c.is(Chunk.Kind.REL) || c.isHardBoundary())
                return false;
            comma |= c.is(Chunk.Kind.COMMA);
        }
        return comma;
    }

    /**
     * Whether a subordinate clause opens between the two chunks: "appointed in 2017 and served
     * <b>until</b> she became governor" does not date her becoming governor.
     */
    private static boolean subordinateBetween(Parse p, int from, int to) {
        for (int k = from + 1; k < to; k++)
            if (p.chunk(k).is(Chunk.Kind.SUB) && OWN_TIME.contains(p.chunk(k).word()))
                return true;
        return false;
    }
}
