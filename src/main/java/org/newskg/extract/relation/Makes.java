package org.newskg.extract.relation;

import java.util.List;
import java.util.Set;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * What a company makes, as news states it: "Huawei's Mate X", "its Mate X foldable phone",
 * "Apple unveiled the iPhone 11", "the Mate X, made by Huawei".
 */
final class Makes implements RelationPattern {

    private static final Set<String> VERBS = Set.of("launched", "launches", "unveiled", "unveils", "released",
            "releases", "introduced", "introduces", "makes", "made", "produces", "produced", "manufactures",
            "manufactured", "builds", "built", "developed", "develops", "designed", "designs", "sells", "announced");

    @Override
    public void find(Clause c, List<Relation> out) {
        for (int k = 0; k < c.size(); k++) {
            Entity company = c.entity(k);
            if (company == null || company.type() != EntityType.Company || !c.startsMention(k))
                continue;
            int after = c.end(k);
            if (c.mention(k).kind().names() && isProduct(c.named(after)) && c.startsMention(after)) {
                out.add(c.relation(company, RelationType.makes, c.named(after))); // "the SpaceX Crew Dragon capsule"
            } else if (c.isPossessive(after) || isItsPronoun(c, k)) {
                int p = c.isPossessive(after) ? after + 1 : after;
                for (int skip = 0; skip < 2 && c.isLowerWord(p); skip++)
                    p++; // "its new Mate X"
                Entity product = c.named(p);
                if (isProduct(product))
                    out.add(c.relation(company, RelationType.makes, product));
            } else if (VERBS.contains(c.word(after))) {
                for (int p = after + 1; p < Math.min(c.size(), after + 5); p++) {
                    Entity product = c.named(p);
                    if (isProduct(product)) {
                        out.add(c.relation(company, RelationType.makes, product));
                        break;
                    }
                    if (product != null)
                        break;
                }
            }
        }
        for (int k = 0; k + 2 < c.size(); k++) {
            if (c.word(k).equals("made") && c.word(k + 1).equals("by")) {
                Entity company = c.entity(k + 2);
                Entity product = k >= 2 && c.word(k - 1).equals(",") ? c.named(k - 2) : null;
                if (company != null && company.type() == EntityType.Company && isProduct(product))
                    out.add(c.relation(company, RelationType.makes, product));
            }
        }
    }

    private static boolean isItsPronoun(Clause c, int k) {
        return c.word(k).equalsIgnoreCase("its");
    }

    private static boolean isProduct(Entity e) {
        return e != null && (e.type() == EntityType.Product || e.type() == EntityType.Technology);
    }
}
