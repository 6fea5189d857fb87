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
 * A person's nationality where the article states it for someone who holds no office of that
 * state: "Chinese dissident Ai Weiwei", "Turkish fiancée Hatice Cengiz", "Iranian-born Ali Reza
 * Raisi", "Alan Kurdi, a three-year-old Syrian boy", "Jong Woo Son, a citizen of South Korea". A
 * state title ("German Chancellor Angela Merkel") states a post, not a nationality.
 */
final class Nationality implements RelationPattern {

    private final Lexicon lexicon;

    Nationality(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Nouns of an apposition that state a nationality: "Jamal Khashoggi, a Saudi national". */
    private static final Set<String> NATIONALS = Set.of("national", "citizen", "nationals", "citizens");

    /**
     * Nouns for people that say nothing of a post, after which a demonym is the person's
     * nationality: "Turkish fiancée Hatice Cengiz", "a three-year-old Syrian boy".
     */
    private static final Set<String> PEOPLE = Set.of("man", "woman", "boy", "girl", "child", "teenager", "teen",
            "baby", "toddler", "fiancée", "fiancee", "fiancé", "fiance", "wife", "husband", "widow", "widower", "mother",
            "father", "son", "daughter", "brother", "sister", "tourist", "visitor", "pilgrim", "migrant", "refugee",
            "nurse", "climber", "athlete", "runner", "swimmer", "cyclist", "skier", "player", "footballer", "photographer",
            "photojournalist", "filmmaker", "artist", "musician", "rapper", "poet", "novelist", "hacker", "spy",
            "blogger", "youtuber", "influencer", "billionaire", "millionaire", "heiress", "heir", "inventor",
            "mountaineer", "sailor", "soldier", "veteran", "priest", "nun", "monk", "aid", "volunteer", "expatriate",
            "expat", "passenger", "driver", "chef", "designer", "model", "actress", "actor", "comedian", "director",
            "producer", "cleric", "scholar", "historian", "physicist", "chemist", "mathematician", "astronomer",
            "biologist", "doctor", "surgeon", "physician", "tycoon", "dissident", "activist", "national", "citizen");

    @Override
    public void find(Clause c, List<Relation> out) {
        appositions(c, out);
        for (int k = 0; k < c.size(); k++) {
            Mention m = c.mention(k);
            if (m == null || !(m.kind() == Mention.Kind.DEMONYM || m.kind() == Mention.Kind.NAME
                    && m.type() == EntityType.Country) || !c.startsMention(k))
                continue;
            Entity country = c.named(k);
            int p = c.end(k);
            boolean demonym = m.kind() == Mention.Kind.DEMONYM;
            boolean described = c.word(k).endsWith("-born") // "Iranian-born Ali Reza Raisi"
                    || demonym && startsPerson(c, p) && !c.word(k - 1).equals("and"); // "Canadian Michael Kovrig"
            while (p < Math.min(c.size(), c.end(k) + 3) && c.isLowerWord(p) && !Clause.FUNCTION_WORDS.contains(c.word(p))) {
                String w = c.word(p);
                if (!isPersonNoun(w) && statesPost(w))
                    return; // a post, not a nationality: "German Chancellor Angela Merkel"
                if (isPersonNoun(w))
                    described = true;
                p++;
            }
            if (described && c.word(p).equals(",") && (NATIONALS.contains(c.word(p - 1))
                    || isPersonNoun(c.word(p - 1)) && c.word(k - 1).equalsIgnoreCase("a")))
                p++; // "A Canadian citizen, Michael Kovrig,", "a Russian engineer, Ivan Petrov,"
            Entity person = c.named(p);
            if (!described || person == null || person.type() != EntityType.Person || country.type() != EntityType.Country)
                continue;
            out.add(c.relation(person, RelationType.nationalityOf, country));
            if (isPlural(c.word(p - 1)))
                listed(c, c.end(p), country, out);
        }
    }

    /** "Irish billionaires JP McManus and John Magnier": the other names of a list under a plural noun. */
    private void listed(Clause c, int q, Entity country, List<Relation> out) {
        while (c.word(q).equals(",") || c.word(q).equals("and")) {
            q += c.word(q + 1).equals("and") ? 2 : 1;
            if (!startsPerson(c, q))
                return;
            out.add(c.relation(c.named(q), RelationType.nationalityOf, country));
            q = c.end(q);
        }
    }

    private static boolean isPlural(String w) {
        return w.endsWith("men") || w.endsWith("s") && !w.endsWith("ss");
    }

    /** Whether a person's name starts at p and is no modifier of a noun after it ("Polish Roman Catholic priests"). */
    private boolean startsPerson(Clause c, int p) {
        Entity e = c.named(p);
        return e != null && e.type() == EntityType.Person && c.startsMention(p) && !isPersonNoun(c.word(c.end(p)));
    }

    /** Whether the word names a post (of a state, a company, or any other), rather than a trade. */
    private boolean statesPost(String w) {
        Lexicon.Post post = lexicon.isTitleHead(w) ? lexicon.post(w) : null;
        return post == Lexicon.Post.STATE || post == Lexicon.Post.CORPORATE || post == Lexicon.Post.OTHER;
    }

    /** A noun for a person that states no post: a trade ("journalist"), a kinship ("fiancée"), an age ("boy"). */
    private boolean isPersonNoun(String w) {
        if (w.length() > 4 && isPlural(w) && isPersonNoun(w.endsWith("men") ? w.substring(0, w.length() - 3) + "man"
                : w.substring(0, w.length() - 1)))
            return true; // "Irish billionaires"
        Lexicon.Post post = lexicon.isTitleHead(w) ? lexicon.post(w) : null;
        return post == Lexicon.Post.OCCUPATION || lexicon.cue(Lexicon.Cue.DESCRIPTOR, w) == EntityType.Person
                && post == null || PEOPLE.contains(w);
    }

    /**
     * "Jamal Khashoggi, a Saudi national", "Alan Kurdi, a three-year-old Syrian boy", "Hatice
     * Cengiz, the Turkish fiancée of ...", "Jong Woo Son, a citizen of South Korea", "Jong Woo Son
     * from South Korea".
     */
    private void appositions(Clause c, List<Relation> out) {
        for (int k = 0; k < c.size(); k++) {
            Entity person = c.named(k);
            if (person == null || person.type() != EntityType.Person || !c.startsMention(k))
                continue;
            int after = c.end(k);
            if (c.word(after).equals("from") && isCountry(c.named(after + 1))) {
                out.add(c.relation(person, RelationType.nationalityOf, c.named(after + 1)));
                continue;
            }
            if (!c.word(after).equals(",") || !Set.of("a", "an", "the").contains(c.word(after + 1)))
                continue;
            int q = after + 2;
            if (NATIONALS.contains(c.word(q)) && c.word(q + 1).equals("of") && isCountry(c.named(q + 2))) {
                out.add(c.relation(person, RelationType.nationalityOf, c.named(q + 2))); // "a citizen of South Korea"
                continue;
            }
            while (q < after + 5 && c.isLowerWord(q) && !Clause.FUNCTION_WORDS.contains(c.word(q)))
                q++; // "a three-year-old"
            Mention m = c.mention(q);
            if (m == null || m.kind() != Mention.Kind.DEMONYM || !isCountry(c.named(q)))
                continue;
            int noun = c.end(q);
            String last = null;
            while (noun < c.end(q) + 3 && c.isLowerWord(noun) && !Clause.FUNCTION_WORDS.contains(c.word(noun)))
                last = c.word(noun++);
            if (last != null && (NATIONALS.contains(last) || isPersonNoun(last)))
                out.add(c.relation(person, RelationType.nationalityOf, c.named(q)));
        }
    }

    private static boolean isCountry(Entity e) {
        return e != null && e.type() == EntityType.Country;
    }
}
