package org.newskg.extract.relation;

import java.util.List;
import java.util.Set;
import org.newskg.extract.entity.Catalog;
import org.newskg.extract.entity.CatalogEntry;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * What a company makes, as news states it: "Huawei's Mate X", "its Mate X foldable phone",
 * "Apple unveiled the iPhone 11", "the Mate X, made by Huawei", "the Starliner, built by Boeing".
 */
final class Makes implements RelationPattern {

    private final Catalog catalog;

    Makes(Catalog catalog) {
        this.catalog = catalog;
    }

    private static final Set<String> VERBS = Set.of("launched", "launches", "unveiled", "unveils", "released",
            "releases", "introduced", "introduces", "makes", "made", "produces", "produced", "manufactures",
            "manufactured", "builds", "built", "developed", "develops", "designed", "designs", "sells", "announced");

    /** Participles after which "by" names the maker: "the Starliner capsule, built by Boeing". */
    private static final Set<String> BY = Set.of("made", "built", "developed", "manufactured", "designed", "produced",
            "created", "engineered");

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
                if (isProduct(product) && !madeByAnother(product, company))
                    out.add(c.relation(company, RelationType.makes, product));
            } else if (VERBS.contains(c.word(verbAfter(c, after)))) {
                int v = verbAfter(c, after);
                for (int p = v + 1; p < Math.min(c.size(), v + 5); p++) {
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
            if (BY.contains(c.word(k)) && c.word(k + 1).equals("by")) {
                Entity company = c.entity(k + 2);
                Entity product = null;
                for (int b = k - 2; b >= Math.max(0, k - 4) && product == null && c.word(k - 1).equals(","); b--)
                    product = isProduct(c.named(b)) ? c.named(b) : null; // "The iPhone 11, made by Apple"
                if (company != null && company.type() == EntityType.Company && isProduct(product))
                    out.add(c.relation(company, RelationType.makes, product));
            }
        }
    }

    /** Where the verb after a company stands, past ", which" or "that": "Nvidia, which makes the H100 chip". */
    private static int verbAfter(Clause c, int after) {
        int v = c.word(after).equals(",") ? after + 1 : after;
        return c.word(v).equals("which") || c.word(v).equals("that") ? v + 1 : after;
    }

    /**
     * Whether the catalog gives the product another maker: in "cutting Huawei phones off from
     * updates of its Android system", "its" is not Huawei's.
     */
    private boolean madeByAnother(Entity product, Entity company) {
        CatalogEntry known = catalog.byName(product.name());
        if (known == null || known.parent() == null)
            return false;
        return !owns(known.parent(), company.name()) && !owns(company.name(), known.parent());
    }

    /** Whether {@code owner} is {@code name} or one of its parents in the catalog: Samsung owns Samsung Electronics. */
    private boolean owns(String owner, String name) {
        String n = name;
        for (int depth = 0; n != null && depth < 4; depth++) {
            if (n.equals(owner))
                return true;
            CatalogEntry e = catalog.byName(n);
            n = e == null ? null : e.parent();
        }
        return false;
    }

    private static boolean isItsPronoun(Clause c, int k) {
        return c.word(k).equalsIgnoreCase("its");
    }

    private static boolean isProduct(Entity e) {
        return e != null && (e.type() == EntityType.Product || e.type() == EntityType.Technology);
    }
}
