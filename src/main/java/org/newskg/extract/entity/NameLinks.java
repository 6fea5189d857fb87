package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.fact.EntityType;

/**
 * Ties the short forms of an article's names to the full names they stand for: a surname to the
 * person ("Strayer" to "Robert Strayer", "Guo" to "Guo Ping"), the first words of a company to the
 * company ("Hirtenberger" to "Hirtenberger Defence Group"), an acronym to its expansion ("IRGC").
 */
final class NameLinks {

    /** A full name a short form may stand for. */
    record Target(String key, String name, EntityType type, String wikidata, int firstOffset) {
        List<String> words() {
            return Arrays.asList(name.split(" "));
        }
    }

    private static final Set<String> JOINERS = Set.of("of", "for", "on", "and", "&", "the", "to", "de", "du", "des",
            "der", "von", "van", "la", "le", "al", "el", "bin");

    private final Lexicon lexicon;
    private final List<Target> targets = new ArrayList<>();

    NameLinks(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void addTarget(Target t) {
        for (Target old : targets)
            if (old.key().equals(t.key()))
                return;
        targets.add(t);
    }

    /**
     * The full name this short name stands for, or null. Among several, the one first named
     * before the short name's first mention at {@code offset}, nearest first.
     */
    Target resolve(String name, EntityType type, int offset) {
        List<String> words = Arrays.asList(name.split(" "));
        Target best = null;
        for (Target t : targets) {
            if (t.name().equals(name) || !standsFor(words, type, t))
                continue;
            if (best == null || better(t, best, offset))
                best = t;
        }
        return best;
    }

    private static boolean better(Target a, Target b, int offset) {
        boolean aBefore = a.firstOffset() <= offset, bBefore = b.firstOffset() <= offset;
        if (aBefore != bBefore)
            return aBefore;
        return aBefore ? a.firstOffset() > b.firstOffset() : a.firstOffset() < b.firstOffset();
    }

    private boolean standsFor(List<String> words, EntityType type, Target t) {
        List<String> full = t.words();
        if (t.type() != null && t.type().isOrganization() && isReordered(words, full))
            return true;
        if (words.size() >= full.size())
            return acronymOrVariant(words, t);
        if (t.type() == EntityType.Person)
            return (type == null || type == EntityType.Person || isSurnameOf(words, full)) && personPart(words, full);
        if (t.type() == EntityType.Country || t.type() == EntityType.Location)
            return false;
        if (type == EntityType.Person || type == EntityType.Location || type == EntityType.Country)
            return false;
        if (startsWith(full, words))
            return words.size() > 1 || !lexicon.isCommon(words.get(0)) && lexicon.cue(Lexicon.Cue.FIRST, words.get(0)) == null;
            // "Hirtenberger" for "Hirtenberger Defence Group", but not "South" for "South Western Railway"
        int shortOf = words.indexOf("of");
        String head = words.get(shortOf > 0 ? shortOf - 1 : words.size() - 1);
        if (lexicon.cue(Lexicon.Cue.HEAD, head) == null)
            return false;
        if (full.subList(full.size() - words.size(), full.size()).equals(words))
            return words.size() >= 2 || t.type().isOrganization(); // "Defence Forces", "Senate" of "Puerto Rico Senate"
        int of = full.indexOf("of");
        return of > words.size() - 1 && full.subList(of - words.size(), of).equals(words); // "Supreme Court" of "Supreme Court of Puerto Rico"
    }

    /**
     * Whether a single word is the last word of a person's full name and has no shape of another
     * kind of name: "According to Yett" and "a mission Hurley piloted" still name the person
     * whatever the words around them suggest.
     */
    private boolean isSurnameOf(List<String> words, List<String> full) {
        String w = words.get(0);
        return words.size() == 1 && full.size() >= 2 && full.get(full.size() - 1).equals(w) && !Shape.isAllCaps(w)
                && lexicon.cue(Lexicon.Cue.HEAD, w) == null && !lexicon.isCommon(w);
    }

    /** A surname ("Strayer"), a family name written first ("Guo"), or the last words ("Alghasi Mehr"). */
    private boolean personPart(List<String> words, List<String> full) {
        if (full.subList(full.size() - words.size(), full.size()).equals(words))
            return true;
        if (startsWith(full, words))
            return words.size() >= 2 || !lexicon.isGivenName(words.get(0)) || lexicon.isSurname(words.get(0));
        if (words.size() == 1 && lexicon.isGivenName(words.get(0)) && !lexicon.isSurname(words.get(0)))
            return false;
        return inOrder(words, full); // "Vázquez", "Pedro Pierluisi" of "Pedro R. Pierluisi Urrutia"
    }

    /** Whether the words appear in the full name in order, the last of them after its first word. */
    private static boolean inOrder(List<String> words, List<String> full) {
        int k = 0;
        for (String w : words) {
            while (k < full.size() && !full.get(k).equals(w))
                k++;
            if (k == full.size())
                return false;
            k++;
        }
        return k > 1;
    }

    /** "IRGC" for "Islamic Revolutionary Guard Corps"; "Defence Force" for "Defence Forces". */
    private boolean acronymOrVariant(List<String> words, Target t) {
        List<String> full = t.words();
        if (words.size() == 1 && Shape.isAllCaps(words.get(0)) && full.size() >= 2) {
            StringBuilder initials = new StringBuilder();
            for (String w : full)
                if (!JOINERS.contains(w) && !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                    initials.append(w.charAt(0));
            return initials.toString().equals(words.get(0).replace(".", ""));
        }
        if (words.size() == full.size() && t.type() != EntityType.Person) {
            int last = words.size() - 1;
            return words.subList(0, last).equals(full.subList(0, last))
                    && ((words.get(last) + "s").equals(full.get(last)) || (full.get(last) + "s").equals(words.get(last)));
        }
        return false;
    }

    /** "Puerto Rico Supreme Court" for "Supreme Court of Puerto Rico": the place moved before the body. */
    private static boolean isReordered(List<String> words, List<String> full) {
        int of = full.indexOf("of");
        if (of <= 0)
            return false;
        int place = full.size() > of + 1 && full.get(of + 1).equals("the") ? of + 2 : of + 1;
        List<String> body = full.subList(0, of), where = full.subList(place, full.size());
        if (where.isEmpty() || words.size() != body.size() + where.size())
            return false;
        return words.subList(0, where.size()).equals(where) && words.subList(where.size(), words.size()).equals(body);
    }

    private static boolean startsWith(List<String> full, List<String> words) {
        return full.subList(0, words.size()).equals(words);
    }
}
