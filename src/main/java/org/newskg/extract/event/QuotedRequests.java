package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Groups;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Parses;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;
import org.newskg.fact.Modality;
import org.newskg.fact.Quote;

/**
 * Lobbying that a quotation states: a speaker who says "I count on Turkey to act with restraint",
 * "we urge China to ..." or "the US must stop ..." presses that named party.
 */
final class QuotedRequests {

    /** Verbs whose object is pressed to do what the infinitive after it says: "count on X to". */
    private static final Set<String> PRESSING = Set.of("count", "call", "urge", "ask", "appeal", "want", "expect",
            "encourage", "press", "implore", "demand", "invite");

    /** Words after a party that say what the speaker wants of it: "X must", "X should". */
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");

    /** Who "must" or "should" do something as the target of pressure: states and public bodies. */
    private static final Set<EntityType> STATES = Set.of(EntityType.Country, EntityType.GovernmentBody,
            EntityType.InternationalOrganization);

    private final AnnotatedArticle doc;
    private final Parses parses;
    private final Affiliations affiliations;

    QuotedRequests(Parses parses, Affiliations affiliations) {
        this.doc = parses.referents().doc();
        this.parses = parses;
        this.affiliations = affiliations;
    }

    List<Candidate> read() {
        List<Candidate> out = new ArrayList<>();
        for (QuotedSentence qs : QuotedSentence.of(parses)) {
            Quote q = qs.quote();
            Sentence s = qs.sentence();
            Parse p = qs.parse();
            Entity target = pressed(p, q);
            if (target == null)
                continue;
            Candidate c = new Candidate(EventType.Lobbying, s.index(), q.evidence() != null ? q.evidence()
                    : doc.evidenceAt(q.span().start()), 0.5);
            c.add("actor", q.speaker());
            Entity body = affiliations.speaksFor(q.speaker());
            if (body != null)
                c.add("actor", body);
            c.add("target", target);
            c.modality = Modality.asserted;
            out.add(c);
        }
        return out;
    }

    /** The named party the quotation presses, or {@code null}. */
    private Entity pressed(Parse p, Quote q) {
        int n = p.chunks().size();
        for (int k = 0; k < n; k++) {
            Chunk c = p.chunk(k);
            if (!inside(p, c, q))
                continue;
            if (c.is(Kind.VERB) && PRESSING.contains(c.verb().base()) && !c.verb().negated() && firstPerson(p, k)) {
                int o = k + 1;
                if (o < n && p.chunk(o).is(Kind.PREP) && (p.chunk(o).word().equals("on") || p.chunk(o).word().equals("upon")
                        || p.chunk(o).word().equals("to")))
                    o++; // "count on Turkey", "call on China", "appeal to the US"
                if (o >= n || !p.chunk(o).is(Kind.NP))
                    continue;
                Filler f = Groups.startingAt(p, o);
                if (f.to() < n && p.chunk(f.to()).is(Kind.TO)) {
                    Entity e = party(f, q.speaker());
                    if (e != null)
                        return e;
                }
            }
            if (c.is(Kind.NP) && k + 1 < n && p.chunk(k + 1).is(Kind.VERB) && obliged(p, p.chunk(k + 1)) && !conditional(p, q)
                    && !c.phrase().isPronoun()) {
                Entity e = party(Groups.startingAt(p, k), q.speaker()); // "the US must stop"
                if (e != null && STATES.contains(e.type()))
                    return e; // a state or public body is pressed; "Sideways should win" presses nobody
            }
        }
        return null;
    }

    /** "must", "should", "ought to": what a party has to do as the speaker demands it ("has to" may only describe a rule). */
    private static boolean obliged(Parse p, Chunk verb) {
        return !verb.verb().negated() && !verb.verb().passive() && !verb.verb().words().contains("be")
                && OBLIGATION.contains(verb.verb().words().get(0)); // "Mugabe should be remembered" asks nothing of him
    }

    /** Whether the speaker presses in person: "I count on", "we urge", not "his staff want him to". */
    private static boolean firstPerson(Parse p, int verb) {
        int k = p.beforeAdverbs(verb - 1);
        return k >= 0 && p.chunk(k).is(Kind.NP) && p.chunk(k).phrase().isPronoun()
                && (p.word(p.chunk(k).from()).equals("i") || p.word(p.chunk(k).from()).equals("we"));
    }

    /** The first actor of the filler that is not the speaker or the body or state it speaks for. */
    private Entity party(Filler f, Entity speaker) {
        Entity body = affiliations.speaksFor(speaker);
        Entity state = affiliations.stateOf(body != null ? body : speaker);
        for (Entity e : f.entities())
            if (e.type().isActor() && !e.equals(speaker) && !e.equals(body) && !e.equals(state))
                return e;
        return null;
    }

    /** Whether the quotation opens with a condition: "If there is a court order, Facebook must …" states a rule. */
    private static boolean conditional(Parse p, Quote q) {
        int t = p.tokenAt(q.span().start() + 1);
        return t >= 0 && (p.word(t).equals("if") || p.word(t).equals("unless") || p.word(t).equals("when"));
    }

    private static boolean inside(Parse p, Chunk c, Quote q) {
        int start = p.tokens().get(c.from()).start();
        return start > q.span().start() && start < q.span().end();
    }
}
