package org.newskg.extract.relation;

import java.util.List;
import org.newskg.extract.Mention;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * A person's nationality where the article states it for someone who holds no office of that
 * state: "Chinese dissident Ai Weiwei", "Austrian politician Eva Glawischnig-Piesczek". A state
 * title ("German Chancellor Angela Merkel") states a post, not a nationality.
 */
final class Nationality implements RelationPattern {

    private final Lexicon lexicon;

    Nationality(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Nouns of an apposition that state a nationality: "Jamal Khashoggi, a Saudi national". */
    private static final java.util.Set<String> NATIONALS = java.util.Set.of("national", "citizen", "nationals", "citizens");

    @Override
    public void find(Clause c, List<Relation> out) {
        appositions(c, out);
        for (int k = 0; k < c.size(); k++) {
            Mention m = c.mention(k);
            if (m == null || m.kind() != Mention.Kind.DEMONYM || !c.startsMention(k))
                continue;
            Entity country = c.named(k);
            int p = c.end(k);
            boolean described = false;
            while (p < Math.min(c.size(), c.end(k) + 3) && c.isLowerWord(p)) {
                String w = c.word(p);
                Lexicon.Post post = lexicon.isTitleHead(w) ? lexicon.post(w) : null;
                if (post == Lexicon.Post.STATE || post == Lexicon.Post.CORPORATE || post == Lexicon.Post.OTHER)
                    return; // a post, not a nationality: "German Chancellor Angela Merkel"
                if (post == Lexicon.Post.OCCUPATION || lexicon.cue(Lexicon.Cue.DESCRIPTOR, w) == EntityType.Person)
                    described = true;
                p++;
            }
            Entity person = c.named(p);
            if (described && person != null && person.type() == EntityType.Person && country.type() == EntityType.Country)
                out.add(c.relation(person, RelationType.nationalityOf, country));
        }
    }

    /** "Jamal Khashoggi, a Saudi national", "Jong Woo Son from South Korea". */
    private static void appositions(Clause c, List<Relation> out) {
        for (int k = 0; k < c.size(); k++) {
            Entity person = c.named(k);
            if (person == null || person.type() != EntityType.Person || !c.startsMention(k))
                continue;
            int after = c.end(k);
            if (c.word(after).equals("from") && isCountry(c.named(after + 1))) {
                out.add(c.relation(person, RelationType.nationalityOf, c.named(after + 1)));
            } else if (c.word(after).equals(",") && (c.word(after + 1).equals("a") || c.word(after + 1).equals("an"))) {
                Mention m = c.mention(after + 2);
                int noun = m == null ? -1 : c.end(after + 2);
                if (m != null && m.kind() == Mention.Kind.DEMONYM && NATIONALS.contains(c.word(noun)))
                    out.add(c.relation(person, RelationType.nationalityOf, c.named(after + 2)));
            }
        }
    }

    private static boolean isCountry(Entity e) {
        return e != null && e.type() == EntityType.Country;
    }
}
