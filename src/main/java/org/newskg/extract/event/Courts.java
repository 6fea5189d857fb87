package org.newskg.extract.event;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Token;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Referents;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Role;
import org.newskg.fact.Span;

/**
 * The court behind a judicial description that names none: "the judge" and "the court" are the
 * court the article named last; "Judge Jesse Furman" sits on the court his title or post names,
 * else on that one. "A jury" or "a federal judge in Texas" is a court the article has not named:
 * the event is still a court's, but its court stays unknown.
 */
final class Courts {

    /** Heads of a phrase that stands for a court or those who sit on one. */
    private static final Set<String> JUDICIAL = Set.of("court", "courts", "judge", "judges", "jury", "juries",
            "justices", "tribunal", "magistrate", "magistrates", "bench");

    /** Title words that make a person a judge: "District Judge Gray Miller", "Justice Ginsburg". */
    private static final Set<String> JUDGE_TITLES = Set.of("judge", "justice", "magistrate");

    /** A post on a bench: "judge", "chief justice"; not "secretary of justice" or "justice minister". */
    private static final java.util.regex.Pattern JUDGE_POST =
            java.util.regex.Pattern.compile("\\bjudge\\b|(?<!\\bof )\\bjustice\\b(?! (minister|secretary|department))");

    private final AnnotatedArticle doc;
    private final Affiliations affiliations;

    Courts(AnnotatedArticle doc, Affiliations affiliations) {
        this.doc = doc;
        this.affiliations = affiliations;
    }

    /**
     * Marks the candidate as a court's act when the filler is a judicial description or a judge,
     * and adds the court it stands for when the article names one.
     */
    void fill(Candidate c, Parse p, Filler f) {
        if (!f.exists())
            return;
        for (Entity e : f.entities())
            if (e.type() == EntityType.Person && isJudge(e)) {
                c.judicial = true;
                Entity court = courtOf(e);
                c.add("court", court != null ? court : e); // a judge whose court the article does not name stands for it
                return;
            }
        Chunk head = p.chunk(f.from());
        if (!isJudicial(head))
            head = p.chunk(f.to() - 1); // "a court in Multan", "the trial judge"
        if (!isJudicial(head)) {
            if (f.entities().stream().anyMatch(e -> e.type().isOrganization()))
                c.judicial = false; // "the Senate acquitted him": a named body that is no court
            return;
        }
        c.judicial = true;
        Entity named = courtAfter(p, f);
        if (named != null) {
            c.add("court", named); // "judges at the International Criminal Court"
            return;
        }
        if (head.phrase().isDefinite()) {
            Entity court = lastBefore(p.tokens().get(head.from()).start());
            if (court != null)
                c.add("court", court);
        }
    }

    /** Whether a chunk is a noun phrase for a court or its judges: "the jury". */
    private static boolean isJudicial(Chunk c) {
        return c.is(Chunk.Kind.NP) && JUDICIAL.contains(c.phrase().head());
    }

    /** A court named in a phrase right after the filler: "judges <b>at the ICC</b>", "a panel <b>of the Court of Appeal</b>". */
    private static Entity courtAfter(Parse p, Filler f) {
        int k = f.to();
        if (k + 1 >= p.chunks().size() || !p.chunk(k).is(Chunk.Kind.PREP) || !p.chunk(k + 1).is(Chunk.Kind.NP))
            return null;
        for (Entity e : p.chunk(k + 1).phrase().heads())
            if (Referents.isCourt(e))
                return e;
        return null;
    }

    /** The court of a judge: the one the title before the name or the judge's post names, else the last one named. */
    private Entity courtOf(Entity judge) {
        Entity titled = affiliations.of(judge);
        if (titled != null && Referents.isCourt(titled))
            return titled;
        for (Role r : doc.roles())
            if (r.person().equals(judge) && r.organization() != null && Referents.isCourt(r.organization()))
                return r.organization();
        return judge.mentions().isEmpty() ? null : lastBefore(judge.mentions().get(0).start() + 1);
    }

    /** Whether a title word for a judge stands right before some mention of the person, or a post says so. */
    private boolean isJudge(Entity person) {
        List<Token> tokens = doc.tokens();
        for (Span m : person.mentions()) {
            int k = doc.firstTokenAtOrAfter(m.start()) - 1;
            for (int steps = 0; k >= 0 && steps < 3; steps++, k--) {
                String w = tokens.get(k).text().toLowerCase();
                if (JUDGE_TITLES.contains(w) && !(k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("of")))
                    return true; // but a "Secretary of Justice" sits on no bench
                if (!Character.isUpperCase(tokens.get(k).text().charAt(0)))
                    break;
            }
        }
        for (Role r : doc.roles())
            if (r.person().equals(person) && r.title() != null && JUDGE_POST.matcher(r.title().toLowerCase()).find())
                return true;
        return false;
    }

    /** The court mentioned last before the offset, or {@code null}. */
    private Entity lastBefore(int offset) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : doc.entities()) {
            if (!Referents.isCourt(e))
                continue;
            for (Span s : e.mentions())
                if (s.start() < offset && s.start() > bestStart) {
                    best = e;
                    bestStart = s.start();
                }
        }
        return best;
    }
}
