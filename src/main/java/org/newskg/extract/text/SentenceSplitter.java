package org.newskg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.fact.Span;

/**
 * Splits the news body into sentences and tokens. A line break always ends a sentence (news
 * text is not hard-wrapped); inside a line, a sentence ends at {@code . ! ?} (and any closing
 * quotes or brackets after it) when the next token opens a sentence, unless the period belongs
 * to an abbreviation such as "Mr." or to initials.
 */
public final class SentenceSplitter implements Extractor {

    /** Words after "U.S." that show it ended the sentence. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I",
            "In", "On", "At", "But", "And", "This", "That", "These", "Those", "There", "His", "Her", "Its",
            "Their", "As", "If", "When", "While", "After", "Before", "Since", "For", "So", "Yet", "However");

    private static final String CLOSERS = "\"'”’)]";

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.BODY);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        String text = doc.text();
        List<Token> all = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        boolean blankBefore = false;
        int end = doc.bodyEnd();
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            if (text.substring(lineStart, lineEnd).isBlank()) {
                blankBefore = true;
            } else {
                if (blankBefore && !sentences.isEmpty())
                    paragraph++;
                blankBefore = false;
                splitLine(text, lineStart, lineEnd, paragraph, all, sentences);
            }
            lineStart = lineEnd + 1;
        }
        doc.setTokens(all);
        doc.setSentences(sentences);
    }

    private static void splitLine(String text, int from, int to, int paragraph, List<Token> all,
                                  List<Sentence> sentences) {
        List<Token> tokens = Tokenizer.tokenize(text, from, to);
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!endsSentence(tokens, i))
                continue;
            int last = i;
            while (last + 1 < tokens.size() && CLOSERS.contains(tokens.get(last + 1).text())
                    && tokens.get(last + 1).start() == tokens.get(last).end())
                last++;
            addSentence(tokens, first, last + 1, paragraph, all, sentences);
            first = last + 1;
            i = last;
        }
        if (first < tokens.size())
            addSentence(tokens, first, tokens.size(), paragraph, all, sentences);
    }

    /** Whether token i ends a sentence: a terminator followed by a sentence opener. */
    private static boolean endsSentence(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        boolean abbreviation = t.length() > 1 && t.endsWith(".");
        if (!t.equals(".") && !t.equals("!") && !t.equals("?") && !t.equals("…") && !abbreviation)
            return false;
        // Closing quotes and brackets glued to the terminator belong to this sentence: ."  .)
        int next = i + 1;
        while (next < tokens.size() && CLOSERS.contains(tokens.get(next).text())
                && tokens.get(next).start() == tokens.get(next - 1).end())
            next++;
        if (next >= tokens.size())
            return true;
        Token following = tokens.get(next);
        if (following.start() == tokens.get(next - 1).end())
            return false; // "3.6" or "e.g" glued: not a boundary
        String f = following.text();
        boolean opens = Character.isUpperCase(f.codePointAt(0)) || Character.isDigit(f.codePointAt(0))
                || "\"“‘'(".contains(f);
        if (!opens)
            return false;
        if (abbreviation) {
            String word = t.substring(0, t.length() - 1);
            if (Tokenizer.ABBREVIATIONS.contains(word) || isInitial(word))
                return false;
            return OPENERS.contains(f); // U.S. ends a sentence only before a typical opener
        }
        if (t.equals(".") && i > 0 && isInitial(tokens.get(i - 1).text()) && tokens.get(i - 1).end() == tokens.get(i).start())
            return false; // "John F. Kennedy"
        return true;
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    private static void addSentence(List<Token> tokens, int from, int to, int paragraph, List<Token> all,
                                    List<Sentence> sentences) {
        int index = sentences.size();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            all.add(new Token(all.size(), t.span(), t.text(), index));
        }
        sentences.add(new Sentence(index, new Span(tokens.get(from).start(), tokens.get(to - 1).end()), paragraph));
    }
}
