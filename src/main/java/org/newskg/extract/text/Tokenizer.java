package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.Token;
import org.newskg.fact.Span;

/**
 * Splits text into word, number and punctuation tokens with character offsets. Keeps
 * abbreviations ("U.S.", "Mr.", "Inc."), hyphenated words ("state-owned", "F-35") and numbers
 * ("1,000", "3.6") whole, and splits the possessive "'s" off its noun.
 */
public final class Tokenizer {

    /** Words that keep their final period. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm",
            "Maj", "Pres", "Rev", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Kft", "Gov't", "No",
            "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "etc", "approx", "Mt",
            "Ft", "Ave", "Dept", "Univ", "Assn", "est", "Fig", "Vol", "pp", "ca");

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                      // U.S., e.g., U.S.A.
            + "|\\p{Sc}?\\d+(?:[.,:]\\d+)*(?:\\p{L}+)?%?"           // 1,000  3.6bn  $3  6am  85%  3:00
            + "|[\\p{L}\\p{M}\\p{N}]+(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*"  // words, state-owned, O'Brien, AT&T
            + "|\\S");                                              // any other character

    private Tokenizer() {}

    /** The tokens of {@code text[from, to)}, numbered from {@code firstIndex}, all in sentence -1. */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start(), end = m.end();
            String word = m.group();
            // Possessive: Huawei's, Huawei’s -> Huawei + 's
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
                out.add(token(out.size(), text, start, end - 2));
                out.add(token(out.size(), text, end - 2, end));
                continue;
            }
            // Keep the period of a known abbreviation: "Mr." "Inc."
            if (end < to && text.charAt(end) == '.' && ABBREVIATIONS.contains(word)) {
                end++;
                m.region(end, to);
            }
            out.add(token(out.size(), text, start, end));
        }
        return out;
    }

    private static Token token(int index, String text, int start, int end) {
        return new Token(index, new Span(start, end), text.substring(start, end), -1);
    }
}
