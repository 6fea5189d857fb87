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
