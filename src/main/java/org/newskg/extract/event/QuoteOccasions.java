package org.newskg.extract.event;

import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.fact.Entity;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Quote;

/**
 * Ties each quotation to the conference it was said at: the last conference named before it
 * whose speakers, attendees or organisers include the speaker or the body the speaker speaks
 * for ("Guo Ping took to the stage" at Mobile World Congress).
 */
final class QuoteOccasions {

    private QuoteOccasions() {}

    static void link(AnnotatedArticle doc, Affiliations affiliations) {
        List<Event> conferences = doc.events().stream().filter(e -> e.type() == EventType.Conference).toList();
        if (conferences.isEmpty())
            return;
        for (Quote q : List.copyOf(doc.quotes())) {
            Event at = occasion(q, conferences, affiliations);
            if (at != null && q.saidAt() == null)
                doc.replaceQuote(q, new Quote(q.speaker(), q.text(), q.span(), q.evidence(), at));
        }
    }

    private static Event occasion(Quote q, List<Event> conferences, Affiliations affiliations) {
        Entity body = affiliations.speaksFor(q.speaker());
        Event found = null;
        for (Event e : conferences) {
            if (q.span() != null && e.evidence() != null && e.evidence().span().start() > q.span().start())
                continue;
            for (String role : List.of("speaker", "attendee", "organizer"))
                for (var a : e.role(role))
                    if (a.isEntity() && (a.entity().equals(q.speaker()) || a.entity().equals(body)))
                        found = e;
        }
        return found;
    }
}
