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

    @Override
    public void find(Clause c, List<Relation> out) {
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
}
