package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.extract.syntax.Referents;
import org.newskg.fact.Entity;
import org.newskg.fact.EventType;

/** Lawsuits named by their case title: "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited". */
final class CaseTitles {

    private static final Set<String> VERSUS = Set.of("v.", "v", "vs.", "vs", "versus");

    private CaseTitles() {}

    static List<Candidate> read(AnnotatedArticle doc, Referents referents) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!VERSUS.contains(t.text().toLowerCase()) || t.start() >= doc.bodyEnd())
                continue;
            Entity plaintiff = endingAt(referents, tokens.get(i - 1));
            Entity defendant = startingAt(referents, tokens.get(i + 1));
            if (plaintiff == null || defendant == null || !plaintiff.type().isActor() || !defendant.type().isActor())
                continue;
            Sentence s = doc.sentenceAt(t.start());
            Candidate c = new Candidate(EventType.Lawsuit, s.index(), doc.evidenceAt(t.start()), 0.8);
            c.named = true;
            c.add("plaintiff", plaintiff);
            c.add("defendant", defendant);
            out.add(c);
        }
        return out;
    }

    private static Entity endingAt(Referents referents, Token t) {
        for (Mention m : referents.mentionsIn(Math.max(0, t.end() - 200), t.end()))
            if (m.span().end() == t.end())
                return referents.entityOf(m);
        return null;
    }

    private static Entity startingAt(Referents referents, Token t) {
        for (Mention m : referents.mentionsIn(t.start(), t.end()))
            return referents.entityOf(m);
        return null;
    }
}
