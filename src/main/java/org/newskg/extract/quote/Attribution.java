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
            "complain", "caution", "boast", "joke", "quip", "muse", "speculate", "estimate", "opine", "agree", "inform",
            "react", "recount", "cite", "call", "speak", "reiterate", "repeat", "retort", "plead", "scoff", "lament");

    /** Verbs of comment whose subject, in the sentence before, speaks a quotation that stands alone after it. */
    private static final Set<String> COMMENT = Set.of("criticize", "criticise", "defend", "reject", "welcome",
            "praise", "condemn", "slam", "blast", "attack", "accuse", "blame", "dismiss", "thank", "question",
            "challenge", "address", "appear", "issue", "release", "publish", "express", "voice", "give", "offer");

    /** Nouns for a court's written decision, whose court is its speaker: "the ruling read". */
    private static final Set<String> RULINGS = Set.of("ruling", "decision", "judgment", "judgement", "opinion",
            "verdict", "order", "summary");

    /** Nouns for something said in writing, whose author is its speaker: "a statement which read". */
    private static final Set<String> STATEMENTS = Set.of("statement", "statements", "slide", "tweet", "post",
            "release", "letter", "message", "report", "notice", "note", "presentation", "communique", "memo");

    /** Where the speaker was found. */
    enum Side { BEFORE, AFTER }

    /**
     * @param speaker the entity that said it
     * @param side    whether the attribution came before or after the quotation
     * @param verbEnd offset where the attribution ends
     * @param weak    read from a clause that only introduces the quotation ("X defended his decision, "…""):
     *                an attribution after the quotation wins over it
     */
    record Speaker(Entity speaker, Side side, int verbEnd, boolean weak) {

        Speaker(Entity speaker, Side side, int verbEnd) {
            this(speaker, side, verbEnd, false);
        }
    }

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
            if (e == null || e.type() != EntityType.Person) { // "said his father, Abdullah Kurdi", "said X University's chancellor, Y"
                Entity apposed = apposedPerson(p, named.to());
                if (apposed != null)
                    e = apposed;
            }
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
            int w = apposition(p, Groups.startingAt(p, k).to());
            if (w > 0 && w < n && isSpeech(p.chunk(w))) { // "…," Mike Pompeo, the US secretary of state, said.
                Entity e = speaker(p, Groups.startingAt(p, k));
                return e == null ? null : new Speaker(e, Side.AFTER, end(p, w));
            }
            return null;
        }
        if (c.is(Kind.PREP) && c.word().equals("according to") && k + 1 < n && p.chunk(k + 1).is(Kind.NP)) {
            Filler f = Groups.startingAt(p, k + 1);
            Entity e = speaker(p, f);
            if (e == null && STATEMENTS.contains(p.chunk(k + 1).word()) || e == null && p.chunk(k + 1).word().equals("tweet"))
                for (Pp pp : Groups.prepositions(p, k + 1))
                    if ((pp.preposition().equals("by") || pp.preposition().equals("from")) && (e = speaker(p, pp.filler())) != null)
                        break; // "according to a statement from the State Department"
            return e == null ? null : new Speaker(e, Side.AFTER, end(p, k + 1));
        }
        return null;
    }

    /**
     * The attribution before the opening mark at {@code open}, in its sentence, or {@code null}:
     * "X said, "…"", "X said: "…"", "According to X, "…"", "Remarked X, "…"", a clause that ends in a
     * colon ("the court ruled, finding that …: "…""), and, weakly, any clause whose subject is a
     * person and that ends in a comma before the mark ("X defended his decision, "…"").
     */
    Speaker before(int open) {
        Parse p = parse(open);
        if (p == null)
            return null;
        int t = p.tokenAt(open);
        if (t < 0)
            return null;
        int q = p.chunkOf(t);
        boolean colon = q > 0 && p.chunk(q - 1).is(Kind.PUNCT) && p.chunk(q - 1).word().equals(":");
        boolean comma = q > 0 && p.chunk(q - 1).is(Kind.COMMA);
        for (int k = q - 1; k >= 0; k--) {
            Chunk c = p.chunk(k);
            if (c.is(Kind.QUOTE) && scareQuoteOpening(p, k) >= 0) {
                k = scareQuoteOpening(p, k); // "justified the strike as "defensive" in nature: "…""
                continue;
            }
            if (c.is(Kind.QUOTE))
                return null; // another quotation's attribution
            if (c.isHardBoundary() && !c.word().equals(":"))
                return null;
            if (c.is(Kind.PREP) && c.word().equals("according to") && comma && k + 1 < q && p.chunk(k + 1).is(Kind.NP)) {
                Entity e = speaker(p, Groups.startingAt(p, k + 1)); // "According to Kelly Dittmar, "…""
                return e == null ? null : new Speaker(e, Side.BEFORE, open);
            }
            if (!c.is(Kind.VERB))
                continue;
            boolean speech = isSpeech(c);
            if (!speech && !colon && !comma)
                continue;
            Filler subject = Clauses.subject(p, k);
            Entity e = speaker(p, subject);
            if (e == null && speech && !subject.exists())
                e = speaker(p, Groups.object(p, k)); // "Remarked scientist Tierra Curry, "…""
            if (e == null && (speech || colon))
                e = ownerInClause(p, k, q); // "a slide appeared in his presentation with the statement:"
            if (e != null && (speech || colon))
                return new Speaker(e, Side.BEFORE, open);
            if (e != null && e.type() == EntityType.Person)
                return new Speaker(e, Side.BEFORE, open, true); // "Trump defended his decision, "…""
            if (speech)
                return null;
            // a colon or comma after a clause whose nearest verb names nobody: try the verbs before it
        }
        return null;
    }

    /** The chunk of the opening mark of a quoted word or two that closes at chunk {@code close}, or -1. */
    private static int scareQuoteOpening(Parse p, int close) {
        for (int k = close - 1; k >= 0 && k >= close - 3; k--)
            if (p.chunk(k).is(Kind.QUOTE))
                return p.chunk(close).from() - p.chunk(k).to() <= 3 && k < close - 1 ? k : -1;
        return -1;
    }

    /**
     * The one who spoke in the sentence before {@code offset}: the subject of its verb of speech or
     * comment ("McGurk criticized the decision via Twitter."), for a quotation that stands alone
     * after it. Returns {@code null} when that sentence names no such speaker.
     */
    Entity previousSpeaker(int offset) {
        Sentence s = doc.sentenceAt(offset);
        if (s == null || s.index() == 0)
            return null;
        Sentence prev = doc.sentences().get(s.index() - 1);
        if (s.paragraph() - prev.paragraph() > 1)
            return null;
        Parse p = parse(prev.span().start());
        for (int k = 0; k < p.chunks().size(); k++) {
            Chunk c = p.chunk(k);
            if (c.is(Kind.QUOTE))
                return null; // its own quotation has its own attribution
            if (!c.is(Kind.VERB) || c.verb().passive() || !isSpeech(c) && !COMMENT.contains(c.verb().base()))
                continue;
            Entity e = speaker(p, Clauses.subject(p, k));
            if (e != null)
                return e;
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
        for (int k = f.from(); k < f.to(); k++)
            if (p.chunk(k).is(Kind.NP) && RULINGS.contains(p.chunk(k).word()) && p.chunk(f.from()).phrase().isDefinite()) {
                Entity court = lastCourtBefore(p.tokens().get(p.chunk(k).from()).start());
                if (court != null)
                    return court; // "The summary of the decision read: "…""
            }
        Chunk head = p.chunk(f.from());
        if (head.is(Kind.NP) && STATEMENTS.contains(head.word())) {
            Governors.Governor g = Governors.governor(p, f.from());
            if (g.verb() >= 0 && g.position() == Governors.Position.OBJECT)
                return speaker(p, Clauses.subject(p, g.verb()));
        }
        return null;
    }

    /** The chunk after a description set off by commas at {@code k} (", the US secretary of state,"), or -1. */
    private static int apposition(Parse p, int k) {
        int n = p.chunks().size();
        if (k >= n || !p.chunk(k).is(Kind.COMMA))
            return -1;
        for (int j = k + 1; j < n && j < k + 10; j++) {
            Chunk c = p.chunk(j);
            if (c.is(Kind.COMMA))
                return j + 1 < n && p.chunk(j + 1).is(Kind.ADVERB) ? j + 2 : j + 1;
            if (!c.is(Kind.NP) && !c.is(Kind.PREP) && !c.is(Kind.CONJ))
                return -1;
        }
        return -1;
    }

    /** A person named in one of the next two phrases set off by commas from chunk {@code k}, or {@code null}. */
    private static Entity apposedPerson(Parse p, int k) {
        int n = p.chunks().size();
        for (int step = 0; step < 2 && k + 1 < n && p.chunk(k).is(Kind.COMMA) && p.chunk(k + 1).is(Kind.NP); step++) {
            Filler f = Groups.startingAt(p, k + 1);
            for (Entity e : f.entities())
                if (e.type() == EntityType.Person)
                    return e;
            k = f.to();
        }
        return null;
    }

    /** The court mentioned last before the offset, whose written decision a quotation may come from. */
    private Entity lastCourtBefore(int offset) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : doc.entities())
            if (Referents.isCourt(e))
                for (var span : e.mentions())
                    if (span.start() < offset && span.start() > bestStart) {
                        best = e;
                        bestStart = span.start();
                    }
        return best;
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
