package org.newskg.extract.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.fact.Entity;

/**
 * Noun phrases taken together: coordinated ones ("Germany, France and Italy"), their examples
 * ("allies such as Germany"), the "of"/"from" phrase that names what a common noun does not
 * ("attorneys general from Maine"), and the object and prepositional phrases after a word.
 */
public final class Groups {

    /** Prepositions whose object continues a noun phrase with no name of its own: "attorneys general from Maine". */
    private static final Set<String> CHAIN = Set.of("of", "from");
    /** Prepositions after a stand-in noun that name whom it stands for: "authorities in Canada", "a spokesman for Huawei". */
    private static final Set<String> STAND_IN_LINKS = Set.of("in", "for", "at");

    /** Prepositions that list examples for a phrase: "allies such as Germany". */
    static final Set<String> EXAMPLES = Set.of("such as", "including", "like");
    /** Words that stand before a list as a phrase of their own: "both", "either". */
    private static final Set<String> QUANTIFIERS = Set.of("both", "either", "neither", "all");

    private Groups() {}

    /** The noun phrases right after chunk {@code c} (skipping adverbs), with coordination and examples. */
    public static Filler object(Parse p, int c) {
        int k = c + 1;
        while (k < p.chunks().size() && p.chunk(k).is(Kind.ADVERB))
            k++;
        if (k >= p.chunks().size() || !p.chunk(k).is(Kind.NP))
            return Filler.NONE;
        if (k + 1 < p.chunks().size() && p.chunk(k + 1).is(Kind.NP) && QUANTIFIERS.contains(p.chunk(k).word()))
            k++; // "named both the PKK and the YPG"
        return withExamples(p, startingAt(p, k));
    }

    /** The prepositional phrases that follow chunk {@code c}, up to the end of its clause. */
    public static List<Pp> prepositions(Parse p, int c) {
        List<Pp> out = new ArrayList<>();
        int k = c + 1;
        int n = p.chunks().size();
        while (k < n) {
            Chunk ch = p.chunk(k);
            if (ch.is(Kind.ADVERB)) {
                k++;
                continue;
            }
            if (ch.is(Kind.NP)) { // an object or an apposition between the phrases: pass over it
                k = startingAt(p, k).to();
                continue;
            }
            if (!ch.is(Kind.PREP))
                break;
            int start = k + 1;
            if (start >= n)
                break;
            Chunk obj = p.chunk(start);
            int end = phraseEnd(p, start);
            if (obj.is(Kind.NP)) {
                Filler f = withExamples(p, chain(p, startingAt(p, start)));
                out.add(new Pp(ch.word(), f, obj.from(), p.chunk(end - 1).to()));
                k = startingAt(p, start).to();
            } else if (obj.is(Kind.VERB) || obj.is(Kind.QUOTE)) {
                out.add(new Pp(ch.word(), Filler.NONE, obj.from(), p.chunk(end - 1).to()));
                k = end;
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * The end (chunk index, exclusive) of the phrase that starts at chunk {@code k} and runs on
     * through prepositional phrases and gerunds: "alleged theft of trade secrets".
     */
    public static int phraseEnd(Parse p, int k) {
        int n = p.chunks().size();
        int e = k;
        while (e < n) {
            Chunk c = p.chunk(e);
            boolean inside = c.is(Kind.NP) || c.is(Kind.PREP) || c.is(Kind.ADVERB) || c.is(Kind.CONJ) && e > k
                    || c.is(Kind.TO) || c.is(Kind.QUOTE)
                    || c.is(Kind.VERB) && (e == k || c.verb().isGerund() || p.chunk(e - 1).is(Kind.TO)
                    || p.chunk(e - 1).is(Kind.PREP));
            if (!inside)
                break;
            e++;
        }
        while (e > k + 1 && (p.chunk(e - 1).is(Kind.PREP) || p.chunk(e - 1).is(Kind.CONJ)
                || p.chunk(e - 1).is(Kind.QUOTE) || p.chunk(e - 1).is(Kind.TO)))
            e--;
        return Math.max(e, k + 1);
    }

    /** Coordinated noun phrases starting at {@code np}: "Germany, France and Italy". */
    public static Filler startingAt(Parse p, int np) {
        int n = p.chunks().size();
        int end = pastAcronym(p, np + 1);
        while (end < n) {
            int k = end;
            if (p.chunk(k).is(Kind.COMMA))
                k++;
            if (k < n && p.chunk(k).is(Kind.CONJ) && !p.chunk(k).word().equals("but"))
                k++;
            if (k == end || k >= n || !p.chunk(k).is(Kind.NP))
                break;
            if (p.chunk(end).is(Kind.COMMA) && !p.chunk(k - 1).is(Kind.CONJ) && !listContinues(p, k))
                break;
            end = pastAcronym(p, k + 1);
        }
        return filler(p, np, end);
    }

    /** The chunk after a bracketed short form at {@code k} ("(PKK)"), or {@code k}. */
    private static int pastAcronym(Parse p, int k) {
        int n = p.chunks().size();
        if (k + 2 < n && p.chunk(k).is(Kind.OPEN) && p.chunk(k + 1).is(Kind.NP) && p.chunk(k + 2).is(Kind.CLOSE)
                && p.chunk(k + 1).to() - p.chunk(k + 1).from() == 1)
            return k + 3;
        return k;
    }

    /** Coordinated noun phrases that end at {@code np}. */
    public static Filler endingAt(Parse p, int np) {
        int start = np;
        while (start - 2 >= 0) {
            Chunk link = p.chunk(start - 1);
            boolean and = link.is(Kind.CONJ) && !link.word().equals("but") && !link.word().equals("yet");
            if (and && p.chunk(start - 2).is(Kind.NP)) {
                start -= 2;
            } else if (and && start - 4 >= 0 && p.chunk(start - 2).is(Kind.COMMA)
                    && p.chunk(start - 3).is(Kind.NP) && p.chunk(start - 4).is(Kind.COMMA)) {
                start -= 3; // "A, B, and C"; a lone ", and" joins clauses
            } else if (link.is(Kind.COMMA) && p.chunk(start - 2).is(Kind.NP) && start - 3 >= 0
                    && p.chunk(start - 3).is(Kind.COMMA) && listContinues(p, start)) {
                start -= 2;
            } else {
                break;
            }
        }
        return filler(p, start, np + 1);
    }

    /** Whether the phrase at {@code k} continues a list, i.e. "and" follows before the list ends. */
    private static boolean listContinues(Parse p, int k) {
        for (int i = k + 1; i < p.chunks().size(); i++) {
            Chunk c = p.chunk(i);
            if (c.is(Kind.CONJ))
                return true;
            if (!(c.is(Kind.NP) || c.is(Kind.COMMA)))
                return false;
        }
        return false;
    }

    private static Filler filler(Parse p, int from, int to) {
        Set<Entity> entities = new LinkedHashSet<>();
        Entity possessor = null;
        for (int k = from; k < to; k++) {
            Chunk c = p.chunk(k);
            if (!c.is(Kind.NP))
                continue;
            entities.addAll(c.phrase().heads());
            if (possessor == null)
                possessor = c.phrase().namedPossessor();
        }
        return new Filler(List.copyOf(entities), possessor, from, to);
    }

    /** A filler with no names of its own takes those of its "of"/"from" phrase: "attorneys general from Maine". */
    public static Filler chain(Parse p, Filler f) {
        if (!f.isEmpty() || f.to() + 1 >= p.chunks().size() || isUnknownName(p, f.to() - 1))
            return f;
        Chunk link = p.chunk(f.to());
        boolean standIn = p.chunk(f.to() - 1).is(Kind.NP) && Phrase.STAND_INS.contains(p.chunk(f.to() - 1).phrase().head());
        if (link.is(Kind.PREP) && (CHAIN.contains(link.word()) || standIn && STAND_IN_LINKS.contains(link.word()))
                && p.chunk(f.to() + 1).is(Kind.NP)) { // "authorities in Canada"
            Filler next = chain(p, startingAt(p, f.to() + 1));
            return new Filler(next.entities(), f.possessor() != null ? f.possessor() : next.possessor(), f.from(), next.to());
        }
        return f;
    }

    /** A filler with no names of its own takes its examples: "allies such as Germany". */
    static Filler withExamples(Parse p, Filler f) {
        if (!f.isEmpty() || f.to() + 1 >= p.chunks().size())
            return chain(p, f);
        int k = f.to();
        if (p.chunk(k).is(Kind.COMMA) && k + 2 < p.chunks().size())
            k++;
        Chunk link = p.chunk(k);
        if (link.is(Kind.PREP) && EXAMPLES.contains(link.word()) && p.chunk(k + 1).is(Kind.NP)) {
            Filler ex = startingAt(p, k + 1);
            return new Filler(ex.entities(), f.possessor(), f.from(), ex.to());
        }
        return chain(p, f);
    }

    /** Whether noun phrase {@code np} is a capitalised name that no entity resolves: "Steve Peers". */
    public static boolean isUnknownName(Parse p, int np) {
        Chunk c = p.chunk(np);
        if (!c.is(Kind.NP) || !c.phrase().refs().isEmpty() || c.phrase().pronoun() != null)
            return false;
        int from = c.phrase().determiner() != null ? c.from() + 1 : c.from();
        if (from >= c.to())
            return false;
        for (int t = from; t < c.to(); t++) {
            String w = p.tokens().get(t).text();
            if (!Character.isUpperCase(w.charAt(0)) || Words.isCommon(p.word(t)) || Words.OFFICES.contains(p.word(t)))
                return false; // "the President" is a title, not an unknown name
        }
        return true;
    }
}
