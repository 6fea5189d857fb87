package org.newskg.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.extract.Token;

/**
 * How a sentence is capitalised. In headline case and in all capitals, capitals say nothing
 * about names, so only names known from elsewhere are read there.
 */
enum SentenceShape {
    NORMAL, HEADLINE, ALL_CAPS;

    /** Words a headline leaves in lower case. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "of", "for", "and", "or", "nor", "but", "in",
            "on", "at", "to", "by", "with", "from", "as", "is", "are", "vs", "via", "into", "over", "up", "off");

    /**
     * The shape of a sentence.
     *
     * @param ordinary whether a word is an ordinary word (common, or written in lower case
     *                 elsewhere): a headline capitalises those, a list of names has none
     */
    static SentenceShape of(List<Token> tokens, Predicate<String> ordinary) {
        if (isAllCaps(tokens))
            return ALL_CAPS;
        int words = 0, caps = 0;
        for (Token t : tokens) {
            String s = t.text();
            if (!Shape.isWord(s) || MINOR.contains(s) || !ordinary.test(s))
                continue;
            words++;
            if (Shape.isCapitalized(s))
                caps++;
        }
        // a headline leaves at most one ordinary word in lower case; a sentence full of names does not count
        int lower = words - caps;
        return caps >= 3 && lower == 0 || caps >= 6 && lower == 1 ? HEADLINE : NORMAL;
    }

    /** Whether every word is in capitals and one of them has four letters or more. */
    static boolean isAllCaps(List<Token> tokens) {
        boolean longWord = false;
        for (Token t : tokens) {
            String s = t.text();
            if (!Shape.isWord(s) || MINOR.contains(s))
                continue;
            if (!Shape.isAllCaps(s))
                return false;
            if (s.replace(".", "").length() >= 4)
                longWord = true;
        }
        return longWord;
    }
}
