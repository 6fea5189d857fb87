package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;

/**
 * Finds where the news ends, so that nothing after it (reader comments, share and subscribe
 * blocks, "read the full story" links) yields facts. A trailer starts at a short line that only
 * a page's furniture would hold: either one that ends the news on its own ("Read full story
 * here", "3 Comments", "Leave a reply"), or, in the second half of the text, a run of lesser
 * ones ("Share this:" then "Twitter"). Either way a trailer needs some news before it, so a
 * share button or comment count under the headline is not one.
 */
public final class BodyFinder implements Extractor {

    /** Lines that end the news wherever they stand. */
    private static final Pattern ENDS_NEWS = Pattern.compile("(?i)("
            + "read (the )?(full|whole|original|rest of the) (story|article|post|report)( here| at .*| on .*)?"
            + "|continue reading( at .*| on .*| here)?"
            + "|\\d+ (comments?|responses?|replies|thoughts on .*)|comments? \\(\\d+\\)"
            + "|(leave|post|add|write|submit) a (comment|reply)( cancel reply)?|comments are closed"
            + "|join the (discussion|conversation)|(show|view|see|load) (all )?(\\d+ )?comments|notify of"
            + "|(reader|user|your) comments|you must be logged in to post a comment"
            + "|the post .{1,150} appeared first on .{1,80}"
            + "|(this|the) (article|story|post) (was|is) (originally |first )?(re)?published (by|on|in|at|from) .{1,200}"
            + ")[.!:…\\s]*");

    /** Lines of page furniture that end the news when another follows them. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)("
            + "(please )?share( this( story| article| post| page)?)?( on \\w+| via \\w+)?"
            + "|tweet|facebook|twitter|email|e-mail|print|whatsapp|linkedin|reddit|pinterest|telegram|copy link"
            + "|like this|like loading|subscribe( to .{1,60})?|sign up( for .{1,60})?|(get )?our newsletter.*|newsletter"
            + "|related( stories| articles| posts| coverage| content| news| topics)?|more on this story"
            + "|you (may|might) also (like|be interested in)|recommended( for you| stories)?|more from .{1,60}"
            + "|most (read|popular|viewed|shared)|trending( now)?|advertisement|sponsored( content)?"
            + "|comments?|oldest|newest( most voted)?|most voted|inline feedbacks|guest|reply|report"
            + "|(tags|filed under|categories|topics):.*|(©|copyright ).{0,80}|all rights reserved.*"
            + ")[.!:…\\s]*");

    /** Longest line that can be furniture; news sentences run longer. */
    private static final int MAX_TRAILER_LINE = 200;
    /** How much news a trailer needs before it. */
    private static final int MIN_NEWS = 200;
    /** How many following lines a furniture line looks at for another one. */
    private static final int RUN_WINDOW = 3;

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

    /** Offset of the line that starts the trailer, or the text's length when there is none. */
    static int bodyEnd(String text) {
        List<int[]> lines = nonEmptyLines(text);
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i)[0];
            String line = text.substring(start, lines.get(i)[1]).strip();
            if (start < MIN_NEWS || line.length() > MAX_TRAILER_LINE)
                continue;
            if (ENDS_NEWS.matcher(line).matches())
                return start;
            if (start >= text.length() / 2 && FURNITURE.matcher(line).matches() && startsRun(text, lines, i))
                return start;
        }
        return text.length();
    }

    /** Whether another trailer line, or the end of the text, follows within a few lines. */
    private static boolean startsRun(String text, List<int[]> lines, int i) {
        if (i + 1 == lines.size())
            return true;
        for (int j = i + 1; j < Math.min(lines.size(), i + 1 + RUN_WINDOW); j++) {
            String line = text.substring(lines.get(j)[0], lines.get(j)[1]).strip();
            if (line.length() <= MAX_TRAILER_LINE
                    && (ENDS_NEWS.matcher(line).matches() || FURNITURE.matcher(line).matches()))
                return true;
        }
        return false;
    }

    /** Start and end offsets of each line that holds more than white space. */
    private static List<int[]> nonEmptyLines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length();
            if (!text.substring(start, end).isBlank())
                lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }
}
