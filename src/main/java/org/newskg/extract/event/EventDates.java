package org.newskg.extract.event;

import java.util.List;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.syntax.Governors;
import org.newskg.extract.syntax.Parse;
import org.newskg.fact.PartialDate;

/**
 * The date a sentence ties to an event: a date phrase that belongs to the event's own verb
 * ("Germany on Monday banned"), else one that belongs to a verb before it, which frames the
 * sentence ("On Monday, Fars reported Iran issued arrest warrants"). A date that belongs to a
 * later verb ("the emergency Trump declared last Friday") is another event's.
 */
final class EventDates {

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
        int anchor = verb >= 0 ? verb : trigger;
        for (TimeExpression t : times) {
            int token = p.tokenAt(t.span().start());
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
            } else if (framing == null && attached >= 0 && attached < anchor && chunk < trigger) {
                framing = t;
            }
        }
        TimeExpression chosen = direct != null ? direct : framing;
        return chosen == null ? null : chosen.date();
    }
}
