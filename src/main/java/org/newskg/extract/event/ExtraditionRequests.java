package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Clauses;
import org.newskg.extract.syntax.Governors;
import org.newskg.extract.syntax.Groups;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Ref;
import org.newskg.fact.Entity;

/**
 * The state that asks for an extradition, read from the request around "to extradite": the
 * owner of a request ("the US request to extradite Meng"), the one who asks another
 * ("Washington asked Canada to extradite her") and the one who seeks it ("the US is seeking to
 * extradite him"). It asks; it is not the one holding the person, who is the one weighing the
 * request ("Canada weighs US request to extradite Meng").
 */
final class ExtraditionRequests {

    /** Nouns whose owner asks for what the infinitive after them says. */
    private static final Set<String> NOUNS = Set.of("request", "requests", "bid", "bids", "demand", "demands",
            "call", "calls", "application", "effort", "efforts", "attempt", "attempts", "push");
    /** Verbs whose subject asks their object to do what the infinitive says. */
    private static final Set<String> ASKING = Set.of("ask", "urge", "request", "press", "pressure", "call", "lobby",
            "want", "push", "demand", "implore");
    /** Verbs whose subject seeks what the infinitive says. */
    private static final Set<String> SEEKING = Set.of("seek", "want", "try", "attempt", "push", "move", "request",
            "demand", "hope", "aim");

    /** Verbs whose subject decides on a request, and so holds the person: "Canada weighs US request to extradite". */
    private static final Set<String> WEIGHING = Set.of("weigh", "consider", "review", "approve", "reject", "accept",
            "grant", "deny", "receive", "refuse", "decline", "examine", "study");

    private ExtraditionRequests() {}

    /**
     * Moves the requester out of the custodian role, or adds it, for the extradition verb at chunk
     * {@code v}; whether the extradition is one asked for.
     */
    static boolean read(Candidate c, Parse p, int v, Slots slots) {
        int to = p.beforeAdverbs(v - 1);
        if (to < 1 || !p.chunk(to).is(Kind.TO))
            return false;
        int before = p.beforeAdverbs(to - 1);
        if (before < 0)
            return false;
        Chunk b = p.chunk(before);
        List<Entity> requesters = new ArrayList<>();
        if (b.is(Kind.NP) && NOUNS.contains(b.phrase().head())) {
            if (b.phrase().possessor() != null)
                requesters.add(b.phrase().possessor());
            for (Ref r : b.phrase().modifiers())
                requesters.add(r.entity());
            Governors.Governor g = Governors.governor(p, Groups.endingAt(p, before).from());
            if (g.position() == Governors.Position.OBJECT && WEIGHING.contains(p.chunk(g.verb()).verb().base()))
                slots.fill(c, "custodian", Clauses.subject(p, g.verb()), p, true); // "Canada weighs US request to"
        } else if (b.is(Kind.NP)) {
            int verb = p.beforeAdverbs(Groups.endingAt(p, before).from() - 1);
            if (verb >= 0 && p.chunk(verb).is(Kind.VERB) && !p.chunk(verb).verb().passive()
                    && ASKING.contains(p.chunk(verb).verb().base()))
                requesters.addAll(Clauses.subject(p, verb).entities());
        } else if (b.is(Kind.VERB) && SEEKING.contains(b.verb().base()) && !b.verb().passive()) {
            requesters.addAll(Clauses.subject(p, before).entities());
        }
        for (Entity e : requesters) {
            if (c.entities.containsKey("custodian"))
                c.entities.get("custodian").remove(e);
            slots.add(c, "requester", e, true);
        }
        return !requesters.isEmpty();
    }
}
