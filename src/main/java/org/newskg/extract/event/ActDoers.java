package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Groups;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Ref;
import org.newskg.fact.Entity;

/**
 * The doer of a deed that is criticised in place of the party itself: "condemned the <b>US</b>
 * decision", "criticised the Turkish offensive", "slammed the move by <b>Russia</b>". The one
 * blamed is whoever did the deed, named before it or in its "by" phrase.
 */
final class ActDoers {

    /** Nouns for what a party does or says, whose doer is named with them. */
    static final Set<String> ACTS = Set.of("decision", "decisions", "move", "moves", "action", "actions", "act",
            "acts", "attack", "attacks", "offensive", "operation", "invasion", "incursion", "annexation",
            "occupation", "response", "handling", "policy", "policies", "treatment", "conduct", "behaviour",
            "behavior", "crackdown", "remarks", "comments", "statement", "plan", "plans", "strike", "strikes",
            "airstrike", "airstrikes", "aggression", "interference", "meddling", "detention", "execution",
            "withdrawal", "decree", "refusal", "failure", "rhetoric", "tweet", "tweets", "deployment",
            "blockade", "tests", "test", "launch", "bombing", "bombings", "shelling", "raid", "raids");

    private ActDoers() {}

    /** Whether {@code f} is a noun phrase that names a deed: "the move", "Iran's decision". */
    static boolean isDeed(Parse p, Filler f) {
        return f.exists() && p.chunk(f.to() - 1).is(Kind.NP) && ACTS.contains(p.chunk(f.to() - 1).phrase().head());
    }

    /** The doers of the deed {@code f} names, or {@code f} itself when it names a party or no deed. */
    static Filler of(Parse p, Filler f) {
        if (!f.isEmpty() || !f.exists() || f.possessor() != null)
            return f;
        if (!isDeed(p, f))
            return f;
        Chunk deed = p.chunk(f.to() - 1);
        List<Entity> doers = new ArrayList<>();
        for (Ref r : deed.phrase().modifiers())
            if (!doers.contains(r.entity()))
                doers.add(r.entity()); // "the US decision", "the Turkish offensive"
        int by = f.to();
        if (doers.isEmpty() && by + 1 < p.chunks().size() && p.chunk(by).is(Kind.PREP)
                && p.chunk(by).word().equals("by") && p.chunk(by + 1).is(Kind.NP))
            doers.addAll(Groups.startingAt(p, by + 1).entities()); // "the move by Russia"
        return doers.isEmpty() ? f : new Filler(List.copyOf(doers), null, f.from(), f.to());
    }
}
