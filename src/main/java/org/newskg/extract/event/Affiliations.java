package org.newskg.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.extract.syntax.Referents;
import org.newskg.extract.syntax.Words;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Role;
import org.newskg.fact.Span;

/**
 * The organisation or state an official speaks for, read from the title before a mention of the
 * person ("<b>US</b> Ambassador to Germany Richard Grenell", "Hong Kong director of <b>Amnesty
 * International</b> Man-kei Tam"), or for one who speaks (accuses, denies, lobbies) from the
 * roles layer. A body is preferred to a state, a
 * state to a place ("<b>California</b> Attorney General"); one after "to", "for" or "in" is the
 * host, not the employer.
 */
final class Affiliations {

    private static final int REACH = 10;

    /** Words that make a run of words before a name a title: "US <b>Ambassador</b> to Germany". */
    private static final Set<String> TITLES = Set.of("president", "minister", "secretary", "ambassador", "official",
            "director", "chairman", "chairwoman", "chair", "spokesperson", "spokesman", "spokeswoman", "governor",
            "attorney", "general", "ceo", "chief", "executive", "head", "leader", "representative", "envoy",
            "commissioner", "prosecutor", "judge", "mayor", "senator", "chancellor", "premier", "officer",
            "founder", "manager", "deputy", "adviser", "advisor", "councillor", "congressman", "congresswoman",
            "lawmaker", "legislator", "diplomat", "king", "queen", "prince", "emperor", "commander", "admiral",
            "lawyer", "economist", "analyst", "researcher", "scientist", "professor", "editor", "correspondent",
            "coordinator", "administrator", "superintendent", "inspector", "auditor", "treasurer", "president-elect",
            "vice", "foreign", "defence", "defense", "justice", "interior", "finance", "trade", "cyber");
    private static final Set<String> LINKS = Set.of("of", "to", "for", "the", "'s", "’s", ",", "-", "and");
    private static final Set<String> HOST = Set.of("to", "for", "in", "at", "from");

    private final AnnotatedArticle doc;
    private final Referents referents;
    private final Map<Entity, Entity> cache = new HashMap<>();

    Affiliations(AnnotatedArticle doc, Referents referents) {
        this.doc = doc;
        this.referents = referents;
    }

    /** The organisation or state the person's title names ("US Ambassador"), or {@code null}. */
    Entity of(Entity person) {
        if (person.type() != EntityType.Person)
            return null;
        return cache.computeIfAbsent(person, this::titled);
    }

    /** The organisation the person speaks for: the one the title names, else the one the article gives a post in. */
    Entity speaksFor(Entity person) {
        Entity e = of(person);
        if (e != null || person.type() != EntityType.Person)
            return e;
        for (Role r : doc.roles())
            if (r.person().equals(person) && r.organization() != null)
                return r.organization();
        return null;
    }

    private Entity titled(Entity person) {
        for (Span mention : person.mentions()) {
            Entity e = beforeMention(mention);
            if (e != null)
                return e;
        }
        return null;
    }

    private Entity beforeMention(Span mention) {
        Sentence s = doc.sentenceAt(mention.start());
        if (s == null)
            return null;
        List<Token> tokens = doc.tokens();
        int first = doc.firstTokenAtOrAfter(s.span().start());
        int k = doc.firstTokenAtOrAfter(mention.start()) - 1;
        List<Mention> names = referents.mentionsIn(s.span().start(), mention.start());
        Entity country = null;
        Entity place = null;
        boolean comma = false;
        boolean titled = false;
        for (int steps = 0; k >= first && steps < REACH; steps++) {
            Token t = tokens.get(k);
            Mention m = covering(names, t);
            if (m != null) {
                Entity e = referents.entityOf(m);
                int start = doc.firstTokenAtOrAfter(m.span().start());
                String before = start > first ? tokens.get(start - 1).text().toLowerCase() : "";
                int after = doc.firstTokenAtOrAfter(m.span().end());
                boolean owner = after < tokens.size() && tokens.get(after).text().endsWith("s")
                        && tokens.get(after).text().length() == 2;
                if (e != null && e.type() == EntityType.Person && !owner)
                    break; // another person's title
                if (!titled)
                    break; // a name with no title between: "NBC News' Trump" says nothing
                if (e != null && e.type() != EntityType.Person && !HOST.contains(before)) {
                    if (e.type().isOrganization())
                        return e;
                    if (country == null && e.type() == EntityType.Country)
                        country = e;
                    if (place == null && e.type() == EntityType.Location)
                        place = e;
                }
                k = start - 1;
                continue;
            }
            String w = t.text().toLowerCase();
            if (w.equals(",")) {
                if (comma)
                    break;
                comma = true;
            } else if (!LINKS.contains(w) && !titleWord(t.text(), w)) {
                break;
            }
            titled |= TITLES.contains(w);
            k--;
        }
        return country != null ? country : place;
    }

    /** A word that may stand in a title: a capitalised word, or a lower-case word that is not a verb or function word. */
    private static boolean titleWord(String text, String lower) {
        if (!Character.isLetter(text.charAt(0)))
            return false;
        if (Character.isUpperCase(text.charAt(0)))
            return true;
        return !Words.isCommon(lower) && lower.length() > 2 && !lower.endsWith("ly");
    }

    private static Mention covering(List<Mention> names, Token t) {
        for (Mention m : names)
            if (m.span().start() <= t.start() && t.end() <= m.span().end())
                return m;
        return null;
    }
}
