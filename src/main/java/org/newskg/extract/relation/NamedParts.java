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
 * Relations a name states through the names inside it: "Tesco Polska" is Tesco's and based in
 * Poland, the "Boeing 737-800" is made by Boeing; the "Iraqi Parliament", the "Paris Criminal Court" and the "Supreme Court of Puerto Rico"
 * are based in their places.
 */
final class NamedParts {

    private NamedParts() {}

    static List<Relation> find(AnnotatedArticle doc) {
        List<Relation> out = new ArrayList<>();
        for (Mention whole : doc.mentions()) {
            Entity org = doc.entityOf(whole);
            if (org == null || whole.kind() != Mention.Kind.NAME || org.type() != EntityType.Company
                    && org.type() != EntityType.GovernmentBody && org.type() != EntityType.Product
                    && org.type() != EntityType.Organization)
                continue;
            for (Mention part : doc.mentions()) {
                Entity e = doc.entityOf(part);
                if (e == null || e.equals(org) || !part.kind().names() || !inside(part, whole))
                    continue;
                boolean opens = part.span().start() == whole.span().start(), ends = part.span().end() == whole.span().end();
                if (org.type() == EntityType.Organization) {
                    if (e.type() == EntityType.Country && ends && part.kind() == Mention.Kind.NAME && !opens)
                        out.add(new Relation(org, RelationType.basedIn, e, doc.evidenceAt(whole.span().start())));
                } else if (org.type() == EntityType.Company && part.kind() == Mention.Kind.NAME) {
                    if (e.type() == EntityType.Company && opens)
                        out.add(new Relation(org, RelationType.subsidiaryOf, e, doc.evidenceAt(whole.span().start())));
                    if (e.type() == EntityType.Country && ends)
                        out.add(new Relation(org, RelationType.basedIn, e, doc.evidenceAt(whole.span().start())));
                } else if (org.type() == EntityType.Product) {
                    if (e.type() == EntityType.Company && opens && part.kind() == Mention.Kind.NAME)
                        out.add(new Relation(e, RelationType.makes, org, doc.evidenceAt(whole.span().start())));
                } else if (org.type() == EntityType.GovernmentBody && (opens || ends) && !abroad(org)
                        && (e.type() == EntityType.Country || e.type() == EntityType.Location)) {
                    out.add(new Relation(org, RelationType.basedIn, e, doc.evidenceAt(whole.span().start())));
                }
            }
        }
        return out;
    }

    /** A state's body abroad, which its state's name does not place: "US Embassy", "Iranian consulate". */
    private static boolean abroad(Entity body) {
        String n = body.name().toLowerCase(java.util.Locale.ROOT);
        return n.contains("embassy") || n.contains("consulate") || n.contains("mission") || n.contains("delegation");
    }

    private static boolean inside(Mention part, Mention whole) {
        return part.span().start() >= whole.span().start() && part.span().end() <= whole.span().end()
                && part.span().length() < whole.span().length();
    }
}
