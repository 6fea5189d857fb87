package org.newskg.extract.relation;

import java.util.List;
import java.util.Set;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * Who runs a programme, as news states it: "Hungary launched a military development program
 * dubbed Zrínyi 2026", "the EU's Galileo programme", "the PRISM surveillance system used by
 * America's intelligence agency".
 */
final class Operates implements RelationPattern {

    private static final Set<String> VERBS = Set.of("launched", "launches", "runs", "ran", "operates", "operated",
            "started", "starts", "created", "set", "established", "introduced", "unveiled", "announced", "began");
    private static final Set<String> BY = Set.of("used", "run", "operated", "launched", "created", "developed");

    @Override
    public void find(Clause c, List<Relation> out) {
        for (int k = 0; k < c.size(); k++) {
            Entity actor = c.entity(k);
            if (!isActor(actor) || !c.startsMention(k))
                continue;
            int after = c.end(k);
            if (c.isPossessive(after)) {
                Entity program = c.named(after + 1);
                if (isProgram(program))
                    out.add(c.relation(actor, RelationType.operates, program));
            } else if (VERBS.contains(c.word(after))) {
                for (int p = after + 1; p < Math.min(c.size(), after + 9); p++) {
                    Entity program = c.named(p);
                    if (isProgram(program)) {
                        out.add(c.relation(actor, RelationType.operates, program));
                        break;
                    }
                    if (program != null)
                        break;
                }
            }
        }
        for (int k = 1; k + 2 < c.size(); k++) {
            if (!BY.contains(c.word(k)) || !c.word(k + 1).equals("by"))
                continue;
            Entity program = null;
            for (int b = k - 1; b >= Math.max(0, k - 4) && program == null; b--)
                if (isProgram(c.named(b)))
                    program = c.named(b);
            Entity actor = c.entity(k + 2);
            if (program != null && isActor(actor))
                out.add(c.relation(actor, RelationType.operates, program));
        }
    }

    private static boolean isActor(Entity e) {
        return e != null && (e.type().isOrganization() || e.type() == EntityType.Country);
    }

    private static boolean isProgram(Entity e) {
        return e != null && e.type() == EntityType.Program;
    }
}
