package org.newskg.extract.entity;

import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.fact.EntityType;

/**
 * A capital read as its state that is the family name of someone the article named before: after
 * "Actor Denzel Washington", "Washington said" is the actor, not the United States.
 */
final class FamilyNames {

    private FamilyNames() {}

    static void relink(AnnotatedArticle doc, String source) {
        List<Mention> all = List.copyOf(doc.mentions());
        for (Mention m : all) {
            if (m.kind() != Mention.Kind.METONYM)
                continue;
            Mention person = null;
            for (Mention p : all)
                if (p.type() == EntityType.Person && p.kind() == Mention.Kind.NAME && p.span().start() < m.span().start()
                        && p.canonical().endsWith(" " + m.surface()))
                    person = p;
            if (person == null)
                continue;
            Mention p = person;
            doc.removeMentions(x -> x == m);
            doc.addMention(new Mention(m.span(), m.surface(), EntityType.Person, p.key(), p.canonical(), p.wikidata(),
                    source, Mention.Kind.NAME));
        }
    }
}
