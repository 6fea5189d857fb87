package org.newskg.extract.role;

import java.util.Arrays;
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
    private final Employer employer;
    private final Map<String, CatalogEntry> countryOfCapital = new HashMap<>();

    public RoleExtractor(Catalog catalog, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.parser = new TitleParser(lexicon);
        this.employer = new Employer(catalog);
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
            Map<Entity, Entity> held = new HashMap<>(); // who holds a post in what, read in this sentence
            Map<Entity, Role> shared = new HashMap<>(); // posts of plural titles, which the next names of a list share
            for (int i = first; i < last; i++) {
                Mention m = index.at(i);
                if (m == null || !index.startsAt(i) || !m.kind().names() || m.type() != EntityType.Person)
                    continue;
                int end = index.endOf(i);
                Set<Entity> here = new HashSet<>();
                Role early = before(doc, index, focus, first, i, held, shared);
                if (early == null)
                    early = listed(doc, index, first, i, shared);
                for (Role r : Arrays.asList(early, after(doc, index, focus, end, last, i),
                        whose(doc, index, focus, first, i), office(doc, index, focus, first, end, last, i))) {
                    if (r == null || !here.add(r.organization()))
                        continue;
                    held.putIfAbsent(r.person(), r.organization());
                    if (seen.add(r.person().name() + "\u001f" + r.organization().name() + "\u001f" + headWord(r.title())))
                        doc.addRole(r);
                }
            }
        }
    }

    private static String headWord(String title) {
        String t = title.contains(" of ") ? title.substring(0, title.indexOf(" of ")) : title;
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    /**
     * A title right before the name, or before it and a comma: "the prosecutor general of Tehran,
     * Ali Alghasi Mehr". The post of a plural title is noted in {@code shared} for the names listed
     * after this one.
     */
    private Role before(AnnotatedArticle doc, MentionIndex index, Focus focus, int first, int person,
                        Map<Entity, Entity> held, Map<Entity, Role> shared) {
        int target = person;
        if (person - 1 > first && Lexicon.HONORIFICS.contains(doc.tokens().get(person - 1).text())
                && doc.tokens().get(person - 2).text().equals(","))
            target = person - 2; // "the director of IEDCR, Dr Meerjady Sabrina Flora"
        else if (person > first && doc.tokens().get(person - 1).text().equals(","))
            target = person - 1;
        for (int j = Math.max(first, target - 12); j < target; j++) {
            if (j > first && startsInside(doc, index, j))
                continue;
            TitlePhrase t = parser.parse(doc, index, j, target);
            if (t != null && t.end() == target) {
                Entity given = given(doc, index, first, j, held, lexicon.post(t.head()));
                Role r = role(doc, index, focus, person, t, possessor(doc, index, j, first),
                        given != null ? given : afterName(doc, index, person, t.head()));
                if (r != null && t.plural())
                    shared.put(r.person(), r);
                return r;
            }
        }
        return null;
    }

    /**
     * The post a name shares with the name before it in a list under a plural title: "NASA
     * astronauts Bob Behnken and Doug Hurley", "Representatives Eliot Engel, Adam Schiff, and
     * Elijah Cummings".
     */
    private static Role listed(AnnotatedArticle doc, MentionIndex index, int first, int person, Map<Entity, Role> shared) {
        List<Token> tokens = doc.tokens();
        int k = person - 1;
        if (k >= first && tokens.get(k).text().equals("and"))
            k--;
        if (k >= first && tokens.get(k).text().equals(","))
            k--;
        if (k == person - 1 || k < first)
            return null;
        Entity previous = index.entityAt(k);
        Role r = previous == null ? null : shared.get(previous);
        if (r == null)
            return null;
        Role mine = new Role(index.entityAt(person), r.title(), r.organization(), doc.evidenceAt(tokens.get(person).start()));
        shared.put(mine.person(), mine);
        return mine;
    }

    /** Words after a name that say where its title is held: "analyst Ray Neidl at Calyon Securities". */
    private static final Set<String> HELD_AT = Set.of("at", "of", "with");

    /** Heads of posts that a place "of" after the name holds: "Governor Gavin Newsom of California". */
    private static final Set<String> PLACE_POSTS = Set.of("governor", "mayor", "premier", "lieutenant-governor", "sheriff");

    /**
     * The organisation named by "at", "of" or "with" right after the name at {@code person}, or
     * null. A place there is the seat of a senator ("Senator Elizabeth Warren of Massachusetts"),
     * not whom the post serves, except for the heads of places.
     */
    private Entity afterName(AnnotatedArticle doc, MentionIndex index, int person, String head) {
        List<Token> tokens = doc.tokens();
        int k = index.endOf(person);
        if (k + 1 >= tokens.size() || !HELD_AT.contains(tokens.get(k).text()))
            return null;
        if (!tokens.get(k).text().equals("of") && lexicon.post(head) == Lexicon.Post.STATE)
            return null; // "Prime Minister Tony Blair at 10 Downing Street": where he is, not whom he serves
        int o = tokens.get(k + 1).text().equals("the") ? k + 2 : k + 1;
        Mention m = o < tokens.size() ? TitleParser.organisation(index, o) : null;
        int owned = m == null ? -1 : index.endOf(o) + 1;
        if (owned > 0 && owned < tokens.size() && isPossessive(tokens.get(owned - 1).text())
                && TitleParser.organisation(index, owned) != null)
            m = TitleParser.organisation(index, owned); // "Sally Wasef of Australia's Griffith University"
        if (m == null || (m.type() == EntityType.Location || m.type() == EntityType.Country) && !tokens.get(k).text().equals("of")
                || m.type() == EntityType.Location && !PLACE_POSTS.contains(head))
            return null;
        return doc.entityOf(m);
    }

    /** Verbs of taking people into posts, whose subject is whom the posts serve: "NASA has selected two astronauts". */
    private static final Set<String> HIRES = Set.of("selected", "hired", "appointed", "named", "picked", "chose",
            "recruited", "nominated", "selects", "hires", "appoints", "names", "picks", "chooses", "recruits", "nominates");

    /** Verbs after which "by" names who holds a post in the subject: "The court is led by President Brenda Hale". */
    private static final Set<String> LED = Set.of("led", "lead", "headed", "chaired", "run", "directed", "commanded");

    /**
     * The organisation the sentence gives a title that names none: the one of the title before it
     * in a list ("Israeli prime minister X and energy minister Y"), or the subject of "is led by".
     */
    private static Entity given(AnnotatedArticle doc, MentionIndex index, int first, int title, Map<Entity, Entity> held,
                                Lexicon.Post post) {
        List<Token> tokens = doc.tokens();
        if (title - 2 >= first && (tokens.get(title - 1).text().equals("and") || tokens.get(title - 1).text().equals(","))) {
            Entity before = index.entityAt(title - 2);
            Entity o = before == null ? null : held.get(before);
            if (o != null && (post == Lexicon.Post.STATE && o.type() == EntityType.Country
                    || post == Lexicon.Post.CORPORATE && o.type() == EntityType.Company))
                return o; // a post of the same kind: "Israeli prime minister X and energy minister Y"
        }
        for (int v = title - 1; v > first && v >= title - 3; v--) {
            String w = tokens.get(v).text();
            if (!HIRES.contains(w)) {
                if (index.at(v) != null || !Character.isLowerCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)))
                    break;
                continue;
            }
            for (int k = v - 1; k >= Math.max(first, v - 4); k--) { // "NASA has selected two astronauts, Doug Hurley and Bob Behnken"
                Mention m = index.at(k);
                Entity e = index.entityAt(k);
                if (m != null && m.kind().names() && (e.type().isOrganization() || e.type() == EntityType.Country))
                    return e;
            }
            break;
        }
        if (title - 2 >= first && tokens.get(title - 1).text().equals("by") && LED.contains(tokens.get(title - 2).text())) {
            for (int k = first; k < title - 2; k++) {
                Entity e = index.entityAt(k);
                if (e != null && e.type().isOrganization())
                    return e;
            }
        }
        return null;
    }

    /** Whether a title starting at j would start inside a longer one: "former" before "US President". */
    private boolean startsInside(AnnotatedArticle doc, MentionIndex index, int j) {
        String prev = doc.tokens().get(j - 1).text();
        return lexicon.isTitleModifier(prev) || index.at(j - 1) != null && index.at(j - 1) == index.at(j);
    }

    private static final Set<String> COPULAS = Set.of("is", "was", "became", "becomes", "remains", "remained");
    private static final Set<String> SERVED = Set.of("served", "serves", "serving", "worked", "works");
    private static final Set<String> APPOINTED = Set.of("appointed", "named", "nominated", "elected", "installed",
            "confirmed", "chosen", "sworn", "serves", "served", "serving");

    /**
     * A title after the name: in apposition ("Carrie Lam, the chief executive of Hong Kong"), after
     * a copula ("al-Muhandis was the deputy commander of the PMF") or after "as" ("appointed
     * Pierluisi as secretary of state", "Vázquez was sworn in as governor").
     */
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
            if (q + 2 < last && isAge(tokens.get(q).text()) && tokens.get(q + 1).text().equals(","))
                q += 2; // "Robert Jackson, 58, chief executive of ..."
            String v = tokens.get(q).text();
            if (v.equals("who") && q + 3 < last && appointedAt(tokens, q + 1, last) > 0)
                return appositive(doc, index, focus, appointedAt(tokens, q + 1, last), last, person); // "who was appointed chief executive of"
            if (v.equals("who") && q + 3 < last && SERVED.contains(tokens.get(q + 1).text()) && tokens.get(q + 2).text().equals("as"))
                return appositive(doc, index, focus, q + 3, last, person); // "who served as Ericsson's chief executive"
            if (v.equals("who") && q + 2 < last && COPULAS.contains(tokens.get(q + 1).text()))
                return copula(doc, index, focus, q + 1, last, person); // "Brett McGurk, who was Trump's envoy"
            if (v.equals("who") && q + 2 < last && HEADS_VERBS.containsKey(tokens.get(q + 1).text())) {
                Mention org = TitleParser.organisation(index, q + 2);
                if (org == null && q + 3 < last && tokens.get(q + 2).text().equals("the"))
                    org = TitleParser.organisation(index, q + 3);
                return org == null ? null : role(doc, index, focus, person,
                        new TitlePhrase(q, q + 2, HEADS_VERBS.get(tokens.get(q + 1).text()), org, "", false), null, null);
            }
            Role r = appositive(doc, index, focus, q, last, person);
            if (r != null)
                return r;
            int close = closingComma(tokens, q, last);
            return close < 0 ? null : copula(doc, index, focus, close + 1, last, person); // "X, a Saudi national, was ..."
        } else if (COPULAS.contains(w)) {
            return copula(doc, index, focus, q, last, person);
        } else {
            return as(doc, index, focus, q, last, person);
        }
        return appositive(doc, index, focus, q, last, person);
    }

    private Role appositive(AnnotatedArticle doc, MentionIndex index, Focus focus, int q, int last, int person) {
        List<Token> tokens = doc.tokens();
        String v = tokens.get(q).text();
        if (v.equals("the") || v.equals("a") || v.equals("an"))
            q++;
        Mention possessor = null;
        if (q + 1 < last && index.at(q) != null && isPossessive(tokens.get(index.endOf(q)).text())) {
            possessor = index.at(q);
            q = index.endOf(q) + 1;
        }
        TitlePhrase t = q < last ? parser.parse(doc, index, q, last) : null;
        if (t == null || t.end() < last && index.entityAt(t.end()) != null
                && index.entityAt(t.end()).type() == EntityType.Person)
            return null; // "X, Greek prime minister Kyriakos Mitsotakis": the title of the next name
        return role(doc, index, focus, person, t, possessor, null);
    }

    /** A title after "is", "was" or "became" that names whom it serves: "was a columnist for The Washington Post". */
    private Role copula(AnnotatedArticle doc, MentionIndex index, Focus focus, int q, int last, int person) {
        if (q + 1 >= last || !COPULAS.contains(doc.tokens().get(q).text()))
            return null;
        Role r = appositive(doc, index, focus, q + 1, last, person);
        return r != null && (stated(doc, index, q + 1, last) || possessed(doc, index, q + 1, last)) ? r : null;
    }

    /** Whether the title after a copula has a possessor: "was Trump's Special Presidential Envoy". */
    private static boolean possessed(AnnotatedArticle doc, MentionIndex index, int q, int last) {
        Mention m = index.at(q);
        if (m == null || !m.kind().names())
            return false;
        int after = index.endOf(q);
        return after + 1 < last && isPossessive(doc.tokens().get(after).text());
    }

    /** Whether the title after a copula names an organisation ("the deputy commander of the PMF") rather than a trade. */
    private static boolean stated(AnnotatedArticle doc, MentionIndex index, int from, int last) {
        for (int k = from; k < Math.min(last, from + 10); k++) {
            String w = doc.tokens().get(k).text();
            if (TitleParser.organisation(index, k) != null)
                return true;
            if (w.equals(",") || w.equals("who") || w.equals("which") || w.equals("and"))
                return false;
        }
        return false;
    }

    /** "appointed Pierluisi as secretary of state", "Vázquez was sworn in as governor". */
    private Role as(AnnotatedArticle doc, MentionIndex index, Focus focus, int q, int last, int person) {
        List<Token> tokens = doc.tokens();
        boolean appointed = person > 0 && APPOINTED.contains(tokens.get(person - 1).text());
        int k = q;
        while (k < Math.min(last, q + 4) && !tokens.get(k).text().equals("as")) {
            String w = tokens.get(k).text();
            if (APPOINTED.contains(w))
                appointed = true;
            else if (!(w.equals("was") || w.equals("is") || w.equals("has") || w.equals("had") || w.equals("been")
                    || w.equals("in")))
                return null;
            k++;
        }
        if (!appointed || k + 1 >= last || !tokens.get(k).text().equals("as"))
            return null;
        return appositive(doc, index, focus, k + 1, last, person);
    }

    /**
     * Where the title starts after "was appointed", "has been named as", "was elected" at q, or
     * -1 when no such words stand there.
     */
    private static int appointedAt(List<Token> tokens, int q, int last) {
        int k = q;
        while (k < last && k < q + 2 && (COPULAS.contains(tokens.get(k).text()) || tokens.get(k).text().equals("has")
                || tokens.get(k).text().equals("had") || tokens.get(k).text().equals("been")))
            k++;
        if (k == q || k >= last || !APPOINTED.contains(tokens.get(k).text()) || tokens.get(k).text().startsWith("serv"))
            return -1;
        k++;
        if (k < last && tokens.get(k).text().equals("as"))
            k++;
        return k < last ? k : -1;
    }

    /** The comma that closes an apposition opened before {@code q}, within a few words, or -1. */
    private static int closingComma(List<Token> tokens, int q, int last) {
        for (int k = q; k < Math.min(last, q + 8); k++)
            if (tokens.get(k).text().equals(","))
                return k;
        return -1;
    }

    /** "The Syrian Army — whose commander-in-chief is President Bashar al-Assad". */
    private Role whose(AnnotatedArticle doc, MentionIndex index, Focus focus, int first, int person) {
        List<Token> tokens = doc.tokens();
        for (int w = person - 2; w >= Math.max(first + 1, person - 8); w--) {
            if (!tokens.get(w).text().equals("whose"))
                continue;
            int is = w + 1;
            while (is < person && !COPULAS.contains(tokens.get(is).text()))
                is++;
            TitlePhrase t = is < person ? parser.parse(doc, index, w + 1, is) : null;
            int o = w - 1;
            if (o > first && !Character.isLetterOrDigit(tokens.get(o).text().charAt(0)))
                o--;
            Mention org = TitleParser.organisation(index, o);
            if (t == null || t.end() != is || org == null)
                return null;
            return role(doc, index, focus, person, new TitlePhrase(t.start(), t.end(), t.title(), org, t.head(), false),
                    null, null);
        }
        return null;
    }

    /** Offices named by a term of office: "during the presidency of Barack Obama", "Ben Ali's Presidency". */
    private Role office(AnnotatedArticle doc, MentionIndex index, Focus focus, int first, int end, int last, int person) {
        List<Token> tokens = doc.tokens();
        String term = null;
        if (end + 1 < last && isPossessive(tokens.get(end).text()))
            term = tokens.get(end + 1).text().toLowerCase(java.util.Locale.ROOT);
        else if (person - 2 >= first && tokens.get(person - 1).text().equals("of"))
            term = tokens.get(person - 2).text().toLowerCase(java.util.Locale.ROOT);
        String title = term == null ? null : TERMS.get(term);
        return title == null ? null
                : role(doc, index, focus, person, new TitlePhrase(person, end, title, null, title, false), null, null);
    }

    private static final Map<String, String> TERMS = Map.of("presidency", "president", "premiership", "prime minister",
            "chancellorship", "chancellor");

    /** "Y's" right before a title at j: "The firm's chief financial officer", "Merkel's spokesperson". */
    private static Mention possessor(AnnotatedArticle doc, MentionIndex index, int j, int first) {
        if (j - 1 <= first || !isPossessive(doc.tokens().get(j - 1).text()))
            return null;
        return index.at(j - 2);
    }

    /** An age in apposition: "58". */
    private static boolean isAge(String w) {
        return w.length() <= 3 && w.chars().allMatch(Character::isDigit);
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'");
    }

    /**
     * The role a title gives the person, with the organisation it names, else its possessor's,
     * else the one the sentence gives it, else whom such a title serves ({@link #serves}).
     */
    private Role role(AnnotatedArticle doc, MentionIndex index, Focus focus, int person, TitlePhrase t, Mention possessor,
                      Entity given) {
        Entity who = index.entityAt(person);
        Entity org = t.organization() == null ? null : doc.entityOf(t.organization());
        if (org == null && possessor != null)
            org = possessorOrganisation(doc, possessor);
        if (org == null)
            org = given;
        Lexicon.Post post = lexicon.post(t.head());
        int offset = doc.tokens().get(person).start();
        if (org == null)
            org = employer.serves(doc, focus, who, t.title(), post, offset);
        if (post == Lexicon.Post.OCCUPATION && org != null && org.type() == EntityType.Country && t.leading())
            return null; // "US lawyer Michael Avenatti": a trade and a nationality, not a post
        if (org != null && org.type() == EntityType.Location)
            org = stateOfPlace(doc, org);
        if (org == null || org.equals(who) || !(org.type().isOrganization() || org.type() == EntityType.Country
                || org.type() == EntityType.Location))
            return null;
        return new Role(who, t.title(), org, doc.evidenceAt(offset));
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

    /**
     * Whom a post in a place serves: a capital's officials serve its state ("the prosecutor
     * general of Tehran" is Iran's, if the article names Iran); other places hold posts of their
     * own ("Tony Evers, the governor of Wisconsin").
     */
    private Entity stateOfPlace(AnnotatedArticle doc, Entity place) {
        CatalogEntry c = countryOfCapital.get(place.name());
        if (c == null)
            return place;
        for (Entity e : doc.entities())
            if (e.name().equals(c.name()))
                return e;
        return null; // a state the article does not name holds no post in it
    }
}
