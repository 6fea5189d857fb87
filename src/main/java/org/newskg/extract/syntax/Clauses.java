package org.newskg.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;

/**
 * Finds who does what a verb says in a chunked sentence: its subject, across appositions,
 * parentheses, relative pronouns, coordinated verbs and infinitives, and the clause it reports.
 * {@link Groups} finds objects and prepositional phrases; {@link Governors} the verb a phrase
 * belongs to.
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
            "ability", "power", "readiness", "willingness", "offer", "offers", "vow", "pledges", "threats");

    /** Texts and acts through which their author does what a participle after them says: "a decree banning". */
    private static final Set<String> VEHICLES = Set.of("message", "messages", "statement", "statements", "letter",
            "letters", "decree", "decrees", "order", "orders", "tweet", "tweets", "post", "posts", "video", "note",
            "memo", "report", "law", "laws", "bill", "bills", "resolution", "petition", "complaint", "filing",
            "motion", "lawsuit", "suit", "speech", "address", "interview", "announcement", "notice", "directive",
            "regulation", "regulations", "rule", "rules", "measure", "measures", "legislation", "executive order",
            "ordinance", "circular", "proposal", "request");

    /** Subject pronouns a reported clause may open with. */
    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they");

    /** Verbs that report a clause: "announced that it ...". */
    private static final Set<String> REPORTING = Set.of("say", "announce", "claim", "deny", "insist", "argue",
            "state", "add", "note", "confirm", "reveal", "report", "warn", "explain", "tell", "write", "admit",
            "acknowledge", "declare", "stress", "maintain");

    private Clauses() {}

    // ---- subjects

    /** The subject of verb chunk {@code v}: for a passive verb, the patient. */
    public static Filler subject(Parse p, int v) {
        int k = p.beforeAdverbs(v - 1);
        if (k >= 0 && p.chunk(k).is(Kind.TO))
            return controller(p, k);
        VerbGroup verb = p.chunk(v).verb();
        if (k >= 0 && k == v - 1 && p.chunk(k).is(Kind.VERB) && verb != null && verb.isGerund())
            return subject(p, k); // "is considering banning", "denied having": the subject of the verb before
        if (k >= 1 && k == v - 1 && p.chunk(k).is(Kind.NP) && verb != null && verb.isGerund()
                && p.chunk(k - 1).is(Kind.PREP) && p.chunk(k - 1).word().equals("to") && previousVerb(p, k) >= 0)
            return subject(p, previousVerb(p, k)); // "wrote to Lam asking her": the writer asks, not the one written to
        if (k >= 1 && k == v - 1 && p.chunk(k).is(Kind.PREP) && p.chunk(k).word().equals("due to")
                && p.beforeAdverbs(k - 1) >= 0 && p.chunk(p.beforeAdverbs(k - 1)).is(Kind.VERB))
            return subject(p, p.beforeAdverbs(k - 1)); // "Johnson is due to meet Trump": the one due does it
        if (k >= 0 && (p.chunk(k).is(Kind.CONJ) || p.chunk(k).is(Kind.COMMA) || p.chunk(k).is(Kind.PREP))) {
            int before = previousVerb(p, k);
            if (before >= 0 && (p.chunk(k).is(Kind.CONJ) || verb != null && verb.isGerund()
                    || p.chunk(p.beforeAdverbs(k - 1)).is(Kind.CONJ) || thenBefore(p, v)))
                return subject(p, before);
        }
        Filler best = null;
        Filler examples = null;
        for (k = v - 1; k >= 0; k--) {
            Chunk c = p.chunk(k);
            switch (c.kind()) {
                case NP -> {
                    if (governedByPreposition(p, k) && !(k == v - 1 && (endsInPerson(c) || Groups.isUnknownName(p, k))))
                        continue;
                    if (isWhen(p, c))
                        continue; // "The High Court last month ruled"
                    if (Groups.isUnknownName(p, k))
                        return best != null ? best : new Filler(List.of(), null, k, k + 1); // a name the entity layer did not know
                    Filler g = Groups.withExamples(p, Groups.endingAt(p, k)); // "countries including Algeria"
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
                case VERB -> {
                    if (verb != null && verb.isGerund() && best != null && best.isEmpty() && isVehicle(p, best))
                        return subject(p, k); // "posted a message blaming Iran": the message's author blames
                    return best == null ? Filler.NONE : best;
                }
                case SUB -> {
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
                    if (c.isHardBoundary() && best == null && c.word().equals(";"))
                        return subjectBefore(p, k); // "Tesco sold its stores; and in 2015 sold its chain"
                    if (c.isHardBoundary())
                        return best == null ? Filler.NONE : best;
                }
                default -> { }
            }
        }
        return best == null ? Filler.NONE : best;
    }

    /**
     * The subject of the verb that reports the clause of verb {@code v}: "authorities announced
     * [that] 337 users were arrested" gives the authorities. {@link Filler#NONE} when no reporting
     * verb introduces the clause.
     */
    public static Filler reporter(Parse p, int v) {
        Filler subject = subject(p, v);
        if (!subject.exists())
            return Filler.NONE;
        int k = p.beforeAdverbs(subject.from() - 1);
        if (k >= 0 && p.chunk(k).is(Kind.SUB) && p.chunk(k).word().equals("that"))
            k = p.beforeAdverbs(k - 1);
        if (k < 0 || !p.chunk(k).is(Kind.VERB) || !REPORTING.contains(p.chunk(k).verb().base()))
            return Filler.NONE;
        return subject(p, k);
    }

    /** The subject of the nearest verb before chunk {@code k} that has one: a clause after ";" that lacks its own. */
    private static Filler subjectBefore(Parse p, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (!p.chunk(j).is(Kind.VERB))
                continue;
            Filler f = subject(p, j);
            if (!f.isEmpty())
                return f;
        }
        return Filler.NONE;
    }

    /** Whether the filler is a text or act that speaks for its author: "a message", "a decree". */
    private static boolean isVehicle(Parse p, Filler f) {
        Chunk c = p.chunk(f.from());
        return c.is(Kind.NP) && VEHICLES.contains(c.phrase().head());
    }

    /** "the US government, which": the phrase before a relative pronoun. */
    private static Filler antecedent(Parse p, int np) {
        return Groups.chain(p, Groups.endingAt(p, np));
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
                || p.chunk(g.from()).phrase().endsInName() || p.chunk(g.from()).phrase().isPronoun())
            return null; // but in "Speaking to Strayer, he said" the pronoun is the subject
        Phrase before = p.chunk(comma - 1).phrase();
        if (!before.endsInName() || before.refs().get(before.refs().size() - 1).entity().type() != EntityType.Person)
            return null;
        return Groups.endingAt(p, comma - 1);
    }

    /** The names an aside lists as members: ", which include Greenpeace," or ", including Greenpeace,". */
    private static Filler inclusion(Parse p, int from, int to) {
        for (int k = from; k < to; k++) {
            Chunk c = p.chunk(k);
            boolean includes = c.is(Kind.VERB) && c.verb().base().equals("include")
                    || c.is(Kind.PREP) && c.word().equals("including");
            if (includes && k + 1 < to && p.chunk(k + 1).is(Kind.NP))
                return Groups.startingAt(p, k + 1);
        }
        return null;
    }

    /** The doer of an infinitive whose "to" is chunk {@code to}. */
    private static Filler controller(Parse p, int to) {
        int k = p.beforeAdverbs(to - 1);
        if (k < 0)
            return Filler.NONE;
        Chunk c = p.chunk(k);
        if (c.is(Kind.NP)) {
            Filler g = Groups.endingAt(p, k);
            int before = p.beforeAdverbs(g.from() - 1);
            if (before > 0 && p.chunk(before).is(Kind.PREP) && Groups.EXAMPLES.contains(p.chunk(before).word())
                    && p.chunk(before - 1).is(Kind.NP))
                before = p.beforeAdverbs(Groups.endingAt(p, before - 1).from() - 1); // "allies such as Germany to restrict"
            if (before >= 0 && p.chunk(before).is(Kind.VERB)
                    && OBJECT_CONTROL.contains(p.chunk(before).verb().base()))
                return Groups.withExamples(p, g);
            if (INFINITIVE_NOUNS.contains(c.phrase().head()))
                return owner(p, k);
            if (before >= 0 && p.chunk(before).is(Kind.PREP)) {
                int verb = previousVerb(p, before);
                return verb >= 0 ? subject(p, verb) : Filler.NONE;
            }
            if (before >= 0 && p.chunk(before).is(Kind.VERB) && !p.chunk(before).verb().passive())
                return subject(p, before); // "have cited security concerns to impose bans": the subject's purpose
            return Filler.NONE;
        }
        if (c.is(Kind.SUB) && c.word().equals("whether")) {
            int a = p.beforeAdverbs(k - 1);
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
        k = pastPhrasesBeforeThat(p, k);
        if (k < n && p.chunk(k).is(Kind.SUB) && p.chunk(k).word().equals("that"))
            k++;
        if (k >= n || !p.chunk(k).is(Kind.NP))
            return null;
        Filler subject = Groups.startingAt(p, k);
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

    /**
     * The clause reported by a speech verb that follows it: "[Iran was responsible], Pompeo said" or
     * "[...], said Pompeo". Returns {@code null} unless a comma separates the clause from its
     * attribution and the clause opens the sentence.
     */
    public static Complement fronted(Parse p, int v) {
        int k = p.beforeAdverbs(v - 1);
        if (k >= 0 && p.chunk(k).is(Kind.NP))
            k = p.beforeAdverbs(k - 1); // ", Pompeo said"
        if (k < 2 || !p.chunk(k).is(Kind.COMMA))
            return null;
        int start = 0;
        while (start < k && (p.chunk(start).is(Kind.QUOTE) || p.chunk(start).is(Kind.ADVERB)))
            start++;
        if (!p.chunk(start).is(Kind.NP))
            return null;
        Filler subject = Groups.startingAt(p, start);
        int verb = subject.to();
        while (verb < k && p.chunk(verb).is(Kind.ADVERB))
            verb++;
        if (verb >= k || !p.chunk(verb).is(Kind.VERB))
            return null;
        for (int j = verb; j < k; j++)
            if (p.chunk(j).isHardBoundary() || p.chunk(j).is(Kind.QUOTE))
                return null;
        return new Complement(subject, verb, p.chunk(verb).from(), p.chunk(k - 1).to());
    }

    // ---- helpers

    /** "said on Monday that", "said in a statement that": the phrases between a verb and its "that", or {@code k}. */
    private static int pastPhrasesBeforeThat(Parse p, int k) {
        int n = p.chunks().size();
        int j = k;
        while (j + 1 < n && p.chunk(j).is(Kind.PREP) && p.chunk(j + 1).is(Kind.NP)) {
            j = Groups.startingAt(p, j + 1).to();
            while (j < n && p.chunk(j).is(Kind.ADVERB))
                j++;
        }
        return j > k && j < n && p.chunk(j).is(Kind.SUB) && p.chunk(j).word().equals("that") ? j : k;
    }

    /** Whether a noun phrase only says when: "last month", "this week". */
    public static boolean isWhen(Parse p, Chunk np) {
        if (!np.phrase().refs().isEmpty() || np.to() - np.from() < 2)
            return false;
        for (int t = np.from(); t < np.to(); t++)
            if (!Words.isTimeWord(p.word(t)))
                return false;
        return true;
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
        return c.is(Kind.PREP) || (c.is(Kind.CONJ) && k > 0 && Groups.endingAt(p, np).from() < np
                && governedByPreposition(p, Groups.endingAt(p, np).from()));
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
                        || first.is(Kind.SUB) || first.is(Kind.VERB) || describesName(p, i);
                return aside ? i : k;
            }
            if (c.isHardBoundary())
                return k;
        }
        return k;
    }

    /**
     * Whether the comma at {@code i} opens a description of the name before it: "Nikoloz
     * Basilashvili, <b>a Georgian tennis player with current world ranking number 27</b>, was
     * arrested", whatever words the description holds.
     */
    private static boolean describesName(Parse p, int i) {
        if (i < 1 || i + 1 >= p.chunks().size() || !p.chunk(i - 1).is(Kind.NP) || !p.chunk(i + 1).is(Kind.NP))
            return false;
        Phrase name = p.chunk(i - 1).phrase(), description = p.chunk(i + 1).phrase();
        return name.endsInName() && !description.endsInName() && description.determiner() != null
                && !description.isDefinite();
    }

    /** The index of the opening mark that matches the closing one at {@code k}. */
    private static int opening(Parse p, int k, Kind open) {
        for (int i = k - 1; i >= 0 && i >= k - 20; i--)
            if (p.chunk(i).is(open))
                return i;
        return k;
    }
}
