package org.newskg.extract.role;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.entity.Catalog;
import org.newskg.extract.entity.CatalogEntry;
import org.newskg.extract.entity.Focus;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;

/**
 * Whom a title serves when the sentence names no organisation for it, judged from the title's
 * own words, then what the catalog knows of the person, then what the article is about.
 */
final class Employer {

    /** Nouns inside a title that refer to the organisation in focus: "company founder Elon Musk". */
    private static final Map<String, Predicate<Entity>> DESCRIBED = Map.of(
            "company", e -> e.type() == EntityType.Company, "firm", e -> e.type() == EntityType.Company,
            "party", e -> e.type() == EntityType.Organization, "agency", e -> e.type() == EntityType.GovernmentBody);
    /** Titles that name the legislature they sit in: a senator sits in the article's Senate. */
    private static final Map<String, String> SEATS = Map.of("senator", "Senate", "mp", "Parliament",
            "parliamentarian", "Parliament", "representative", "House of Representatives", "congressman",
            "House of Representatives", "congresswoman", "House of Representatives", "assemblyman", "Assembly",
            "assemblywoman", "Assembly", "commissioner", "Commission");

    /** Modifiers that make any post a post of the state: "presidential spokesperson". */
    private static final java.util.Set<String> OF_STATE = java.util.Set.of("presidential", "government",
            "ministerial", "cabinet");

    private final Catalog catalog;

    Employer(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The organisation or state a title with none stated serves, or null: one its words point to
     * ("company founder", "secretary of transportation" beside a Department of Transportation, a
     * senator beside the one Senate), else for posts of states and companies, the person's state or
     * company in the catalog, else the state or company the article is about before {@code offset}.
     */
    Entity serves(AnnotatedArticle doc, Focus focus, Entity who, String title, Lexicon.Post post, int offset) {
        String[] words = title.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            Predicate<Entity> kind = DESCRIBED.get(words[i]);
            if (kind != null) {
                Mention m = focus.before(offset, kind);
                return m == null ? null : doc.entityOf(m);
            }
        }
        Entity body = portfolio(doc, title);
        if (body == null)
            body = seat(doc, words[words.length - 1]);
        if (body != null)
            return body;
        for (String w : words)
            if (OF_STATE.contains(w))
                post = Lexicon.Post.STATE; // "presidential spokesperson"
        if (post != Lexicon.Post.STATE && post != Lexicon.Post.CORPORATE)
            return null;
        CatalogEntry known = catalog.byName(who.name());
        if (known != null && known.type() == EntityType.Person) {
            String name = post == Lexicon.Post.STATE ? countryName(known.country()) : known.parent();
            return named(doc, name);
        }
        Mention m = post == Lexicon.Post.STATE ? focus.before(offset, e -> e.type() == EntityType.Country)
                : focus.before(offset, e -> e.type() == EntityType.Company);
        return m == null ? null : doc.entityOf(m);
    }

    /** "secretary of transportation": the state of the article's body for transportation, or null. */
    private Entity portfolio(AnnotatedArticle doc, String title) {
        int of = title.indexOf(" of ");
        if (of < 0)
            return null;
        String field = title.substring(of + 4);
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.GovernmentBody || !(" " + e.name().toLowerCase(Locale.ROOT) + " ").contains(" " + field + " "))
                continue;
            CatalogEntry known = catalog.byName(e.name());
            Entity state = known == null ? null : named(doc, countryName(known.country()));
            return state != null ? state : e;
        }
        return null;
    }

    /** The legislature a title sits in, when the article names exactly one such body. */
    private static Entity seat(AnnotatedArticle doc, String head) {
        String house = SEATS.get(head);
        if (house == null)
            return null;
        Entity found = null;
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.GovernmentBody && (" " + e.name() + " ").contains(" " + house + " ")) {
                if (found != null)
                    return null;
                found = e;
            }
        }
        return found;
    }

    private String countryName(String iso2) {
        CatalogEntry c = catalog.country(iso2);
        return c == null ? null : c.name();
    }

    private static Entity named(AnnotatedArticle doc, String name) {
        if (name == null)
            return null;
        for (Entity e : doc.entities())
            if (e.name().equals(name))
                return e;
        return null;
    }
}
