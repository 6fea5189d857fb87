package org.newskg.extract.relation;

import java.util.List;
import java.util.Set;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * Membership of international organisations, as news states it: "EU member Austria", "a single
 * EU country (in this case Austria)", "Hungary is a member of NATO", "member states of NATO such
 * as Turkey", "G7 is a group of seven countries, the United Kingdom, ..., and Italy". A negation
 * ("Brazil is not a member of G7") states nothing.
 */
final class Membership implements RelationPattern {

    private static final Set<String> MEMBER_NOUNS = Set.of("member", "members", "state", "states", "country",
            "countries", "nation", "nations", "ally", "allies", "economies", "economy", "partner", "partners");
    private static final Set<String> GROUP_NOUNS = Set.of("countries", "nations", "states", "members", "economies");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "n't");

    /** Verbs of leaving, which state that the state was a member: "Britain must leave the EU". */
    private static final Set<String> LEAVES = Set.of("leave", "leaves", "leaving", "left", "quit", "quits", "exit",
            "exits", "exited", "exiting", "withdraw", "withdraws", "withdrew", "withdrawing");

    @Override
    public void find(Clause c, List<Relation> out) {
        withdrawalOf(c, out);
        for (int i = 0; i < c.size(); i++) {
            if (!c.startsMention(i))
                continue;
            Entity e = c.named(i);
            if (e == null)
                continue;
            int after = c.end(i);
            if (isGroup(e)) {
                memberNounThenCountry(c, e, after, out);
                groupOfCountries(c, e, after, out);
            } else if (e.type() == EntityType.Country) {
                countryIsMember(c, e, after, out);
            }
        }
        memberStatesOf(c, out);
    }

    private static boolean isGroup(Entity e) {
        return e.type() == EntityType.InternationalOrganization;
    }

    /** "EU member Austria", "NATO ally Turkey", "a single EU country (in this case Austria)". */
    private static void memberNounThenCountry(Clause c, Entity group, int k, List<Relation> out) {
        if (!MEMBER_NOUNS.contains(c.word(k)))
            return;
        k++;
        while (MEMBER_NOUNS.contains(c.word(k)) || c.word(k).equals("(") || c.word(k).equals(","))
            k++;
        if (c.word(k).equals("in") && c.word(k + 1).equals("this") && c.word(k + 2).equals("case"))
            k += 3;
        if (GROUP_NOUNS.contains(c.word(k - 1)) || c.word(k - 1).equals("allies") || c.word(k - 1).equals("partners")) {
            list(c, k, group, out); // "fellow EU members France and Germany"
            return;
        }
        Entity country = c.named(k);
        if (country != null && country.type() == EntityType.Country)
            out.add(c.relation(country, RelationType.memberOf, group));
    }

    /** "G7 ... is an informal group of seven countries, the United Kingdom, United States, ..., and Italy". */
    private static void groupOfCountries(Clause c, Entity group, int from, List<Relation> out) {
        for (int k = from; k < Math.min(c.size(), from + 12); k++) {
            if (NEGATIONS.contains(c.word(k)))
                return;
            if (!GROUP_NOUNS.contains(c.word(k)) || !(c.word(k + 1).equals(",") || c.word(k + 1).equals(":")
                    || c.word(k + 1).equals("including")))
                continue;
            list(c, k + 2, group, out);
            return;
        }
    }

    /** Words between a state and "a NATO member" that describe the state: "Hungary, a fellow NATO member". */
    private static final Set<String> DESCRIBING = Set.of(",", "is", "was", "remains", "became", "a", "an", "also",
            "fellow", "another", "key", "founding", "full");
    /** Singular nouns of a member after a group's name: "a NATO member", "an EU member state". */
    private static final Set<String> MEMBER = Set.of("member", "ally", "state", "country", "nation");

    /**
     * "Hungary, a NATO member", "Turkey is a fellow NATO ally", "Sweden's accession to NATO",
     * "Finland's membership of NATO".
     */
    private static void countryDescribedAsMember(Clause c, Entity country, int k, List<Relation> out) {
        if (c.isPossessive(k) && (c.word(k + 1).equals("accession") && c.word(k + 2).equals("to")
                || c.word(k + 1).equals("membership") && (c.word(k + 2).equals("of") || c.word(k + 2).equals("in")))) {
            int g = c.word(k + 3).equals("the") ? k + 4 : k + 3;
            Entity group = c.named(g);
            if (group != null && isGroup(group))
                out.add(c.relation(country, RelationType.memberOf, group));
            return;
        }
        int j = k;
        boolean article = false;
        while (j < k + 5 && DESCRIBING.contains(c.word(j))) {
            article |= c.word(j).equals("a") || c.word(j).equals("an") || c.word(j).equals("fellow");
            j++;
        }
        Entity group = article ? c.named(j) : null;
        if (group != null && isGroup(group) && c.startsMention(j) && MEMBER.contains(c.word(c.end(j))))
            out.add(c.relation(country, RelationType.memberOf, group));
    }

    /** "Hungary is a member of NATO", "Croatia, a member of the EU", "Croatia joined the EU". */
    private static void countryIsMember(Clause c, Entity country, int k, List<Relation> out) {
        countryDescribedAsMember(c, country, k, out);
        for (int j = k; j < Math.min(c.size(), k + 6); j++) {
            String w = c.word(j);
            if (NEGATIONS.contains(w))
                return;
            if (LEAVES.contains(w) && c.word(j + 1).equals("from"))
                j++; // "withdraw from the EU"
            if (w.equals("joined") || LEAVES.contains(w) || w.equals("member") && c.word(j + 1).equals("of")) {
                int g = w.equals("member") ? j + 2 : j + 1;
                if (c.word(g).equals("the"))
                    g++;
                Entity group = c.named(g);
                if (group != null && isGroup(group))
                    out.add(c.relation(country, RelationType.memberOf, group));
                return;
            }
        }
    }

    /** "member states of NATO such as Turkey and Greece", "NATO members including Hungary". */
    private static void memberStatesOf(Clause c, List<Relation> out) {
        for (int k = 0; k + 2 < c.size(); k++) {
            if (!c.word(k).equalsIgnoreCase("members") && !c.word(k).equals("states") && !c.word(k).equals("countries"))
                continue;
            int g = k + 1;
            Entity group = null;
            if (c.word(g).equals("of")) {
                g++;
                if (c.word(g).equals("the"))
                    g++;
                group = c.named(g);
                g = group == null ? g : c.end(g);
            } else if (k > 0 && c.named(k - 1) != null) {
                group = c.named(k - 1);
            }
            if (group == null || !isGroup(group))
                continue;
            if (c.word(g).equals("such") && c.word(g + 1).equals("as"))
                list(c, g + 2, group, out);
            else if (c.word(g).equals("including") || c.word(g).equals("like"))
                list(c, g + 1, group, out);
        }
    }

    /** The countries of a list "the United Kingdom, United States, France, and Italy", each a member. */
    private static void list(Clause c, int k, Entity group, List<Relation> out) {
        while (k < c.size()) {
            while (c.word(k).equals("the") || c.word(k).equals("and") || c.word(k).equals(","))
                k++;
            Entity country = c.named(k);
            if (country == null || country.type() != EntityType.Country)
                return;
            out.add(c.relation(country, RelationType.memberOf, group));
            k = c.end(k);
            if (!c.word(k).equals(",") && !c.word(k).equals("and"))
                return;
        }
    }

    /** "the withdrawal of the United Kingdom from the European Union", "the exit of Britain from the EU". */
    private static void withdrawalOf(Clause c, List<Relation> out) {
        for (int k = 0; k + 3 < c.size(); k++) {
            if (!(c.word(k).equals("withdrawal") || c.word(k).equals("exit") || c.word(k).equals("departure"))
                    || !c.word(k + 1).equals("of"))
                continue;
            int s = c.word(k + 2).equals("the") ? k + 3 : k + 2;
            Entity country = c.named(s);
            if (country == null || country.type() != EntityType.Country || !c.word(c.end(s)).equals("from"))
                continue;
            int g = c.end(s) + 1;
            if (c.word(g).equals("the"))
                g++;
            Entity group = c.named(g);
            if (group != null && isGroup(group))
                out.add(c.relation(country, RelationType.memberOf, group));
        }
    }
}
