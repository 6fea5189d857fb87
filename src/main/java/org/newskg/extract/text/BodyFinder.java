package org.newskg.extract.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;

/**
 * Finds where the news ends: the first line, after the opening of the article, that starts a
 * comment section, a share or subscribe block or a "read more" link. Nothing after it yields
 * facts, so a reader's comment never becomes news.
 */
public final class BodyFinder implements Extractor {

    /** Whole lines that open the trailer of a news page. */
    private static final Pattern TRAILER_LINE = Pattern.compile(
            "(?i)(read (the )?(full|whole|more|original) (story|article)( here| at .*)?"
            + "|continue reading.*|subscribe( to .*)?|notify of|\\d+ comments?|comments?( \\(\\d+\\))?"
            + "|leave a (comment|reply)|post a comment|add a comment|reader comments|view all comments"
            + "|share this( story| article)?:?|related (stories|articles|posts|coverage)|you may also like"
            + "|recommended( for you)?|more from .*|sign up for .*newsletter.*|advertisement)[.!:…\\s]*");

    /** The trailer is only looked for after this share of the document, so a header is not one. */
    private static final double MIN_BODY_SHARE = 0.3;

    @Override
    public String name() {
        return "body";
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.BODY);
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        doc.setBodyEnd(bodyEnd(doc.text()));
    }

    /** Offset of the first trailer line, or the text's length when there is none. */
    static int bodyEnd(String text) {
        int minStart = (int) (text.length() * MIN_BODY_SHARE);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd).strip();
            if (lineStart >= minStart && !line.isEmpty()
                    && TRAILER_LINE.matcher(line).matches())
                return lineStart;
            lineStart = lineEnd + 1;
        }
        return text.length();
    }
}
