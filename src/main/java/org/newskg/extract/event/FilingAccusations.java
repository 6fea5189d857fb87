package org.newskg.extract.event;

import java.util.Set;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Groups;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Pp;

/**
 * The one a filing is against, named by the participle that says what it accuses them of:
 * "Calida filed a petition on February 10, <b>accusing the network</b> of violating its
 * franchise", "Epic filed a lawsuit, <b>alleging that Apple</b> abuses its power".
 */
final class FilingAccusations {

    private static final Set<String> ACCUSING = Set.of("accusing", "alleging", "charging", "claiming", "saying");

    private FilingAccusations() {}

    /** Fills the defendant and claim of the lawsuit noun at chunk {@code np} when it names no defendant. */
    static void read(Candidate c, Trigger t, Parse p, int np, Slots slots) {
        String against = t.role("against");
        if (against == null || c.has(against))
            return;
        int k = np + 1;
        while (k < p.chunks().size() && (p.chunk(k).is(Kind.PREP) || p.chunk(k).is(Kind.NP) || p.chunk(k).is(Kind.ADVERB)))
            k++; // "on February 10", "in federal court"
        if (k + 1 >= p.chunks().size() || !p.chunk(k).is(Kind.COMMA))
            return;
        Chunk v = p.chunk(k + 1);
        if (!v.is(Kind.VERB) || !ACCUSING.contains(v.verb().main()))
            return;
        Filler accused = Groups.object(p, k + 1);
        if (accused.exists() && p.chunk(accused.from()).is(Kind.NP)) {
            slots.fill(c, against, accused, p, false);
            for (Pp pp : Groups.prepositions(p, accused.to() - 1))
                if (pp.preposition().equals("of") && c.type.hasRole("claim"))
                    c.addPhrase("claim", slots.text(p, pp.from(), pp.to()));
        } else if (k + 3 < p.chunks().size() && p.chunk(k + 2).is(Kind.SUB) && p.chunk(k + 3).is(Kind.NP)) {
            slots.fill(c, against, Groups.startingAt(p, k + 3), p, false); // "alleging that Apple abuses its power"
        }
    }
}
