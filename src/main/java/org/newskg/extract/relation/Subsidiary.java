package org.newskg.extract.relation;

import java.util.List;
import java.util.Set;
import org.newskg.fact.Entity;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * Ownership between organisations, as news states it: "X, a subsidiary of Y", "Y's unit X",
 * "X is owned by Y", "X is under the aegis of Y", "Y-owned X", "X, which Y owns", "Y's X said",
 * "X, Y's chip design arm", "X's parent company Y".
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

    /** Nouns of a part of an organisation named after it or in apposition: "its Netto chain", "the network's news channel, ANC". */
    private static final Set<String> PART_NOUNS = Set.of("subsidiary", "unit", "division", "arm", "affiliate", "branch",
            "chain", "channel", "brand", "operation", "wing", "lab", "laboratory");
    /** Nouns after a possessive that name the possessor's owner: "YouTube's parent company, Google". */
    private static final Set<String> PARENTS = Set.of("parent", "owner", "holding");

    /** Words after "X's Y" that leave Y the whole noun phrase: "Microsoft's GitHub said", not "Apple's Samsung lawsuit". */
    private static boolean endsNounPhrase(Clause c, int k) {
        String w = c.word(k);
        if (w.isEmpty() || !Character.isLetter(w.charAt(0)))
            return true;
        return Clause.FUNCTION_WORDS.contains(w) || w.endsWith("ed") || Set.of("says", "has", "will", "and", "announced",
                "is", "was", "reported").contains(w);
    }

    /** Verbs of a parent that contains its parts: "the IRGC, which includes the Quds Force". */
    private static final Set<String> INCLUDES = Set.of("includes", "comprises", "oversees", "controls", "owns");

    @Override
    public void find(Clause c, List<Relation> out) {
        parts(c, out);
        for (int k = 0; k < c.size(); k++) {
            for (List<String> phrase : TO_PARENT) {
                if (!c.word(k).equals(phrase.get(0)) || !c.word(k + 1).equals(phrase.get(1)))
                    continue;
                int p = k + 2;
                if (c.word(p).equals("the"))
                    p++;
                Entity parent = ownerAt(c, p);
                Entity child = nearestBefore(c, k, LOOSE.contains(phrase.get(0)) ? 3 : k);
                if (Clause.isOrganisation(parent) && Clause.isOrganisation(child) && !parent.equals(child)
                        && !negated(c, k))
                    out.add(c.relation(child, RelationType.subsidiaryOf, parent));
            }
            if (c.isPossessive(k) && k > 0)
                namedParts(c, k, out);
            if (c.word(k).equals(",") && c.word(k + 1).equals("which") && (c.word(k + 3).equals("owns")
                    || c.word(k + 4).equals("owns") && c.word(k + 2).equals("the"))) {
                Entity child = c.entity(k - 1);
                Entity parent = c.entity(c.word(k + 2).equals("the") ? k + 3 : k + 2);
                if (Clause.isOrganisation(parent) && Clause.isOrganisation(child) && !parent.equals(child))
                    out.add(c.relation(child, RelationType.subsidiaryOf, parent)); // "Honor, which Huawei owns"
            }
            if (c.word(k).endsWith("-owned") && c.startsMention(k)) {
                Entity parent = c.named(k);
                Entity child = c.named(k + 1);
                if (Clause.isOrganisation(parent) && Clause.isOrganisation(child))
                    out.add(c.relation(child, RelationType.subsidiaryOf, parent));
            }
        }
    }

    /**
     * "Huawei's subsidiary HiSilicon", "GM's European units Opel and Saab": the parts named after
     * a possessive at k and a part noun, with modifiers between.
     */
    private static void namedParts(Clause c, int k, List<Relation> out) {
        Entity parent = c.entity(k - 1);
        int q = k + 1;
        while (q < k + 4 && !PARTS.contains(c.word(q)) && (c.isLowerWord(q) && !Clause.FUNCTION_WORDS.contains(c.word(q))
                || c.mention(q) != null && Clause.isPlace(c.named(q))))
            q++;
        if (!PARTS.contains(c.word(q)) || !Clause.isOrganisation(parent))
            return;
        for (int n = q + 1; n < c.size(); ) {
            Entity child = c.named(n);
            if (!Clause.isOrganisation(child) || child.equals(parent) || !c.startsMention(n))
                return;
            out.add(c.relation(child, RelationType.subsidiaryOf, parent));
            n = c.end(n);
            if (!c.word(n).equals(",") && !c.word(n).equals("and") || !c.word(q).endsWith("s"))
                return; // only a plural part noun lists more: "units Opel and Saab"
            n += c.word(n + 1).equals("and") ? 2 : 1;
        }
    }

    /**
     * The owner named at p, after a place's possessive and modifiers if need be: "a unit of
     * China's Geely", "owned by Japan's state-backed JIC".
     */
    private static Entity ownerAt(Clause c, int p) {
        Entity e = c.entity(p);
        if (!Clause.isPlace(e) || !c.startsMention(p))
            return e;
        int k = c.end(p);
        if (!c.isPossessive(k))
            return e;
        k++;
        while (k < c.end(p) + 4 && c.isLowerWord(k) && !Clause.FUNCTION_WORDS.contains(c.word(k)))
            k++;
        return Clause.isOrganisation(c.entity(k)) ? c.entity(k) : e;
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

    /** "HiSilicon, Huawei's chip design arm": the name before the comma is the possessor's part. */
    private static void partInApposition(Clause c, int k, Entity parent, List<Relation> out) {
        int after = c.end(k);
        if (k < 2 || !c.word(k - 1).equals(",") || !c.isPossessive(after))
            return;
        int q = after + 1;
        while (q < Math.min(c.size(), after + 5) && c.isLowerWord(q) && !PART_NOUNS.contains(c.word(q)))
            q++;
        Entity child = c.entity(k - 2);
        if (PART_NOUNS.contains(c.word(q)) && Clause.isOrganisation(child) && !child.equals(parent))
            out.add(c.relation(child, RelationType.subsidiaryOf, parent));
    }

    /**
     * "its Netto chain", "Salling's Netto chain", "The network's news channel, ABS-CBN News Channel",
     * "the Iranian Revolutionary Guard Corps (IRGC), which includes the Quds Force".
     */
    private static void parts(Clause c, List<Relation> out) {
        for (int k = 0; k < c.size(); k++) {
            Entity parent = c.entity(k);
            if (!Clause.isOrganisation(parent) || !c.startsMention(k))
                continue;
            partInApposition(c, k, parent, out);
            int after = c.end(k);
            boolean possessed = c.isPossessive(after) || c.word(k).equalsIgnoreCase("its");
            int p = c.isPossessive(after) ? after + 1 : after;
            if (possessed) {
                Entity child = c.named(p);
                if (Clause.isOrganisation(child) && PART_NOUNS.contains(c.word(c.end(p))) && !child.equals(parent))
                    out.add(c.relation(child, RelationType.subsidiaryOf, parent)); // "its Netto chain"
                else if (Clause.isOrganisation(child) && c.isPossessive(after) && c.named(k) != null && c.startsMention(p)
                        && endsNounPhrase(c, c.end(p))
                        && !child.equals(parent) && !parent.type().equals(org.newskg.fact.EntityType.Country))
                    out.add(c.relation(child, RelationType.subsidiaryOf, parent)); // "Microsoft's GitHub said"
                if (PARENTS.contains(c.word(p)) && c.isPossessive(after)) {
                    int q = c.word(p + 1).equals("company") ? p + 2 : p + 1;
                    if (c.word(q).equals(","))
                        q++;
                    Entity owner = c.named(q);
                    if (Clause.isOrganisation(owner) && !owner.equals(parent))
                        out.add(c.relation(parent, RelationType.subsidiaryOf, owner)); // "YouTube's parent company Google"
                }
                int q = p;
                while (q < Math.min(c.size(), p + 4) && c.isLowerWord(q))
                    q++;
                if (q > p && PART_NOUNS.contains(c.word(q - 1)) && (c.word(q).equals(",") || c.startsMention(q))) {
                    Entity named = c.named(c.word(q).equals(",") ? q + 1 : q); // "its budget brand Honor
                    if (Clause.isOrganisation(named) && !named.equals(parent))
                        out.add(c.relation(named, RelationType.subsidiaryOf, parent)); // "the network's news channel, ANC"
                }
                continue;
            }
            if (PARENTS.contains(c.word(after))) {
                int q = c.word(after + 1).equals("company") ? after + 2 : after + 1;
                Entity owner = c.named(q);
                if (Clause.isOrganisation(owner) && !owner.equals(parent) && c.startsMention(q))
                    out.add(c.relation(parent, RelationType.subsidiaryOf, owner)); // "Google parent Alphabet"
            }
            int w = after;
            if (c.word(w).equals("(")) {
                while (w < c.size() && !c.word(w).equals(")"))
                    w++;
                w++;
            }
            if (c.word(w).equals(",") && c.word(w + 1).equals("which") && INCLUDES.contains(c.word(w + 2))) {
                int q = c.word(w + 3).equals("the") ? w + 4 : w + 3;
                Entity child = c.named(q);
                if (Clause.isOrganisation(child) && !child.equals(parent))
                    out.add(c.relation(child, RelationType.subsidiaryOf, parent));
            }
        }
    }
}
