package org.newskg.extract.event;

import java.util.List;
import java.util.Set;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.modality.ModalityCues;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Clauses;
import org.newskg.extract.syntax.Complement;
import org.newskg.extract.syntax.Governors;
import org.newskg.extract.syntax.Governors.Governor;
import org.newskg.extract.syntax.Groups;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Phrase;
import org.newskg.extract.syntax.Pp;
import org.newskg.extract.syntax.Ref;
import org.newskg.fact.Entity;
import org.newskg.fact.EventType;

/**
 * Reads an event from a noun trigger ("Huawei's lawsuit against the US", "the extradition of
 * Meng", "US sanctions"): its owner, the names before it, its prepositional phrases, and what
 * the verb that governs it lends it ("X filed a lawsuit", "X faces sanctions", "added X to the
 * entity list", "a lawsuit filed by X").
 */
final class NounTriggers {

    /** Heads of a phrase whose "of" object is the event its subject undergoes: "the subject of US sanctions". */
    private static final Set<String> UNDERGOER_HEADS = Set.of("subject", "target", "part", "member", "members",
            "signatory", "signatories", "party", "victim", "victims", "object");
    /** Verbs that pass their object to a noun trigger in their prepositional phrase: "added X to the entity list". */
    private static final Set<String> PLACING = Set.of("add", "put", "place", "hit", "slap", "target");
    /** Verbs whose object, not their subject, takes part in the noun in their phrase: "withdrew the US from the treaty". */
    private static final Set<String> PASSING = Set.of("withdraw", "pull", "bring", "lead", "drag", "sign");
    /** Verbs whose subject, an event noun, takes place when they do: "the summit took place this week". */
    private static final Set<String> OCCURRING = Set.of("take", "took", "happen", "occur", "begin", "start", "open",
            "end", "close", "conclude", "continue", "resume", "come", "be");
    /** Prepositions that put the subject of a verb into a meeting named after it: "arrived <b>for</b> talks with Putin". */
    private static final Set<String> AT_MEETING = Set.of("for", "in", "during", "at");
    private final TriggerLexicon lexicon;
    private final Slots slots;

    NounTriggers(TriggerLexicon lexicon, Slots slots) {
        this.lexicon = lexicon;
        this.slots = slots;
    }

    Candidate read(Parse p, Trigger t, int from, int to, List<TimeExpression> times) {
        int np = p.chunkOf(to - 1);
        Chunk nc = p.chunk(np);
        if (!nc.is(Kind.NP) || !isHead(p, nc, to - 1) || !t.needsMet(p))
            return null;
        Phrase ph = nc.phrase();
        Candidate c = slots.start(p, t, from, np);
        String agent = t.role("agent");
        String possRole = t.role("poss") != null ? t.role("poss") : agent;
        String modRole = t.role("mod") != null ? t.role("mod") : agent;
        List<Pp> pps = Groups.prepositions(p, np);
        Entity owner = ph.possessor();
        if (owner != null) {
            boolean ofTakesIt = false;
            for (Pp pp : pps)
                ofTakesIt |= pp.preposition().equals("of") && possRole != null && possRole.equals(t.role("of"));
            boolean courtOwns = "court".equals(agent) && RoleTypes.fits(t.type(), agent, owner); // "the court's ruling", "Cohen's conviction"
            slots.add(c, ofTakesIt || courtOwns ? agent : possRole, owner, true);
        }
        for (Ref r : ph.modifiers())
            if (r.to() <= from && modRole != null)
                slots.add(c, modRole, r.entity(), !modRole.equals(t.role("patient")));
        for (Pp pp : pps) {
            if (pp.preposition().equals("by") && agent != null)
                slots.fill(c, agent, pp.filler(), p, true);
            else
                slots.fillPreposition(c, t, p, pp);
            if (t.type() == EventType.Investigation && "target".equals(t.role(pp.preposition()))
                    && Slots.namesSomething(p, pp.filler()))
                c.unnamedTarget = true; // "an investigation into the crash"
        }
        int first = p.chunkOf(from);
        int verb = governing(c, t, p, first < np && p.chunk(first).is(Kind.NP) ? first : np, from); // "issued a cease and desist order"
        int participle = reducedRelative(c, t, p, np);
        if (t.type() == EventType.Lawsuit)
            FilingAccusations.read(c, t, p, np, slots);
        reported(c, t, p, np);
        slots.rest(c, t, p, np);
        Slots.place(c, pps);
        c.definite = ph.isDefinite();
        c.anaphoric = c.definite && c.keyRolesFilled() == 0;
        if (t.type() == EventType.Deal)
            c.addPhrase("subject", slots.text(p, ph.determiner() != null ? ph.from() + 1 : ph.from(), to));
        c.date = EventDates.of(p, times, participle >= 0 ? participle : verb, np); // "a lawsuit filed on Sunday"
        c.modality = ModalityCues.of(p, np, from, to, t.type(), t.hypothetical());
        return slots.finish(c, t, p);
    }

    /** "allegations by the US that Iran attacked the tankers": the one the reported clause is about, and the clause. */
    private void reported(Candidate c, Trigger t, Parse p, int np) {
        String role = t.role("comp");
        if (role == null)
            return;
        Complement comp = Clauses.complement(p, np);
        int first = comp == null ? -1 : comp.subject().from();
        if (first < 1 || !p.chunk(first - 1).is(Kind.SUB) || !p.chunk(first - 1).word().equals("that"))
            return; // only "that" opens the clause a noun reports; "the allegations Iran denies" is a relative clause
        slots.fill(c, role, comp.subject(), p, false);
        String clause = t.role("clause");
        if (clause == null || !c.has(role) || c.has(clause))
            return;
        int end = comp.verb() + 1; // the clause ends before the verb of the sentence: "[that Russia hacked it] were rejected"
        while (end < p.chunks().size() && p.chunk(end).to() <= comp.to()
                && !(p.chunk(end).is(Kind.VERB) && p.chunk(end - 1).is(Kind.NP) && !p.chunk(end).verb().isGerund()))
            end++;
        c.addPhrase(clause, slots.text(p, p.chunk(comp.verb()).from(), p.chunk(end - 1).to()));
    }

    /** Roles the verb governing a noun lends it: "X filed a lawsuit", "X faces sanctions", "added X to the list". */
    private int governing(Candidate c, Trigger t, Parse p, int np, int from) {
        Governor g = Governors.governor(p, np);
        String agent = t.role("agent"), patient = t.role("patient");
        if (g.verb() < 0)
            return nearestVerb(p, np);
        Chunk vc = p.chunk(g.verb());
        String main = vc.verb().main();
        if (g.position() == Governors.Position.SUBJECT && !lexicon.isLight(main) && !OCCURRING.contains(vc.verb().base()))
            return -1; // "that ban was lifted in 2011": the verb's date is the lifting's, not the ban's
        switch (g.position()) {
            case OBJECT -> {
                if (lexicon.isLight(main) && agent != null)
                    slots.fill(c, agent, Clauses.subject(p, g.verb()), p, true);
                else if (lexicon.isUndergo(main) && patient != null)
                    slots.fill(c, patient, Clauses.subject(p, g.verb()), p, false);
            }
            case PREPOSITIONAL -> {
                int before = np - 2;
                boolean under = "under".equals(g.preposition()) && vc.verb().isCopula(); // "Turkey is under EU sanctions"
                if (under || before >= 0 && p.chunk(before).is(Kind.NP)
                        && UNDERGOER_HEADS.contains(p.chunk(before).phrase().head())) {
                    if (patient != null)
                        slots.fill(c, patient, Clauses.subject(p, g.verb()), p, false);
                } else {
                    if (patient != null && (PLACING.contains(vc.verb().base()) || PASSING.contains(vc.verb().base())))
                        slots.fill(c, patient, Groups.object(p, g.verb()), p, false);
                    boolean attends = t.type() == EventType.Meeting && g.verb() < np && AT_MEETING.contains(g.preposition())
                            && !vc.verb().passive(); // "Macron said in a phone call with Putin": Macron took part
                    if (agent != null && (lexicon.isLight(main) || PLACING.contains(vc.verb().base()) || attends)) {
                        slots.fill(c, agent, Clauses.subject(p, g.verb()), p, true);
                        if (vc.verb().passive())
                            for (Pp pp : Groups.prepositions(p, g.verb()))
                                if (pp.preposition().equals("by"))
                                    slots.fill(c, agent, pp.filler(), p, true);
                    }
                }
            }
            case SUBJECT -> {
                for (Pp pp : Groups.prepositions(p, g.verb())) {
                    if (pp.preposition().equals("by") && vc.verb().passive() && lexicon.isLight(main) && agent != null)
                        slots.fill(c, agent, pp.filler(), p, true);
                    else if (!pp.preposition().equals("by"))
                        slots.fillPreposition(c, t, p, pp);
                }
            }
            default -> { }
        }
        return g.verb();
    }

    /**
     * "a lawsuit filed by the Senate against Pierluisi": the participle after a noun lends it its
     * phrases. Returns the participle's chunk, whose date is the noun's, or -1.
     */
    private int reducedRelative(Candidate c, Trigger t, Parse p, int np) {
        if (np + 1 >= p.chunks().size() || !p.chunk(np + 1).is(Kind.VERB))
            return -1;
        var v = p.chunk(np + 1).verb();
        if (v.isBareParticiple() && v.main().equals("dated"))
            return np + 1; // "a cease and desist order dated yesterday"
        if (!v.isBareParticiple() || !lexicon.isLight(v.main()))
            return -1;
        for (Pp pp : Groups.prepositions(p, np + 1)) {
            if (!pp.preposition().equals("by")) {
                slots.fillPreposition(c, t, p, pp);
            } else if (t.role("agent") != null && !pp.filler().isEmpty()) {
                c.entities.remove(t.role("agent")); // "issued a ruling on a lawsuit filed by X": X's, not the issuer's
                slots.fill(c, t.role("agent"), pp.filler(), p, true);
            }
        }
        return np + 1;
    }

    private static int nearestVerb(Parse p, int c) {
        for (int k = c - 1; k >= 0; k--) {
            if (p.chunk(k).is(Kind.VERB))
                return k;
            if (p.chunk(k).is(Kind.SUB) || p.chunk(k).is(Kind.REL) || p.chunk(k).isHardBoundary())
                break;
        }
        return -1;
    }

    /** Whether token {@code i} is the head of noun phrase {@code c}: its last word, before any "'s". */
    private static boolean isHead(Parse p, Chunk c, int i) {
        int last = c.to() - 1;
        if (last > c.from() && (p.word(last).equals("'s") || p.word(last).equals("’s")))
            last--;
        return i == last;
    }
}
