package org.newskg.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.quote.Attribution.Speaker;
import org.newskg.extract.quote.QuoteMarks.Quoted;
import org.newskg.extract.syntax.Referents;
import org.newskg.fact.Entity;
import org.newskg.fact.Quote;
import org.newskg.fact.Span;

/**
 * Finds direct quotations and who said them. A quotation broken by its attribution ("…," said
 * X. "…") is one quote, and so is one that runs on into the next paragraph; a quotation of one
 * or two words is a scare quote, not speech; a quotation nobody is named for is left out.
 */
public final class QuoteExtractor implements Extractor {

    /** Quotations shorter than this many words are scare quotes or titles. */
    private static final int MIN_WORDS = 3;

    /** How far (in characters) an attribution may separate the two parts of one quotation. */
    private static final int MAX_GAP = 250;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        String text = doc.text();
        List<Quoted> marks = QuoteMarks.find(text, doc.bodyEnd());
        if (marks.isEmpty())
            return;
        Attribution attribution = new Attribution(doc, new Referents(doc));
        List<Part> parts = new ArrayList<>();
        for (Quoted q : marks) {
            Speaker after = q.left() ? null : attribution.after(q.close());
            Speaker before = attribution.before(q.open());
            parts.add(new Part(q, before, after));
        }
        List<Part> merged = join(text, parts);
        Part previous = null;
        for (Part p : merged) {
            Entity speaker = p.speaker() != null ? p.speaker().speaker() : unattributed(doc, attribution, previous, p);
            String quoted = p.text(text);
            if (speaker != null)
                p.said = speaker;
            previous = p;
            if (speaker == null || words(quoted) < MIN_WORDS)
                continue;
            Span span = new Span(p.first.open(), p.last.close());
            doc.addQuote(new Quote(speaker, quoted, span, doc.evidenceAt(p.first.textStart())));
        }
    }

    /** Words between two quotations of one speaker that add the second: ", also observing, ". */
    private static final Pattern CONTINUING = Pattern.compile("^[\\s,\"”’]*(?:\\p{L}+ly\\s+|also\\s+|then\\s+|later\\s+)*\\p{L}+ing\\b[^\"“”.;]{0,40}[,:]\\s*$");

    /**
     * The speaker of a quotation with no attribution of its own: the one whose quotation it
     * continues in the same sentence (""…," he said, also observing, "…""), else the one who
     * spoke in the sentence before when the quotation opens its sentence ("McGurk criticized the
     * decision via Twitter. "…"").
     */
    private static Entity unattributed(AnnotatedArticle doc, Attribution attribution, Part previous, Part p) {
        String text = doc.text();
        if (previous != null && previous.said != null && p.first.open() > previous.last.close()
                && CONTINUING.matcher(text.substring(previous.last.close() + 1, p.first.open())).matches())
            return previous.said;
        var s = doc.sentenceAt(p.first.open() + 1);
        var last = doc.sentenceAt(Math.max(p.first.open(), p.last.close() - 1));
        if (s == null || last == null || p.pieces.size() > 1 || !text.substring(s.span().start(), p.first.open()).isBlank()
                || p.last.close() + 1 < last.span().end() && !text.substring(p.last.close() + 1, last.span().end()).matches("[\\s.,!?\"”]*"))
            return null; // only a quotation that stands alone as its sentence: an attribution that names nobody names nobody
        if (previous != null && previous.said != null && doc.sentenceAt(previous.last.close()) != null
                && doc.sentenceAt(previous.last.close()).index() == s.index() - 1)
            return previous.said; // "X said, "A." "B.""
        return attribution.previousSpeaker(p.first.open());
    }

    /**
     * Joins the parts of one quotation: a part with no attribution of its own that follows,
     * in its paragraph, a part attributed after it; and a part that opens the paragraph after
     * one left open.
     */
    private static List<Part> join(String text, List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            Part prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && continues(text, prev, p)) {
                prev.extend(p);
                continue;
            }
            out.add(p);
        }
        return out;
    }

    private static boolean continues(String text, Part prev, Part next) {
        if (prev.last.left())
            return onlyBlank(text, prev.last.close(), next.first.open());
        if (next.after != null || next.first.open() - prev.last.close() > MAX_GAP
                || text.substring(prev.last.close(), next.first.open()).indexOf('\n') >= 0)
            return false;
        Speaker lead = prev.after;
        if (lead == null || lead.verbEnd() < prev.last.close()
                || introduces(text, next.first.open()) && endsSentence(text, prev.last))
            return false; // "X said, "A." He added, "B."" are two quotations; ""A", X said, "b"" is one
        // nothing but the first part's attribution stands between the parts
        for (int i = lead.verbEnd(); i < next.first.open(); i++)
            if (Character.isLetterOrDigit(text.charAt(i)))
                return false;
        return true;
    }

    /** Whether the words before an opening mark end with a comma or colon: "He added, "…"" introduces a new quotation. */
    private static boolean introduces(String text, int open) {
        int i = open - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)))
            i--;
        return i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == ':');
    }

    /** Whether the quoted words end with a sentence mark: "…the matter."" */
    private static boolean endsSentence(String text, Quoted q) {
        int i = q.close() - 1;
        while (i > q.open() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ','))
            i--;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean onlyBlank(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++)
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '"' && text.charAt(i) != '”')
                return false;
        return to > from;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in)
                n++;
            in = letter;
        }
        return n;
    }

    /** A quotation of one or more quoted stretches, with the attributions found around its first and last. */
    private static final class Part {
        final Quoted first;
        Quoted last;
        final Speaker before;
        Speaker after;
        final List<Quoted> pieces = new ArrayList<>();

        Part(Quoted q, Speaker before, Speaker after) {
            this.first = q;
            this.last = q;
            this.before = before;
            this.after = after;
            pieces.add(q);
        }

        void extend(Part next) {
            pieces.addAll(next.pieces);
            last = next.last;
            if (after == null)
                after = next.after;
        }

        /** Who said it, once known. */
        Entity said;

        /**
         * The speaker: for a quotation in parts, the one named between them; else the one named
         * before it, or after; one read only from the clause that introduces it yields to one after.
         */
        Speaker speaker() {
            if (pieces.size() > 1 && after != null)
                return after;
            if (before != null && before.weak() && after != null)
                return after;
            return before != null ? before : after;
        }

        String text(String doc) {
            StringBuilder b = new StringBuilder();
            for (Quoted q : pieces) {
                String s = doc.substring(q.textStart(), q.close()).strip();
                if (b.length() > 0)
                    b.append(' ');
                b.append(s);
            }
            String s = SPACES.matcher(b).replaceAll(" ").strip();
            while (s.endsWith(","))
                s = s.substring(0, s.length() - 1).strip();
            return s;
        }

    }
}
