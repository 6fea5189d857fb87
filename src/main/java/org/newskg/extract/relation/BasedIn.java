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
            if (!Clause.isPlace(place))
                continue;
            int after = c.end(i);
            if (c.isPossessive(after)) {
                int k = after + 1;
                while (k < after + 3 && c.isLowerWord(k) && !Clause.FUNCTION_WORDS.contains(c.word(k)))
                    k++; // "Saudi Arabia's state-owned Saudi Aramco"
                Entity org = c.named(k);
                if (Clause.isOrganisation(org) && org.type() != EntityType.InternationalOrganization)
                    out.add(c.relation(org, RelationType.basedIn, place));
            } else if (c.word(i).endsWith("-based") || c.word(i).endsWith("-headquartered")) {
                for (int k = i + 1; k < Math.min(c.size(), i + 4); k++) {
                    Entity org = c.entity(k);
                    if (Clause.isOrganisation(org)) {
                        out.add(c.relation(org, RelationType.basedIn, place));
                        break;
                    }
                }
            } else {
                described(c, i, after, place, out);
            }
        }
        basedInPhrase(c, out);
        described(c, out);
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
            if (org.type() == EntityType.GovernmentBody && c.word(k).equals("in") && i > 0 && c.word(i - 1).equals("the")
                    && Clause.isPlace(c.named(k + 1)) && c.mention(k + 1).kind() == Mention.Kind.NAME) {
                out.add(c.relation(org, RelationType.basedIn, c.named(k + 1))); // "the Court of Session in Scotland"
                continue;
            }
            if (!(c.word(k).equals(",") || COPULAS.contains(c.word(k))))
                continue;
            k++;
            if (!(c.word(k).equals("the") || c.word(k).equals("a") || c.word(k).equals("an")))
                continue;
            Entity place = null;
            String noun = null;
            for (k = k + 1; k < Math.min(c.size(), i + 14); k++) {
                Mention m = c.mention(k);
                if (m != null && place == null && Clause.isPlace(c.named(k)) && (m.kind() == Mention.Kind.DEMONYM
                        || c.named(k).type() == EntityType.Country)) {
                    place = c.named(k);
                    k = c.end(k) - 1;
                } else if ((c.isLowerWord(k) || m != null && !m.kind().names() && Character.isLowerCase(c.word(k).charAt(0)))
                        && !Clause.FUNCTION_WORDS.contains(c.word(k))) {
                    noun = c.word(k);
                } else {
                    break;
                }
            }
            if (noun == null || !isOrganisationNoun(noun))
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

    /** "Chinese firm Huawei", "German firms including Deutsche Bahn, Deutsche Telekom and Siemens". */
    private void described(Clause c, int i, int after, Entity place, List<Relation> out) {
        Mention m = c.mention(i);
        if (m.kind() != Mention.Kind.DEMONYM && m.type() != EntityType.Country && m.type() != EntityType.Location)
            return;
        int k = after;
        String descriptor = null;
        while (k < Math.min(c.size(), after + 5) && c.isLowerWord(k) && !Clause.FUNCTION_WORDS.contains(c.word(k))
                && !INCLUDING.contains(c.word(k))) {
            descriptor = c.word(k);
            k++;
        }
        if (descriptor == null || !isOrganisationNoun(descriptor))
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
        EntityType t = lexicon.cue(Lexicon.Cue.DESCRIPTOR, w);
        if (t == null && w.endsWith("s"))
            t = lexicon.cue(Lexicon.Cue.DESCRIPTOR, w.substring(0, w.length() - 1));
        return t != null && t.isOrganization();
    }

    /** "Rudaw, based in Erbil", "the company is headquartered in Shenzhen". */
    private static void basedInPhrase(Clause c, List<Relation> out) {
        for (int k = 1; k + 2 < c.size(); k++) {
            if (!BASED.contains(c.word(k)) || !c.word(k + 1).equals("in"))
                continue;
            Entity place = c.named(k + 2);
            Entity org = null;
            for (int b = k - 1; b >= 0 && org == null; b--)
                if (Clause.isOrganisation(c.entity(b)))
                    org = c.entity(b);
            if (Clause.isPlace(place) && org != null)
                out.add(c.relation(org, RelationType.basedIn, place));
        }
    }
}
