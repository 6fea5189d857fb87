package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted stretches of a text: curly “…” pairs, straight "…" pairs within a paragraph
 * (a line), guillemets, and a quotation left open at the end of a paragraph, which runs on when
 * the next paragraph opens with a quotation mark (the news convention for long quotes).
 */
final class QuoteMarks {

    /**
     * A quoted stretch.
     *
     * @param open  offset of the opening mark
     * @param close offset of the closing mark, or the end of the paragraph when left open
     * @param left  whether the paragraph ended before a closing mark
     */
    record Quoted(int open, int close, boolean left) {

        /** The quoted words' range: after the opening mark, before the closing one. */
        int textStart() {
            return open + 1;
        }
    }

    private QuoteMarks() {}

    /** The quoted stretches of {@code text[0, end)}, in order. */
    static List<Quoted> find(String text, int end) {
        List<Quoted> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            scanLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void scanLine(String text, int from, int to, List<Quoted> out) {
        int open = -1;
        char closer = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“' || c == '«' || c == '"' && opensAt(text, i, from)) {
                    open = i;
                    closer = c == '“' ? '”' : c == '«' ? '»' : '"';
                }
            } else if (c == closer || closer == '”' && c == '"') {
                out.add(new Quoted(open, i, false));
                open = -1;
            }
        }
        if (open >= 0) {
            int end = to;
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1)))
                end--;
            out.add(new Quoted(open, end, true));
        }
    }

    /** A straight quotation mark opens a quotation where a word starts after it. */
    private static boolean opensAt(String text, int i, int lineStart) {
        return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                && (i == lineStart || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
}
