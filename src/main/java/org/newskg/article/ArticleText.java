package org.newskg.article;

import java.text.Normalizer;

/**
 * The canonical form of article text, applied once when an {@link Article} is built so that every
 * offset refers to the text as stored: Unicode NFC, one kind of line break, one kind of space,
 * no invisible characters, no spaces at line ends and at most one blank line between paragraphs.
 * Typographic quotes, apostrophes and dashes are kept as written.
 */
public final class ArticleText {

    private ArticleText() {}

    /** The text in canonical form, or {@code null} for {@code null}. Applying it twice changes nothing. */
    public static String tidy(String text) {
        if (text == null)
            return null;
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        int breaks = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r' && i < s.length() && s.charAt(i) == '\n')
                continue;
            if (isLineBreak(c)) {
                breaks++;
                space = false;
            } else if (c == '\t' || Character.isSpaceChar(c)) {
                space = true;
            } else if (!isInvisible(c)) {
                if (out.length() > 0)
                    out.append(breaks >= 2 ? "\n\n" : breaks == 1 ? "\n" : space ? " " : "");
                out.appendCodePoint(c);
                breaks = 0;
                space = false;
            }
        }
        return out.toString();
    }

    /** A one-line field (title, source): tidied, line breaks as spaces, {@code null} when blank. */
    public static String line(String value) {
        String s = tidy(value);
        if (s == null || s.isEmpty())
            return null;
        return s.replace("\n\n", " ").replace('\n', ' ');
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Controls and zero-width or soft characters that only get in the way of matching words. */
    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x00AD || c == 0x180E || c == 0x200B || c == 0x200E || c == 0x200F || c == 0x2060
                || c == 0xFEFF;
    }
}
