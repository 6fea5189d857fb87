package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Clauses;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Pp;
import org.newskg.extract.syntax.Ref;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;

/**
 * The doer of a state's act told in the passive with no by-phrase: the authority that reports
 * it ("authorities in the UK announced that 337 users were arrested"), else the state where it
 * was done ("the hijab was banned in Tunisian public offices").
 */
final class ImplicitDoers {

    /** Roles that only a state or public body fills when it is left unsaid. */
    private static final Set<String> STATE_ROLES = Set.of("imposer", "authority", "prosecutor", "investigator");

    private ImplicitDoers() {}

    static Filler ofPassive(Parse p, int verb, List<Pp> pps, String role) {
        if (role == null || !STATE_ROLES.contains(role))
            return Filler.NONE;
        Filler reporter = Clauses.reporter(p, verb);
        List<Entity> states = new ArrayList<>();
        for (Entity e : reporter.entities())
            if (isPublic(e))
                states.add(e);
        if (!states.isEmpty())
            return new Filler(states, null, reporter.from(), reporter.to());
        for (Pp pp : pps) {
            if (!pp.preposition().equals("in") || !pp.filler().exists())
                continue;
            Chunk c = p.chunk(pp.filler().from());
            if (!c.is(Chunk.Kind.NP))
                continue;
            for (Ref r : c.phrase().refs())
                if (r.entity().type() == EntityType.Country && !states.contains(r.entity()))
                    states.add(r.entity());
            if (!states.isEmpty())
                return new Filler(states, null, pp.filler().from(), pp.filler().to());
        }
        return Filler.NONE;
    }

    private static boolean isPublic(Entity e) {
        EntityType t = e.type();
        return t == EntityType.Country || t == EntityType.GovernmentBody || t == EntityType.InternationalOrganization;
    }
}
