package org.newskg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;

/**
 * Relations a company's name states through the names inside it: "Tesco Polska" is Tesco's
 * and based in Poland.
 */
final class NamedParts {

    private NamedParts() {}

    static List<Relation> find(AnnotatedArticle doc) {
        List<Relation> out = new ArrayList<>();
        for (Mention whole : doc.mentions()) {
            Entity org = doc.entityOf(whole);
            if (org == null || whole.kind() != Mention.Kind.NAME || org.type() != EntityType.Company)
                continue;
            for (Mention part : doc.mentions()) {
                Entity e = doc.entityOf(part);
                if (e == null || e.equals(org) || part.kind() != Mention.Kind.NAME || !inside(part, whole))
                    continue;
                if (e.type() == EntityType.Company && part.span().start() == whole.span().start())
                    out.add(new Relation(org, RelationType.subsidiaryOf, e, doc.evidenceAt(whole.span().start())));
                if (e.type() == EntityType.Country && part.span().end() == whole.span().end())
                    out.add(new Relation(org, RelationType.basedIn, e, doc.evidenceAt(whole.span().start())));
            }
        }
        return out;
    }

    private static boolean inside(Mention part, Mention whole) {
        return part.span().start() >= whole.span().start() && part.span().end() <= whole.span().end()
                && part.span().length() < whole.span().length();
    }
}
