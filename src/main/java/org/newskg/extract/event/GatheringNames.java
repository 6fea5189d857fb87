package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.extract.syntax.Referents;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;

/**
 * Conferences named by their name: every mention of a named event whose name says it is a
 * gathering ("Mobile World Congress", "G20 Summit", "Web Summit") is a Conference, held in the
 * place named right after it ("in Barcelona").
 */
final class GatheringNames {

    private GatheringNames() {}

    static List<Candidate> read(AnnotatedArticle doc, Referents referents) {
        List<Candidate> out = new ArrayList<>();
        for (Mention m : referents.mentionsIn(0, doc.bodyEnd())) {
            Entity e = referents.entityOf(m);
            if (e == null || e.type() != EntityType.NamedEvent || !RoleTypes.isGathering(e) || isSource(doc, m))
                continue;
            Candidate c = new Candidate(EventType.Conference, doc.sentenceAt(m.span().start()).index(),
                    doc.evidenceAt(m.span().start()), 0.7);
            c.named = true;
            c.add("event", e);
            c.place = placeAfter(doc, referents, m);
            out.add(c);
        }
        return out;
    }

    /** "according to the National Conference of State Legislatures": a body cited as a source, not a gathering. */
    private static boolean isSource(AnnotatedArticle doc, Mention m) {
        int k = doc.firstTokenAtOrAfter(m.span().start());
        List<Token> tokens = doc.tokens();
        return k >= 2 && tokens.get(k - 1).text().equalsIgnoreCase("to") && tokens.get(k - 2).text().equalsIgnoreCase("according")
                || k >= 3 && tokens.get(k - 1).text().equalsIgnoreCase("the") && tokens.get(k - 2).text().equalsIgnoreCase("to")
                && tokens.get(k - 3).text().equalsIgnoreCase("according");
    }

    /** "Mobile World Congress in Barcelona": the place named right after "in". */
    private static Entity placeAfter(AnnotatedArticle doc, Referents referents, Mention m) {
        int k = doc.firstTokenAtOrAfter(m.span().end());
        List<Token> tokens = doc.tokens();
        if (k + 1 >= tokens.size() || !tokens.get(k).text().equals("in"))
            return null;
        for (Mention next : referents.mentionsIn(tokens.get(k + 1).start(), tokens.get(k + 1).end())) {
            Entity p = referents.entityOf(next);
            if (p != null && (p.type() == EntityType.Location || p.type() == EntityType.Country))
                return p;
        }
        return null;
    }
}
