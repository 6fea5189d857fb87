package org.newskg.extract.relation;

import java.util.List;
import java.util.Set;
import org.newskg.extract.Mention;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * Where an organisation is based, as news states it: a demonym or place before a descriptor
 * ("Chinese firm Huawei", "Hungarian daily newspaper Magyar Nemzet", "German firms including
 * Siemens and Daimler"), a possessive place ("Brazil's National Institute for Space Research"),
 * a "-based" adjective ("the Luxembourg-based court") or "based in" ("Rudaw, based in Erbil").
 */
final class BasedIn implements RelationPattern {

    private static final Set<String> INCLUDING = Set.of("including", "like", "such");
    private static final Set<String> BASED = Set.of("based", "headquartered");

    private final Lexicon lexicon;

    BasedIn(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void find(Clause c, List<Relation> out) {
        for (int i = 0; i < c.size(); i++) {
            if (!c.startsMention(i))
                continue;
            Entity place = c.named(i);
            int after = c.end(i);
            if (place == null && c.isPossessive(after) && c.entity(i) != null && c.entity(i).type() == EntityType.Country)
                place = c.entity(i); // "the country's largest lender, Sberbank"
            if (!Clause.isPlace(place))
                continue;
            if (c.isPossessive(after)) {
                int k = after + 1;
                String noun = null, previous = null;
                while (k < after + 4 && c.isLowerWord(k) && !Clause.FUNCTION_WORDS.contains(c.word(k))) {
                    previous = noun;
                    noun = c.word(k++); // "Saudi Arabia's state-owned Saudi Aramco"
                }
                if (c.word(k).equals(",") && noun != null && isOrganisationNoun(previous, noun))
                    k++; // "Russia's largest lender, Sberbank"
                Entity org = c.named(k);
                if (Clause.isOrganisation(org) && org.type() != EntityType.InternationalOrganization)
                    out.add(c.relation(org, RelationType.basedIn, place));
            } else if (c.word(i).endsWith("-based") || c.word(i).endsWith("-headquartered")) {
                Entity org = null;
                for (int k = i + 1; k < Math.min(c.size(), i + 4) && org == null; k++)
                    if (Clause.isOrganisation(c.entity(k)))
                        org = c.entity(k);
                if (org == null)
                    org = appositionHead(c, i); // "Cinema for Peace Foundation, a Berlin-based non-profit"
                if (org != null)
                    out.add(c.relation(org, RelationType.basedIn, place));
            } else {
                described(c, i, after, place, out);
            }
        }
        basedInPhrase(c, out);
        headquarters(c, out);
        described(c, out);
    }

    /** "the company's headquarters in Shenzhen", "its head office in Munich": the possessor's seat. */
    private static void headquarters(Clause c, List<Relation> out) {
        for (int k = 1; k + 2 < c.size(); k++) {
            boolean seat = c.word(k).equals("headquarters") || c.word(k).equals("office") && c.word(k - 1).equals("head");
            if (!seat || !c.word(k + 1).equals("in"))
                continue;
            int owner = c.word(k).equals("office") ? k - 2 : k - 1;
            if (c.isPossessive(owner))
                owner--;
            else if (!c.word(owner).equalsIgnoreCase("its"))
                continue;
            Entity org = c.entity(owner);
            int p = c.word(k + 2).equals("the") ? k + 3 : k + 2;
            Entity place = c.named(p);
            if (Clause.isOrganisation(org) && Clause.isPlace(place))
                out.add(c.relation(org, RelationType.basedIn, place));
        }
    }

    /** The organisation named before ", a" or ", the" that opens the phrase at i, or null. */
    private static Entity appositionHead(Clause c, int i) {
        int d = i - 1;
        if (!(c.word(d).equals("a") || c.word(d).equals("an") || c.word(d).equals("the")) || !c.word(d - 1).equals(","))
            return null;
        Entity org = c.entity(d - 2);
        return Clause.isOrganisation(org) ? org : null;
    }

    private static final Set<String> COPULAS = Set.of("is", "was", "remains");

    /**
     * An organisation described as one of a state or place: "UOKiK, the Polish anti-monopoly agency",
     * "ABS-CBN is the largest broadcasting company in the Philippines", "the Court of Session in Scotland".
     */
    private void described(Clause c, List<Relation> out) {
        for (int i = 0; i < c.size(); i++) {
            Entity org = c.named(i);
            if (!Clause.isOrganisation(org) || !c.startsMention(i) || org.type() == EntityType.InternationalOrganization)
                continue;
            int k = c.end(i);
            int in = c.word(k + 1).equals("the") ? k + 2 : k + 1;
            if ((org.type() == EntityType.GovernmentBody || org.type() == EntityType.Organization) && c.word(k).equals("in")
                    && definite(c, i) && Clause.isPlace(c.named(in)) && c.mention(in).kind() == Mention.Kind.NAME) {
                out.add(c.relation(org, RelationType.basedIn, c.named(in))); // "the Court of Session in Scotland"
                continue;
            }
            if (org.type() == EntityType.Company && c.word(k).equals("of") && c.named(in) != null
                    && c.named(in).type() == EntityType.Country && c.mention(in).kind() == Mention.Kind.NAME) {
                out.add(c.relation(org, RelationType.basedIn, c.named(in))); // "Kia Motors of South Korea"
                continue;
            }
            if (!(c.word(k).equals(",") || COPULAS.contains(c.word(k))))
                continue;
            k++;
            if (possessedBy(c, k, org, out))
                continue;
            if (!(c.word(k).equals("the") || c.word(k).equals("a") || c.word(k).equals("an")))
                continue;
            Entity place = null;
            String noun = null, previous = null;
            for (k = k + 1; k < Math.min(c.size(), i + 14); k++) {
                Mention m = c.mention(k);
                if (m != null && place == null && Clause.isPlace(c.named(k)) && (m.kind() == Mention.Kind.DEMONYM
                        || c.named(k).type() == EntityType.Country)) {
                    place = c.named(k);
                    k = c.end(k) - 1;
                } else if ((c.isLowerWord(k) || m != null && !m.kind().names() && Character.isLowerCase(c.word(k).charAt(0)))
                        && !Clause.FUNCTION_WORDS.contains(c.word(k))) {
                    previous = noun;
                    noun = c.word(k);
                } else {
                    break;
                }
            }
            if (noun == null || !isOrganisationNoun(previous, noun))
                continue;
            if (place == null && (c.word(k).equals("in") || c.word(k).equals("from"))) {
                int p = c.word(k + 1).equals("the") ? k + 2 : k + 1;
                if (c.named(p) != null && c.named(p).type() == EntityType.Country)
                    place = c.named(p);
            }
            if (place != null)
                out.add(c.relation(org, RelationType.basedIn, place));
        }
    }

    /**
     * "Samsung, South Korea's largest company", "Sberbank is Russia's biggest lender", "X, the
     * country's top carrier": a place's possessive before an organisation noun, at k.
     */
    private boolean possessedBy(Clause c, int k, Entity org, List<Relation> out) {
        Entity place = c.entity(k);
        if (!Clause.isPlace(place))
            return false;
        int q = c.end(k);
        if (!c.isPossessive(q))
            return false;
        String noun = null, previous = null;
        for (q++; q < c.end(k) + 6 && c.isLowerWord(q) && !Clause.FUNCTION_WORDS.contains(c.word(q)); q++) {
            previous = noun;
            noun = c.word(q);
        }
        if (noun == null || !isOrganisationNoun(previous, noun))
            return false;
        out.add(c.relation(org, RelationType.basedIn, place));
        return true;
    }

    /** "Chinese firm Huawei", "German firms including Deutsche Bahn, Deutsche Telekom and Siemens". */
    private void described(Clause c, int i, int after, Entity place, List<Relation> out) {
        Mention m = c.mention(i);
        if (m.kind() != Mention.Kind.DEMONYM && m.type() != EntityType.Country && m.type() != EntityType.Location)
            return;
        int k = after;
        String descriptor = null, previous = null;
        while (k < Math.min(c.size(), after + 5) && c.isLowerWord(k) && !Clause.FUNCTION_WORDS.contains(c.word(k))
                && !INCLUDING.contains(c.word(k))) {
            previous = descriptor;
            descriptor = c.word(k);
            k++;
        }
        if (descriptor == null || !isOrganisationNoun(previous, descriptor))
            return;
        if (INCLUDING.contains(c.word(k))) {
            k += c.word(k).equals("such") ? 2 : 1;
            while (k < c.size()) {
                Entity org = c.named(k);
                if (!Clause.isOrganisation(org))
                    break;
                out.add(c.relation(org, RelationType.basedIn, place));
                k = c.end(k);
                if (c.word(k).equals(","))
                    k++;
                if (c.word(k).equals("and"))
                    k++;
            }
            return;
        }
        Entity org = c.named(k);
        if (Clause.isOrganisation(org) && org.type() != EntityType.InternationalOrganization)
            out.add(c.relation(org, RelationType.basedIn, place));
    }

    private boolean isOrganisationNoun(String w) {
        return isOrganisationNoun(null, w);
    }

    /** Whether the noun, read with the word before it ("think tank"), is one of an organisation. */
    private boolean isOrganisationNoun(String previous, String w) {
        EntityType t = lexicon.descriptor(previous, w);
        if (t == null && w.endsWith("s"))
            t = lexicon.descriptor(previous, w.substring(0, w.length() - 1));
        return t != null && t.isOrganization();
    }

    /**
     * Whether the name at i follows "the", with modifiers between ("the ruling Democratic Rally"),
     * and no "of" that would make "in" a place of the phrase before it ("the meeting of the
     * American Society for Biochemistry in Orlando").
     */
    private static boolean definite(Clause c, int i) {
        int b = i - 1;
        while (b >= 0 && b > i - 3 && c.isLowerWord(b) && !Clause.FUNCTION_WORDS.contains(c.word(b)))
            b--;
        return b >= 0 && c.word(b).equalsIgnoreCase("the") && !c.word(b - 1).equals("of");
    }

    /** Words between an organisation and "based in" that keep it the subject: "which is", "is now". */
    private static final Set<String> BETWEEN = Set.of("is", "was", "are", "were", "which", "that", "now", "also", "been",
            "has", "had", "it", "'s", "’s");

    /**
     * "Rudaw, based in Erbil", "the company is headquartered in Shenzhen", "UNESCO, an agency of
     * the United Nations, is based in Paris": the organisation before the words, or before the
     * apposition that stands between.
     */
    private static void basedInPhrase(Clause c, List<Relation> out) {
        for (int k = 1; k + 2 < c.size(); k++) {
            if (!BASED.contains(c.word(k)) || !c.word(k + 1).equals("in"))
                continue;
            int p = c.word(k + 2).equals("the") ? k + 3 : k + 2;
            Entity place = c.named(p);
            int b = k - 1;
            while (b > 0 && BETWEEN.contains(c.word(b)))
                b--;
            if (c.word(b).equals(",")) {
                int open = b - 1;
                while (open > 0 && open > b - 14 && !c.word(open).equals(","))
                    open--;
                if (open > 0 && c.word(open).equals(","))
                    b = open; // the comma that opens the apposition
                b--;
            }
            Entity org = null;
            for (; b >= 0 && org == null; b--)
                if (Clause.isOrganisation(c.entity(b)))
                    org = c.entity(b);
            if (Clause.isPlace(place) && org != null)
                out.add(c.relation(org, RelationType.basedIn, place));
        }
    }
}
