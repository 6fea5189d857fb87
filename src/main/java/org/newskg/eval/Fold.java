package org.newskg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text keys of score.py: {@link #fold} makes names comparable, {@link #words} splits phrases
 * and quotes into words. Character classes follow Python's Unicode {@code \w} and {@code \s}, not
 * Java's, so both scorers agree on every input.
 */
public final class Fold {

    private Fold() {}

    /**
     * A matching key in which accents, case, punctuation, spacing, a leading "the" and a trailing
     * "'s" do not count: "the U.S." and "US" both give "us". {@code null} gives "".
     */
    public static String fold(String s) {
        if (s == null)
            return "";
        String t = plain(s).replace('\u2019', '\'').replace('`', '\'');
        t = dropPossessives(t);
        StringBuilder kept = new StringBuilder(t.length());
        t.codePoints().filter(c -> isWord(c) || isSpace(c)).forEach(kept::appendCodePoint);
        String spaced = String.join(" ", splitOnSpace(kept.toString()));
        if (spaced.startsWith("the "))
            spaced = spaced.substring(4);
        return spaced.replace(" ", "");
    }

    /** The words of a text, lower case and without accents, in order (Python's {@code \w+}). */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null)
            return out;
        StringBuilder word = new StringBuilder();
        plain(s).codePoints().forEach(c -> {
            if (isWord(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0)
            out.add(word.toString());
        return out;
    }

    /** The distinct words of a text. */
    public static Set<String> wordSet(String s) {
        return new LinkedHashSet<>(words(s));
    }

    /** NFKD, combining marks removed, case folded. */
    private static String plain(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        return caseFold(b.toString());
    }

    /**
     * Python's {@code str.casefold()} for the scripts news uses: upper-casing first turns "ß" into
     * "SS"; lower-casing each code point alone avoids Java's final-sigma rule.
     */
    private static String caseFold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toUpperCase(Locale.ROOT).codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString();
    }

    /** Removes "'s" where a word ends after it (Python's {@code 's\b}). */
    private static String dropPossessives(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("'s", i) && (i + 2 == s.length() || !isWord(s.codePointAt(i + 2)))) {
                i += 2;
                continue;
            }
            b.append(s.charAt(i++));
        }
        return b.toString();
    }

    private static List<String> splitOnSpace(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (isSpace(c)) {
                if (part.length() > 0)
                    parts.add(part.toString());
                part.setLength(0);
            } else {
                part.appendCodePoint(c);
            }
        });
        if (part.length() > 0)
            parts.add(part.toString());
        return parts;
    }

    /** Python's {@code \w}: letters, numbers of every kind, and the underscore. */
    static boolean isWord(int c) {
        if (c == '_' || Character.isLetter(c))
            return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Python's {@code \s}: {@code str.isspace()}. */
    static boolean isSpace(int c) {
        return Character.isSpaceChar(c) || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85;
    }
}
