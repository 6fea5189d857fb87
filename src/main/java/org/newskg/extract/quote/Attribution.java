package org.newskg.extract.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.syntax.Groups;
import org.newskg.extract.syntax.Governors;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Chunker;
import org.newskg.extract.syntax.Clauses;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Pp;
import org.newskg.extract.syntax.Referents;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;

/**
 * Who said a quotation: the speaker of a speech verb after it ("…," said X / X said / X told Y /
 * according to X) or before it (X said: "…" / He added, "…" / also observing, "…"), the
 * subject of a clause that introduces it with a colon, and, for a statement, slide or tweet,
 * whoever issued it.
 */
final class Attribution {

    /** Verbs that report speech or writing. */
    static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "note", "write", "tweet", "continue",
            "explain", "argue", "insist", "warn", "claim", "declare", "announce", "observe", "ask", "reply",
            "respond", "comment", "remark", "acknowledge", "admit", "concede", "conclude", "emphasise", "emphasize",
            "stress", "urge", "allege", "post", "read", "recall", "counter", "predict", "promise", "vow", "point",
            "describe", "suggest", "confirm", "report", "testify", "demand", "deny", "reveal", "assert", "maintain",
            "complain", "caution", "boast", "joke", "quip", "muse", "speculate", "estimate", "opine", "agree");

    /** Nouns for something said in writing, whose author is its speaker: "a statement which read". */
    private static final Set<String> STATEMENTS = Set.of("statement", "statements", "slide", "tweet", "post",
            "release", "letter", "message", "report", "notice", "note", "presentation", "communique", "memo");

    /** Where the speaker was found. */
    enum Side { BEFORE, AFTER }

    /**
     * @param speaker the entity that said it
     * @param side    whether the attribution came before or after the quotation
     * @param verbEnd offset where the attribution ends
     */
    record Speaker(Entity speaker, Side side, int verbEnd) {}

    private final AnnotatedArticle doc;
    private final Referents referents;
    private final Map<Integer, Parse> parses = new HashMap<>();

    Attribution(AnnotatedArticle doc, Referents referents) {
        this.doc = doc;
        this.referents = referents;
    }

    /** The attribution that follows the closing mark at {@code close}, or {@code null}. */
    Speaker after(int close) {
        Parse p = parse(close);
        if (p == null)
            return null;
        int t = p.tokenAt(close);
        if (t < 0)
            return null;
        int n = p.chunks().size();
        int k = p.chunkOf(t) + 1;
        if (k >= n) { // the mark ended the sentence: "…of them all?” Guo said onstage."
            Sentence s = doc.sentenceAt(close);
            if (s.index() + 1 >= doc.sentences().size())
                return null;
            Sentence next = doc.sentences().get(s.index() + 1);
            if (next.paragraph() != s.paragraph() || startsWithQuote(next))
                return null;
            p = parse(next.span().start());
            n = p.chunks().size();
            k = 0;
        }
        while (k < n && (p.chunk(k).is(Kind.COMMA) || p.chunk(k).is(Kind.ADVERB)))
            k++;
        if (k >= n)
            return null;
        Chunk c = p.chunk(k);
        if (isSpeech(c)) { // "…," said X — not "…", adding Iran will pursue
            Filler named = Groups.object(p, k);
            if (c.verb().isGerund() || !named.exists() || named.to() < n && p.chunk(named.to()).is(Kind.VERB))
                return null;
            Entity e = speaker(p, named);
            return e == null ? null : new Speaker(e, Side.AFTER, end(p, k));
        }
        if (c.is(Kind.NP)) {
            int v = Groups.startingAt(p, k).to();
            while (v < n && (p.chunk(v).is(Kind.ADVERB) || p.chunk(v).is(Kind.PREP) || p.chunk(v).is(Kind.NP))
                    && v < k + 6 && !isSpeech(p.chunk(v)))
                v++;
            if (v < n && isSpeech(p.chunk(v))) {
                Entity e = speaker(p, Clauses.subject(p, v));
                return e == null ? null : new Speaker(e, Side.AFTER, end(p, v));
            }
            return null;
        }
        if (c.is(Kind.PREP) && c.word().equals("according to") && k + 1 < n && p.chunk(k + 1).is(Kind.NP)) {
            Filler f = Groups.startingAt(p, k + 1);
            Entity e = speaker(p, f);
            if (e == null && STATEMENTS.contains(p.chunk(k + 1).word()) || e == null && p.chunk(k + 1).word().equals("tweet"))
                for (Pp pp : Groups.prepositions(p, k + 1))
                    if (pp.preposition().equals("by") && (e = speaker(p, pp.filler())) != null)
                        break;
            return e == null ? null : new Speaker(e, Side.AFTER, end(p, k + 1));
        }
        return null;
    }

    /** The attribution before the opening mark at {@code open}, in its sentence, or {@code null}. */
    Speaker before(int open) {
        Parse p = parse(open);
        if (p == null)
            return null;
        int t = p.tokenAt(open);
        if (t < 0)
            return null;
        int q = p.chunkOf(t);
        boolean colon = false;
        for (int k = q - 1; k >= 0; k--) {
            Chunk c = p.chunk(k);
            if (c.is(Kind.QUOTE))
                return null; // another quotation's attribution
            if (c.is(Kind.PUNCT) && c.word().equals(":") && k == q - 1)
                colon = true;
            if (c.isHardBoundary() && !c.word().equals(":"))
                return null;
            if (!c.is(Kind.VERB))
                continue;
            if (isSpeech(c) || colon) {
                Entity e = speaker(p, Clauses.subject(p, k));
                if (e == null)
                    e = ownerInClause(p, k, q);
                return e == null ? null : new Speaker(e, Side.BEFORE, open);
            }
        }
        return null;
    }

    /** The speaker a filler names: a person first, else an organisation or state; a statement's issuer. */
    private Entity speaker(Parse p, Filler f) {
        Entity best = null;
        for (Entity e : f.entities()) {
            if (e.type() == EntityType.Person)
                return e;
            if (best == null && e.type().isActor())
                best = e;
        }
        if (best != null || !f.exists())
            return best;
        Chunk head = p.chunk(f.from());
        if (head.is(Kind.NP) && STATEMENTS.contains(head.word())) {
            Governors.Governor g = Governors.governor(p, f.from());
            if (g.verb() >= 0 && g.position() == Governors.Position.OBJECT)
                return speaker(p, Clauses.subject(p, g.verb()));
        }
        return null;
    }

    /** "a slide appeared in his presentation with the statement:": the owner named in the clause. */
    private static Entity ownerInClause(Parse p, int from, int to) {
        for (int k = from; k < to; k++) {
            Chunk c = p.chunk(k);
            if (c.is(Kind.NP) && c.phrase().possessor() != null && STATEMENTS.contains(c.word()))
                return c.phrase().possessor();
        }
        return null;
    }

    private boolean startsWithQuote(Sentence s) {
        char c = doc.text().charAt(s.span().start());
        return c == '"' || c == '“' || c == '«';
    }

    private static boolean isSpeech(Chunk c) {
        return c.is(Kind.VERB) && SPEECH.contains(c.verb().base()) && !c.verb().passive();
    }

    /** The offset where the attribution clause that starts at chunk {@code k} ends. */
    private static int end(Parse p, int k) {
        int n = p.chunks().size();
        int e = k;
        while (e < n && !p.chunk(e).is(Kind.QUOTE) && !p.chunk(e).isHardBoundary())
            e++;
        return p.tokens().get(p.chunk(Math.min(e, n) - 1).to() - 1).end();
    }

    private Parse parse(int offset) {
        Sentence s = doc.sentenceAt(offset);
        if (s == null)
            return null;
        return parses.computeIfAbsent(s.index(), i -> Chunker.parse(s, referents));
    }

    /** The sentences the quotation at these offsets spans. */
    List<Sentence> sentences(int from, int to) {
        Sentence a = doc.sentenceAt(from), b = doc.sentenceAt(Math.max(from, to - 1));
        if (a == null || b == null)
            return List.of();
        return doc.sentences().subList(a.index(), b.index() + 1);
    }
}
