package org.newskg.extract.role;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.Mention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.extract.entity.Catalog;
import org.newskg.extract.entity.CatalogEntry;
import org.newskg.extract.entity.Focus;
import org.newskg.extract.entity.MentionIndex;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Role;

/**
 * Reads people's posts from the patterns news uses: a title before the name ("German Chancellor
 * Angela Merkel", "Apple chief executive Tim Cook", "the firm's chief financial officer, Meng
 * Wanzhou"), a title in apposition after it ("Carrie Lam, the chief executive of Hong Kong",
 * "Tim Cook, Apple's chief executive"), and "X, who heads Y". The organisation is the one the
 * title names, else the possessor ("Merkel's spokesperson" serves Merkel's state), else, for
 * titles of states and companies, the country or company the article is about. A place stands
 * for its country, as the ontology wants a post in an organisation or a state: "the prosecutor
 * general of Tehran" serves Iran, the "California Attorney General" the United States.
 */
public final class RoleExtractor implements Extractor {

    /** Verbs of "X, who heads Y", with the title they give. */
    private static final Map<String, String> HEADS_VERBS = Map.of("heads", "head", "leads", "leader", "chairs", "chair",
            "runs", "head", "directs", "director", "founded", "founder");

    private final Lexicon lexicon;
    private final TitleParser parser;
    private final Catalog catalog;
    private final Map<String, CatalogEntry> countryOfCapital = new HashMap<>();

    public RoleExtractor(Catalog catalog, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.parser = new TitleParser(lexicon);
        this.catalog = catalog;
        for (CatalogEntry e : catalog.entries())
            if (e.type() == EntityType.Country)
                for (String capital : e.metonyms())
                    countryOfCapital.put(capital, e);
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ROLES);
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        MentionIndex index = MentionIndex.of(doc);
        Focus focus = new Focus(doc);
        Set<String> seen = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens(s);
            if (tokens.isEmpty())
                continue;
            int first = tokens.get(0).index(), last = tokens.get(tokens.size() - 1).index() + 1;
            for (int i = first; i < last; i++) {
                Mention m = index.at(i);
                if (m == null || !index.startsAt(i) || !m.kind().names() || m.type() != EntityType.Person)
                    continue;
                int end = index.endOf(i);
                Role r = before(doc, index, focus, first, i);
                if (r == null)
                    r = after(doc, index, focus, end, last, i);
                if (r != null && seen.add(r.person().name() + "\u001f" + r.organization().name()))
                    doc.addRole(r);
            }
        }
    }

    /** A title right before the name, or before it and a comma: "the prosecutor general of Tehran, Ali Alghasi Mehr". */
    private Role before(AnnotatedArticle doc, MentionIndex index, Focus focus, int first, int person) {
        int target = person;
        if (person > first && doc.tokens().get(person - 1).text().equals(","))
            target = person - 1;
        for (int j = Math.max(first, target - 12); j < target; j++) {
            if (j > first && startsInside(doc, index, j))
                continue;
            TitlePhrase t = parser.parse(doc, index, j, target);
            if (t != null && t.end() == target)
                return role(doc, index, focus, person, t, possessor(doc, index, j, first));
        }
        return null;
    }

    /** Whether a title starting at j would start inside a longer one: "former" before "US President". */
    private boolean startsInside(AnnotatedArticle doc, MentionIndex index, int j) {
        String prev = doc.tokens().get(j - 1).text();
        return lexicon.isTitleModifier(prev) || index.at(j - 1) != null && index.at(j - 1) == index.at(j);
    }

    /** A title in apposition after the name: "Carrie Lam, the chief executive of Hong Kong". */
    private Role after(AnnotatedArticle doc, MentionIndex index, Focus focus, int q, int last, int person) {
        List<Token> tokens = doc.tokens();
        if (q + 1 >= last)
            return null;
        String w = tokens.get(q).text();
        if (w.equals("of") && TitleParser.organisation(index, q + 1) != null) {
            int k = index.endOf(q + 1);
            if (k + 1 < last && tokens.get(k).text().equals("and"))
                q = k + 1; // "Jennifer Daskal of American University and contributor to Slate"
            else
                return null;
        } else if (w.equals(",")) {
            q++;
            String v = tokens.get(q).text();
            if (v.equals("who") && q + 2 < last && HEADS_VERBS.containsKey(tokens.get(q + 1).text())) {
                Mention org = TitleParser.organisation(index, q + 2);
                if (org == null && q + 3 < last && tokens.get(q + 2).text().equals("the"))
                    org = TitleParser.organisation(index, q + 3);
                return org == null ? null : role(doc, index, focus, person,
                        new TitlePhrase(q, q + 2, HEADS_VERBS.get(tokens.get(q + 1).text()), org, ""), null);
            }
            if (v.equals("the") || v.equals("a") || v.equals("an"))
                q++;
        } else {
            return null;
        }
        Mention possessor = null;
        if (q + 1 < last && index.at(q) != null && isPossessive(tokens.get(index.endOf(q)).text())) {
            possessor = index.at(q);
            q = index.endOf(q) + 1;
        }
        TitlePhrase t = q < last ? parser.parse(doc, index, q, last) : null;
        return t == null ? null : role(doc, index, focus, person, t, possessor);
    }

    /** "Y's" right before a title at j: "The firm's chief financial officer", "Merkel's spokesperson". */
    private static Mention possessor(AnnotatedArticle doc, MentionIndex index, int j, int first) {
        if (j - 1 <= first || !isPossessive(doc.tokens().get(j - 1).text()))
            return null;
        return index.at(j - 2);
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'");
    }

    private Role role(AnnotatedArticle doc, MentionIndex index, Focus focus, int person, TitlePhrase t, Mention possessor) {
        Entity who = index.entityAt(person);
        Entity org = t.organization() == null ? null : doc.entityOf(t.organization());
        if (org == null && possessor != null)
            org = possessorOrganisation(doc, possessor);
        Lexicon.Post post = lexicon.post(t.head());
        if (org == null && (post == Lexicon.Post.STATE || post == Lexicon.Post.CORPORATE))
            org = serves(doc, focus, who, post, doc.tokens().get(person).start());
        if (post == Lexicon.Post.OCCUPATION && org != null && org.type() == EntityType.Country)
            return null; // "US lawyer Michael Avenatti": a trade and a nationality, not a post
        if (org != null && org.type() == EntityType.Location)
            org = stateOfPlace(doc, org);
        if (org == null || org.equals(who) || !(org.type().isOrganization() || org.type() == EntityType.Country))
            return null;
        return new Role(who, t.title(), org, doc.evidenceAt(doc.tokens().get(person).start()));
    }

    /**
     * Whom a state or company title with no organisation serves: what the catalog knows of the
     * person (nationality, company) if the article names it, else the state or company the article
     * is about, for a person the catalog does not know.
     */
    private Entity serves(AnnotatedArticle doc, Focus focus, Entity who, Lexicon.Post post, int offset) {
        CatalogEntry known = catalog.byName(who.name());
        if (known != null && known.type() == EntityType.Person) {
            String name = post == Lexicon.Post.STATE ? countryName(known.country()) : known.parent();
            for (Entity e : doc.entities())
                if (e.name().equals(name))
                    return e;
            return null;
        }
        Mention m = post == Lexicon.Post.STATE ? focus.before(offset, e -> e.type() == EntityType.Country)
                : focus.before(offset, e -> e.type() == EntityType.Company);
        return m == null ? null : doc.entityOf(m);
    }

    private String countryName(String iso2) {
        CatalogEntry c = catalog.country(iso2);
        return c == null ? null : c.name();
    }

    /** What a possessor's post is in: a company for "the firm's", a state for "Merkel's" (her role's). */
    private static Entity possessorOrganisation(AnnotatedArticle doc, Mention possessor) {
        Entity e = doc.entityOf(possessor);
        if (e == null || e.type() != EntityType.Person)
            return e;
        for (Role r : doc.roles())
            if (r.person().equals(e))
                return r.organization();
        return null;
    }

    /** The country a place belongs to ("of Tehran" is Iran's) if the article names it, else null. */
    private Entity stateOfPlace(AnnotatedArticle doc, Entity place) {
        CatalogEntry c = countryOfCapital.get(place.name());
        if (c == null) {
            CatalogEntry p = catalog.byName(place.name());
            c = p == null ? null : catalog.country(p.country());
        }
        if (c == null)
            return null;
        for (Entity e : doc.entities())
            if (e.name().equals(c.name()))
                return e;
        return null; // a state the article does not name holds no post in it
    }
}
