package org.newskg.extract.modality;

import java.util.Set;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Parse;
import org.newskg.fact.EventType;
import org.newskg.fact.Modality;

/**
 * How sure an article is of an event, read from the words of the clause that leads to its
 * trigger: a denial or a negated verb ("denied", "did not ban") makes it denied; a modal, a
 * plan, a request or a condition ("would", "plans to", "asking ... to consider", "whether")
 * hypothetical; a hedge ("alleged", "reportedly", "accused of") alleged. Accusations are
 * alleged unless something stronger holds.
 */
public final class ModalityCues {

    private static final Set<String> DENIAL = Set.of("denied", "denies", "deny", "denying", "rejected", "rejects",
            "refuted", "dismissed");

    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "will",
            "'ll", "’ll", "shall", "must", "can", "plans", "plan", "planned", "planning", "intends", "intend",
            "intended", "proposed", "proposes", "propose", "proposal", "threatened", "threatens", "threaten",
            "considering", "consider", "considers", "whether", "if", "unless", "possible", "possibly", "potential",
            "potentially", "likely", "unlikely", "expected", "scheduled", "seeks", "seeking", "sought", "wants",
            "wanted", "want", "asked", "asking", "asks", "urged", "urging", "urges", "demanded", "demanding",
            "hoping", "hopes", "hope", "aims", "aim", "aiming", "prepared", "preparing", "ready", "bill", "warned",
            "pending", "upcoming", "future", "set", "persuade", "persuaded", "convince", "convinced", "pressure",
            "pressured", "offer", "offered", "offers", "offering", "vowed", "vows", "pledged", "pledges");

    private static final Set<String> REPORTED_DENIAL = Set.of("deny", "reject", "dispute", "dismiss", "refute");
    private static final Set<String> REPORTED_CLAIM = Set.of("claim", "allege", "suspect", "accuse", "rumour", "rumor");

    private static final Set<String> HEDGES = Set.of("alleged", "allegedly", "reportedly", "purportedly",
            "supposedly", "suspected", "believed", "accused", "claims", "claimed", "claim", "alleges", "rumoured",
            "rumored", "apparently");

    private ModalityCues() {}

    /**
     * The modality of an event whose trigger words are tokens {@code [from, to)} in chunk
     * {@code trigger}, read in the clause that leads to it.
     *
     * @param hypothetical the trigger itself speaks of an unreal event ("arrest warrant")
     */
    public static Modality of(Parse p, int trigger, int from, int to, EventType type, boolean hypothetical) {
        int start = clauseStart(p, trigger);
        boolean negated = false, modal = hypothetical, hedged = false, denial = false;
        String reporter = reportingVerb(p, start);
        if (reporter != null && REPORTED_DENIAL.contains(reporter))
            denial = true; // "Huawei denied that it had hacked Sony"
        else if (reporter != null && REPORTED_CLAIM.contains(reporter))
            hedged = true; // "the US claims that Huawei spies"
        int joined = coordinatedVerb(p, start, trigger);
        if (joined > start) { // "urged the embassy to reconsider and spoke with Pompeo": only a shared modal carries over
            modal |= p.chunk(firstVerb(p, start, joined)).verb().hasModal();
            start = joined;
        }
        for (int c = start; c <= trigger; c++) {
            Chunk ch = p.chunk(c);
            if (ch.is(Chunk.Kind.VERB) && ch.verb().negated() && (c == trigger || c == governing(p, trigger))
                    && negationOutside(p, ch, from, to))
                negated = true;
            for (int t = ch.from(); t < ch.to(); t++) {
                if (t >= from && t < to || p.tag(t) == org.newskg.extract.syntax.Tag.NAME)
                    continue; // the trigger's own words, and names ("Theresa May")
                String w = p.word(t);
                if (DENIAL.contains(w) && c < trigger)
                    denial = true;
                else if (HYPOTHETICAL.contains(w) && !(w.equals("set") && !p.word(t + 1).equals("to")))
                    modal = true;
                else if (w.equals("due") && p.word(t + 1).equals("to") && c < trigger && p.chunk(c + 1).is(Chunk.Kind.VERB))
                    modal = true; // "is due to meet", not "banned due to concerns"
                else if (HEDGES.contains(w) && !(ch.is(Chunk.Kind.NP) && c != trigger && p.tag(t) != org.newskg.extract.syntax.Tag.VERB))
                    hedged = true; // but "337 suspected users were arrested" hedges the users, not the arrest
                else if ((w.equals("not") || w.equals("no") || w.equals("never")) && c >= trigger - 3 && c < trigger
                        && !p.chunk(c).is(Chunk.Kind.VERB))
                    negated = true;
            }
        }
        if (type == EventType.Denial)
            return negated ? Modality.denied : modal ? Modality.hypothetical : Modality.asserted;
        if (negated || denial)
            return Modality.denied;
        if (modal)
            return Modality.hypothetical;
        if (hedged || type == EventType.Accusation)
            return Modality.alleged;
        return Modality.asserted;
    }

    /** Whether the verb group holds a negation other than the trigger's own words ("pleaded not guilty"). */
    private static boolean negationOutside(Parse p, Chunk verb, int from, int to) {
        for (int t = verb.from(); t < verb.to(); t++)
            if ((t < from || t >= to) && p.tag(t) == org.newskg.extract.syntax.Tag.NEGATION)
                return true;
        return false;
    }

    /** The last "and" + verb between the clause start and the trigger, where a second predicate starts, or -1. */
    private static int coordinatedVerb(Parse p, int start, int trigger) {
        int found = -1;
        for (int k = start + 1; k + 1 <= trigger && k + 1 < p.chunks().size(); k++)
            if (p.chunk(k).is(Chunk.Kind.CONJ) && p.chunk(k + 1).is(Chunk.Kind.VERB) && !p.chunk(k + 1).verb().isGerund()
                    && firstVerb(p, start, k) >= 0)
                found = k + 1;
        return found;
    }

    private static int firstVerb(Parse p, int from, int to) {
        for (int k = from; k < to; k++)
            if (p.chunk(k).is(Chunk.Kind.VERB))
                return k;
        return -1;
    }

    /** The verb (base form) that reports the clause starting at {@code start}: "denied [that]", or {@code null}. */
    private static String reportingVerb(Parse p, int start) {
        int k = start - 1;
        if (k >= 0 && p.chunk(k).is(Chunk.Kind.SUB) && p.chunk(k).word().equals("that"))
            k--;
        return k >= 0 && p.chunk(k).is(Chunk.Kind.VERB) ? p.chunk(k).verb().base() : null;
    }

    /** The first chunk of the clause that holds chunk {@code c}: after a subordinator, relative or ";". */
    static int clauseStart(Parse p, int c) {
        for (int k = c - 1; k >= 0; k--) {
            Chunk ch = p.chunk(k);
            if (ch.is(Chunk.Kind.SUB) || ch.is(Chunk.Kind.REL))
                return ch.word().equals("whether") || ch.word().equals("if") || ch.word().equals("unless") ? k : k + 1;
            if (ch.isHardBoundary())
                return k + 1;
        }
        return 0;
    }

    /** The verb group right before a noun trigger, which governs it. */
    private static int governing(Parse p, int trigger) {
        for (int k = trigger - 1; k >= 0 && k >= trigger - 2; k--)
            if (p.chunk(k).is(Chunk.Kind.VERB))
                return k;
        return -1;
    }
}
