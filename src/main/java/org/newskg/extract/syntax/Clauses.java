package org.newskg.extract.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;

/**
 * Finds the arguments of a verb or a noun in a chunked sentence: the subject (across
 * appositions, parentheses, relative pronouns, coordinated verbs and infinitives), the object,
 * the prepositional phrases and a reported clause.
 */
public final class Clauses {

    /** Verbs whose object is the doer of the infinitive after it: "urged Germany to restrict". */
    private static final Set<String> OBJECT_CONTROL = Set.of("encourage", "urge", "ask", "allow", "force", "order",
            "tell", "persuade", "invite", "press", "pressure", "lobby", "want", "require", "permit", "instruct",
            "help", "call", "enable", "expect", "compel", "authorize", "authorise", "demand");

    /** Nouns that take an infinitive done by their owner: "Canada's decision to extradite". */
    private static final Set<String> INFINITIVE_NOUNS = Set.of("decision", "plan", "plans", "bid", "move",
            "attempt", "attempts", "effort", "efforts", "request", "order", "proposal", "right", "permission",
            "refusal", "failure", "threat", "promise", "pledge", "call", "calls", "push", "campaign", "intention",
            "ability", "power", "readiness", "willingness");

    /** Prepositions whose object continues a noun phrase with no name of its own: "attorneys general from Maine". */
    private static final Set<String> CHAIN = Set.of("of", "from");

    /** Subject pronouns a reported clause may open with. */
    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they");

    /** Verbs that report a clause: "announced that it ...". */
    private static final Set<String> REPORTING = Set.of("say", "announce", "claim", "deny", "insist", "argue",
            "state", "add", "note", "confirm", "reveal", "report", "warn", "explain", "tell", "write", "admit",
            "acknowledge", "declare", "stress", "maintain");

    /** Prepositions that list examples for a phrase: "allies such as Germany". */
    private static final Set<String> EXAMPLES = Set.of("such as", "including", "like");

    private Clauses() {}

    // ---- subjects

    /** The subject of verb chunk {@code v}: for a passive verb, the patient. */
    public static Filler subject(Parse p, int v) {
        int k = skipAdverbs(p, v - 1);
        if (k >= 0 && p.chunk(k).is(Kind.TO))
            return controller(p, k);
        VerbGroup verb = p.chunk(v).verb();
        if (k >= 0 && (p.chunk(k).is(Kind.CONJ) || p.chunk(k).is(Kind.COMMA) || p.chunk(k).is(Kind.PREP))) {
            int before = previousVerb(p, k);
            if (before >= 0 && (p.chunk(k).is(Kind.CONJ) || verb != null && verb.isGerund()
                    || p.chunk(skipAdverbs(p, k - 1)).is(Kind.CONJ) || thenBefore(p, v)))
                return subject(p, before);
        }
        Filler best = null;
        Filler examples = null;
        for (k = v - 1; k >= 0; k--) {
            Chunk c = p.chunk(k);
            switch (c.kind()) {
                case NP -> {
                    if (governedByPreposition(p, k) && !(k == v - 1 && (endsInPerson(c) || isUnknownName(p, k))))
                        continue;
                    if (isUnknownName(p, k))
                        return best != null ? best : new Filler(List.of(), null, k, k + 1); // a name the entity layer did not know
                    Filler g = chain(p, groupEndingAt(p, k));
                    Filler reporter = reporterOfPronoun(p, k);
                    if (reporter != null)
                        return reporter;
                    if (g.isEmpty() && examples != null)
                        g = new Filler(examples.entities(), g.possessor(), g.from(), g.to());
                    Filler named = namedBeforeApposition(p, g);
                    if (named != null)
                        return named;
                    if (!g.isEmpty())
                        return g;
                    if (best == null)
                        best = g;
                    k = g.from();
                }
                case COMMA -> {
                    int skipped = skipParenthetical(p, k);
                    if (skipped < k && examples == null)
                        examples = inclusion(p, skipped + 1, k);
                    k = skipped;
                }
                case CLOSE -> k = opening(p, k, Kind.OPEN);
                case DASH -> k = opening(p, k, Kind.DASH);
                case VERB, SUB -> {
                    return best == null ? Filler.NONE : best;
                }
                case REL -> {
                    if (best != null)
                        return best;
                    int a = k - 1;
                    if (a >= 0 && p.chunk(a).is(Kind.COMMA))
                        a--;
                    if (a >= 0 && p.chunk(a).is(Kind.CLOSE))
                        a = opening(p, a, Kind.OPEN) - 1;
                    return a >= 0 && p.chunk(a).is(Kind.NP) ? antecedent(p, a) : Filler.NONE;
                }
                case PUNCT -> {
                    if (c.isHardBoundary())
                        return best == null ? Filler.NONE : best;
                }
                default -> { }
            }
        }
        return best == null ? Filler.NONE : best;
    }

    /** "the US government, which": the phrase before a relative pronoun. */
    private static Filler antecedent(Parse p, int np) {
        return chain(p, groupEndingAt(p, np));
    }

    /**
     * "Huawei ..., announcing that it filed a lawsuit": a pronoun that opens a clause reported
     * by a verb is the one who reports it, when that one fits the pronoun. Returns {@code null}
     * otherwise.
     */
    private static Filler reporterOfPronoun(Parse p, int np) {
        Chunk c = p.chunk(np);
        String w = p.word(c.from());
        if (c.to() - c.from() != 1 || !PRONOUNS.contains(w) || np < 2 || !p.chunk(np - 1).is(Kind.SUB)
                || !p.chunk(np - 1).word().equals("that") || !p.chunk(np - 2).is(Kind.VERB)
                || !REPORTING.contains(p.chunk(np - 2).verb().base()))
            return null;
        Filler reporter = subject(p, np - 2);
        boolean person = w.equals("he") || w.equals("she");
        for (Entity e : reporter.entities())
            if (person == (e.type() == EntityType.Person) && e.type().isActor())
                return new Filler(List.of(e), null, np, np + 1);
        return null;
    }

    /**
     * "Kurt Volker, the US special envoy for Ukraine, resigned": the name that a description in
     * commas follows is the subject, not the state the description names. Returns {@code null}
     * when the phrase is no such apposition.
     */
    private static Filler namedBeforeApposition(Parse p, Filler g) {
        int comma = g.from() - 1;
        if (comma < 1 || !p.chunk(comma).is(Kind.COMMA) || !p.chunk(comma - 1).is(Kind.NP)
                || p.chunk(g.from()).phrase().endsInName())
            return null;
        Phrase before = p.chunk(comma - 1).phrase();
        if (!before.endsInName() || before.refs().get(before.refs().size() - 1).entity().type() != EntityType.Person)
            return null;
        return groupEndingAt(p, comma - 1);
    }

    /** The names an aside lists as members: ", which include Greenpeace," or ", including Greenpeace,". */
    private static Filler inclusion(Parse p, int from, int to) {
        for (int k = from; k < to; k++) {
            Chunk c = p.chunk(k);
            boolean includes = c.is(Kind.VERB) && c.verb().base().equals("include")
                    || c.is(Kind.PREP) && c.word().equals("including");
            if (includes && k + 1 < to && p.chunk(k + 1).is(Kind.NP))
                return groupStartingAt(p, k + 1);
        }
        return null;
    }

    /** The doer of an infinitive whose "to" is chunk {@code to}. */
    private static Filler controller(Parse p, int to) {
        int k = skipAdverbs(p, to - 1);
        if (k < 0)
            return Filler.NONE;
        Chunk c = p.chunk(k);
        if (c.is(Kind.NP)) {
            Filler g = groupEndingAt(p, k);
            int before = skipAdverbs(p, g.from() - 1);
            if (before > 0 && p.chunk(before).is(Kind.PREP) && EXAMPLES.contains(p.chunk(before).word())
                    && p.chunk(before - 1).is(Kind.NP))
                before = skipAdverbs(p, groupEndingAt(p, before - 1).from() - 1); // "allies such as Germany to restrict"
            if (before >= 0 && p.chunk(before).is(Kind.VERB)
                    && OBJECT_CONTROL.contains(p.chunk(before).verb().base()))
                return expandExamples(p, g);
            if (INFINITIVE_NOUNS.contains(c.phrase().head()))
                return owner(p, k);
            if (before >= 0 && p.chunk(before).is(Kind.PREP)) {
                int verb = previousVerb(p, before);
                return verb >= 0 ? subject(p, verb) : Filler.NONE;
            }
            return Filler.NONE;
        }
        if (c.is(Kind.SUB) && c.word().equals("whether")) {
            int a = skipAdverbs(p, k - 1);
            if (a >= 0 && p.chunk(a).is(Kind.PREP))
                a--;
            return a >= 0 && p.chunk(a).is(Kind.NP) ? owner(p, a) : Filler.NONE;
        }
        if (c.is(Kind.VERB))
            return subject(p, k);
        return Filler.NONE;
    }

    /** The possessor or naming modifier of a noun phrase as a filler: "Canada's decision". */
    private static Filler owner(Parse p, int np) {
        Phrase ph = p.chunk(np).phrase();
        Entity o = ph.possessor();
        if (o != null)
            return new Filler(List.of(o), null, np, np + 1);
        List<Entity> mods = new ArrayList<>();
        for (Ref r : ph.modifiers())
            mods.add(r.entity());
        return new Filler(mods, null, np, np + 1);
    }

    // ---- objects and prepositional phrases

    /** The noun phrases right after chunk {@code c} (skipping adverbs), with coordination and examples. */
    public static Filler object(Parse p, int c) {
        int k = c + 1;
        while (k < p.chunks().size() && p.chunk(k).is(Kind.ADVERB))
            k++;
        if (k >= p.chunks().size() || !p.chunk(k).is(Kind.NP))
            return Filler.NONE;
        return expandExamples(p, groupStartingAt(p, k));
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
                k = groupStartingAt(p, k).to();
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
                Filler f = expandExamples(p, chain(p, groupStartingAt(p, start)));
                out.add(new Pp(ch.word(), f, obj.from(), p.chunk(end - 1).to()));
                k = groupStartingAt(p, start).to();
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

    /** A clause reported by a verb: "claims [that] <b>Mahan</b> flies fighters to Syria". */
    public static Complement complement(Parse p, int v) {
        int n = p.chunks().size();
        int k = v + 1;
        while (k < n && p.chunk(k).is(Kind.ADVERB))
            k++;
        if (k < n && p.chunk(k).is(Kind.COMMA)) {
            int close = k + 1;
            while (close < n && !p.chunk(close).is(Kind.COMMA) && close < k + 6)
                close++;
            if (close < n && p.chunk(close).is(Kind.COMMA))
                k = close + 1;
        }
        if (k < n && p.chunk(k).is(Kind.SUB) && p.chunk(k).word().equals("that"))
            k++;
        if (k >= n || !p.chunk(k).is(Kind.NP))
            return null;
        Filler subject = groupStartingAt(p, k);
        int verb = subject.to();
        while (verb < n && p.chunk(verb).is(Kind.ADVERB))
            verb++;
        if (verb >= n || !p.chunk(verb).is(Kind.VERB))
            return null;
        int end = verb + 1;
        while (end < n && !p.chunk(end).isHardBoundary() && !p.chunk(end).is(Kind.REL)
                && !(p.chunk(end).is(Kind.COMMA) && end + 1 < n && p.chunk(end + 1).is(Kind.VERB)
                && p.chunk(end + 1).verb().isGerund()))
            end++;
        return new Complement(subject, verb, p.chunk(verb).from(), p.chunk(end - 1).to());
    }

    // ---- noun phrases in their clause

    /** How a noun phrase stands to the verb that governs it. */
    public enum Position { SUBJECT, OBJECT, PREPOSITIONAL, NONE }

    /** The verb that governs noun phrase {@code np}, with how the phrase stands to it. */
    public record Governor(int verb, Position position, String preposition) {
        public static final Governor NONE = new Governor(-1, Position.NONE, null);
    }

    public static Governor governor(Parse p, int np) {
        int k = skipAdverbs(p, np - 1);
        if (k >= 0 && p.chunk(k).is(Kind.VERB))
            return new Governor(k, Position.OBJECT, null);
        if (k >= 0 && p.chunk(k).is(Kind.PREP)) {
            String prep = p.chunk(k).word();
            int before = skipAdverbs(p, k - 1);
            if (before >= 0 && p.chunk(before).is(Kind.NP))
                before = groupEndingAt(p, before).from() - 1;
            before = skipAdverbs(p, before);
            if (before >= 0 && p.chunk(before).is(Kind.VERB))
                return new Governor(before, Position.PREPOSITIONAL, prep);
            return new Governor(-1, Position.PREPOSITIONAL, prep);
        }
        int after = groupStartingAt(p, np).to();
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

    // ---- groups

    /** Coordinated noun phrases starting at {@code np}: "Germany, France and Italy". */
    public static Filler groupStartingAt(Parse p, int np) {
        int n = p.chunks().size();
        int end = np + 1;
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
            end = k + 1;
        }
        return filler(p, np, end);
    }

    /** Coordinated noun phrases that end at {@code np}. */
    public static Filler groupEndingAt(Parse p, int np) {
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
        if (link.is(Kind.PREP) && CHAIN.contains(link.word()) && p.chunk(f.to() + 1).is(Kind.NP)) {
            Filler next = chain(p, groupStartingAt(p, f.to() + 1));
            return new Filler(next.entities(), f.possessor() != null ? f.possessor() : next.possessor(), f.from(), next.to());
        }
        return f;
    }

    /** A filler with no names of its own takes its examples: "allies such as Germany". */
    private static Filler expandExamples(Parse p, Filler f) {
        if (!f.isEmpty() || f.to() + 1 >= p.chunks().size())
            return chain(p, f);
        int k = f.to();
        if (p.chunk(k).is(Kind.COMMA) && k + 2 < p.chunks().size())
            k++;
        Chunk link = p.chunk(k);
        if (link.is(Kind.PREP) && EXAMPLES.contains(link.word()) && p.chunk(k + 1).is(Kind.NP)) {
            Filler ex = groupStartingAt(p, k + 1);
            return new Filler(ex.entities(), f.possessor(), f.from(), ex.to());
        }
        return chain(p, f);
    }

    // ---- helpers

    private static int skipAdverbs(Parse p, int k) {
        while (k >= 0 && p.chunk(k).is(Kind.ADVERB))
            k--;
        return k;
    }

    /** "..., then agreed": a verb that continues the one before it. */
    private static boolean thenBefore(Parse p, int v) {
        if (v > 0 && p.chunk(v - 1).is(Kind.ADVERB) && p.chunk(v - 1).word().equals("then"))
            return true;
        return p.chunk(v).is(Kind.VERB) && p.word(p.chunk(v).from()).equals("then");
    }

    private static boolean governedByPreposition(Parse p, int np) {
        int k = np - 1;
        if (k < 0)
            return false;
        Chunk c = p.chunk(k);
        return c.is(Kind.PREP) || (c.is(Kind.CONJ) && k > 0 && groupEndingAt(p, np).from() < np
                && governedByPreposition(p, groupEndingAt(p, np).from()));
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
            if (!Character.isUpperCase(w.charAt(0)) || Words.isCommon(p.word(t)))
                return false;
        }
        return true;
    }

    private static boolean endsInPerson(Chunk c) {
        Phrase ph = c.phrase();
        return ph.endsInName() && ph.refs().get(ph.refs().size() - 1).entity().type() == EntityType.Person;
    }

    /** The nearest verb chunk before {@code k} in the same clause, or -1. */
    private static int previousVerb(Parse p, int k) {
        for (int i = k - 1; i >= 0; i--) {
            Chunk c = p.chunk(i);
            if (c.is(Kind.VERB))
                return i;
            if (c.is(Kind.SUB) || c.is(Kind.REL) || c.isHardBoundary())
                return -1;
        }
        return -1;
    }

    /**
     * From a comma at {@code k}, skips back over a parenthetical ", in remarks to UOL," or
     * ", whom they did not name," and returns the index to continue from.
     */
    private static int skipParenthetical(Parse p, int k) {
        for (int i = k - 1; i >= 0 && i >= k - 12; i--) {
            Chunk c = p.chunk(i);
            if (c.is(Kind.COMMA)) {
                Chunk first = p.chunk(i + 1);
                boolean aside = first.is(Kind.REL) || first.is(Kind.PREP) || first.is(Kind.ADVERB)
                        || first.is(Kind.SUB) || first.is(Kind.VERB);
                return aside ? i : k;
            }
            if (c.isHardBoundary())
                return k;
        }
        return k;
    }

    /** The index of the opening mark that matches the closing one at {@code k}. */
    private static int opening(Parse p, int k, Kind open) {
        for (int i = k - 1; i >= 0 && i >= k - 20; i--)
            if (p.chunk(i).is(open))
                return i;
        return k;
    }
}
