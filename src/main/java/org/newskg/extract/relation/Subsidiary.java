package org.newskg.extract.relation;

import java.util.List;
import java.util.Set;
import org.newskg.fact.Entity;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * Ownership between organisations, as news states it: "X, a subsidiary of Y", "Y's unit X",
 * "X is owned by Y", "X is under the aegis of Y", "Y-owned X".
 */
final class Subsidiary implements RelationPattern {

    private static final Set<String> PARTS = Set.of("subsidiary", "unit", "division", "arm", "affiliate", "branch",
            "subsidiaries", "units");
    /** Phrases after which the parent follows: "owned by", "part of", "under the aegis of". */
    private static final List<List<String>> TO_PARENT = List.of(List.of("subsidiary", "of"), List.of("unit", "of"),
            List.of("division", "of"), List.of("arm", "of"), List.of("owned", "by"), List.of("part", "of"),
            List.of("controlled", "by"), List.of("aegis", "of"), List.of("acquired", "by"), List.of("affiliate", "of"));

    /** Words of phrases that say ownership only next to the owned: "X, part of Y", "X is part of Y". */
    private static final Set<String> LOOSE = Set.of("part", "acquired");

    @Override
    public void find(Clause c, List<Relation> out) {
        for (int k = 0; k < c.size(); k++) {
            for (List<String> phrase : TO_PARENT) {
                if (!c.word(k).equals(phrase.get(0)) || !c.word(k + 1).equals(phrase.get(1)))
                    continue;
                int p = k + 2;
                if (c.word(p).equals("the"))
                    p++;
                Entity parent = c.entity(p);
                Entity child = nearestBefore(c, k, LOOSE.contains(phrase.get(0)) ? 3 : k);
                if (Clause.isOrganisation(parent) && Clause.isOrganisation(child) && !parent.equals(child)
                        && !negated(c, k))
                    out.add(c.relation(child, RelationType.subsidiaryOf, parent));
            }
            // "Huawei's subsidiary HiSilicon", "Facebook-owned WhatsApp"
            if (c.isPossessive(k) && PARTS.contains(c.word(k + 1)) && k > 0) {
                Entity parent = c.entity(k - 1);
                Entity child = c.named(k + 2);
                if (Clause.isOrganisation(parent) && Clause.isOrganisation(child) && !parent.equals(child))
                    out.add(c.relation(child, RelationType.subsidiaryOf, parent));
            }
            if (c.word(k).endsWith("-owned") && c.startsMention(k)) {
                Entity parent = c.named(k);
                Entity child = c.named(k + 1);
                if (Clause.isOrganisation(parent) && Clause.isOrganisation(child))
                    out.add(c.relation(child, RelationType.subsidiaryOf, parent));
            }
        }
    }

    /** The organisation named at most {@code within} tokens before position k, or null. */
    private static Entity nearestBefore(Clause c, int k, int within) {
        for (int b = k - 1; b >= Math.max(0, k - within); b--)
            if (Clause.isOrganisation(c.entity(b)))
                return c.entity(b);
        return null;
    }

    private static boolean negated(Clause c, int k) {
        for (int b = Math.max(0, k - 3); b < k; b++)
            if (c.word(b).equals("not") || c.word(b).equals("no") || c.word(b).equals("longer"))
                return true;
        return false;
    }
}
