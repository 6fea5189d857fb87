package org.newskg.extract.syntax;

import java.util.Set;

import org.newskg.extract.syntax.Chunk.Kind;

/** Where a noun phrase or a date phrase belongs: the verb that governs it, and how. */
public final class Governors {

    private Governors() {}

    /** How a noun phrase stands to the verb that governs it. */
    public enum Position { SUBJECT, OBJECT, PREPOSITIONAL, NONE }

    /** The verb that governs noun phrase {@code np}, with how the phrase stands to it. */
    public record Governor(int verb, Position position, String preposition) {
        public static final Governor NONE = new Governor(-1, Position.NONE, null);
    }

    /** Prepositions that name what an event noun is done to, and that its verb comes after: "sanctions <b>against</b> Russia were imposed". */
    private static final Set<String> TARGETS = Set.of("against", "on", "into", "over", "with", "between");

    public static Governor governor(Parse p, int np) {
        int k = p.beforeAdverbs(np - 1);
        if (k >= 0 && p.chunk(k).is(Kind.VERB))
            return new Governor(k, Position.OBJECT, null);
        if (k >= 0 && p.chunk(k).is(Kind.PREP)) {
            String prep = p.chunk(k).word();
            int before = p.beforeAdverbs(k - 1);
            if (before >= 0 && p.chunk(before).is(Kind.NP))
                before = Groups.endingAt(p, before).from() - 1;
            before = p.beforeAdverbs(before);
            if (before >= 0 && p.chunk(before).is(Kind.VERB))
                return new Governor(before, Position.PREPOSITIONAL, prep);
            return new Governor(-1, Position.PREPOSITIONAL, prep);
        }
        int after = Groups.startingAt(p, np).to();
        while (after + 1 < p.chunks().size() && p.chunk(after).is(Kind.PREP) && TARGETS.contains(p.chunk(after).word())
                && p.chunk(after + 1).is(Kind.NP))
            after = Groups.startingAt(p, after + 1).to(); // "sanctions against Russia were imposed"
        while (after < p.chunks().size() && (p.chunk(after).is(Kind.ADVERB)))
            after++;
        if (after < p.chunks().size() && p.chunk(after).is(Kind.VERB))
            return new Governor(after, Position.SUBJECT, null);
        return Governor.NONE;
    }

    /** The verb chunk that a time phrase at token {@code t} belongs to, or -1. */
    public static int attachment(Parse p, int t) {
        int c = p.chunkOf(t);
        for (int k = c - 1; k >= 0; k--) {
            Chunk ch = p.chunk(k);
            if (ch.is(Kind.VERB))
                return k;
            if (ch.is(Kind.SUB) || ch.is(Kind.REL) || ch.isHardBoundary())
                break;
        }
        for (int k = c + 1; k < p.chunks().size(); k++) {
            Chunk ch = p.chunk(k);
            if (ch.is(Kind.VERB))
                return k;
            if (ch.is(Kind.REL) || ch.isHardBoundary() || ch.is(Kind.SUB) && !ch.word().equals("when"))
                break;
        }
        return -1;
    }
}
