package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private static final Set<String> GATHERING_WORDS = Set.of("congress", "conference", "summit", "forum", "expo",
            "show", "fair", "convention", "assembly", "symposium", "meeting", "week", "davos", "ces", "dialogue",
            "exhibition", "mwc", "festival", "games");

    private GatheringNames() {}

    static List<Candidate> read(AnnotatedArticle doc, Referents referents) {
        List<Candidate> out = new ArrayList<>();
        for (Mention m : referents.mentionsIn(0, doc.bodyEnd())) {
            Entity e = referents.entityOf(m);
            if (e == null || e.type() != EntityType.NamedEvent || !isGathering(e))
                continue;
            Candidate c = new Candidate(EventType.Conference, doc.sentenceAt(m.span().start()).index(),
                    doc.evidenceAt(m.span().start()), 0.7);
            c.add("event", e);
            c.place = placeAfter(doc, referents, m);
            out.add(c);
        }
        return out;
    }

    private static boolean isGathering(Entity e) {
        for (String name : names(e))
            for (String w : name.toLowerCase(Locale.ROOT).split("[\\s-]+"))
                if (GATHERING_WORDS.contains(w))
                    return true;
        return false;
    }

    private static List<String> names(Entity e) {
        List<String> all = new ArrayList<>(e.aliases());
        all.add(e.name());
        return all;
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
