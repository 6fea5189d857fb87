package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Parses;
import org.newskg.extract.syntax.Referents;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;
import org.newskg.fact.Modality;
import org.newskg.fact.PartialDate;
import org.newskg.fact.Quote;
import org.newskg.fact.Span;

/**
 * Events that quotations state: a speaker who says their own organisation "has not and will
 * never" do something denies it; a speaker whose words charge a named third party with
 * wrongdoing ("the Hong Kong authorities have chosen to suppress protests in a grossly unlawful
 * way") accuses it.
 */
final class QuoteEvents {

    /** How many words before its charge the one charged may be named. */
    private static final int REACH = 10;

    /** Nouns for what a party does, whose modifier names the doer: "Labour tactics", "Russian aggression". */
    private static final Set<String> ACTS = Set.of("tactics", "policy", "policies", "actions", "action", "behaviour",
            "behavior", "conduct", "decision", "regime", "government", "attack", "attacks", "campaign", "plan",
            "forces", "troops", "military", "strikes", "occupation", "aggression");

    /** Auxiliaries and negations that open a denied predicate: "has not and will never plant backdoors". */
    private static final Set<String> DENIAL_OPENERS = Set.of("has", "have", "had", "did", "does", "do", "is", "was",
            "are", "were", "will", "would", "not", "n't", "never", "and", "ever", "at", "all", "no", "longer");

    private final AnnotatedArticle doc;
    private final Parses parses;
    private final Affiliations affiliations;

    QuoteEvents(Parses parses, Affiliations affiliations) {
        this.doc = parses.referents().doc();
        this.parses = parses;
        this.affiliations = affiliations;
    }

    List<Candidate> read() {
        List<Candidate> out = new ArrayList<>();
        for (QuotedSentence qs : QuotedSentence.of(parses)) {
            Quote q = qs.quote();
            Parse p = qs.parse();
            Candidate denial = denial(p, q);
            if (denial != null)
                out.add(denial);
            Candidate accusation = accusation(p, q);
            if (accusation != null)
                out.add(accusation);
        }
        return out;
    }

    /** "Huawei has not and will never plant backdoors", said by Huawei's chairman. */
    private Candidate denial(Parse p, Quote q) {
        int open = firstChunkAfter(p, q.span().start());
        if (open < 0 || open + 1 >= p.chunks().size() || !p.chunk(open).is(Kind.NP))
            return null;
        Chunk verb = p.chunk(open + 1);
        if (!verb.is(Kind.VERB) || !verb.verb().negated())
            return null;
        Entity self = null;
        for (Entity e : p.chunk(open).phrase().heads())
            if (isSelf(e, q.speaker()))
                self = e;
        if (self == null)
            return null;
        Candidate c = candidate(EventType.Denial, p, q, 0.6);
        c.add("denier", self);
        c.add("denier", q.speaker());
        int from = verb.from();
        int end = clauseEnd(p, open + 1);
        while (from < end && DENIAL_OPENERS.contains(p.word(from)))
            from++;
        c.addPhrase("allegation", text(p, from, end));
        c.modality = Modality.asserted;
        return c;
    }

    /** A quotation whose words charge a third party named in it with wrongdoing. */
    private Candidate accusation(Parse p, Quote q) {
        int open = firstChunkAfter(p, q.span().start());
        if (open < 0 || Referents.isCourt(q.speaker()))
            return null; // a court's words are its ruling
        int end = p.chunk(open).from();
        while (end < p.size() && p.tokens().get(end).start() < q.span().end())
            end++;
        int cue = Charges.find(p, p.chunk(open).from(), end);
        if (cue < 0)
            return null;
        Entity accused = null;
        int accusedEnd = cue;
        for (int k = open; k < p.chunks().size() && accused == null; k++) {
            Chunk c = p.chunk(k);
            if (c.is(Kind.QUOTE) && k > open)
                break;
            if (!c.is(Kind.NP))
                continue;
            boolean by = k > 0 && p.chunk(k - 1).is(Kind.PREP) && p.chunk(k - 1).word().equals("by");
            if (c.from() > cue && !by || c.to() < cue - REACH && k != open && !opensClause(p, k))
                continue; // the one charged is the subject before the charge ("the authorities have chosen to
                          // suppress"), a name just before it, or its doer after it ("the threat posed by Huawei")
            if (k > 0 && p.chunk(k - 1).is(Kind.PREP) && !by || undergoes(p, k))
                continue; // "threats in Tunisia", "reached with the Syrian government", "Tunisia is facing attacks"
            if (c.phrase().isPronoun() || c.phrase().refs().size() == 1 && c.phrase().to() - c.phrase().from() == 1
                    && c.phrase().refs().get(0).mention() != null
                    && Character.isLowerCase(c.phrase().refs().get(0).mention().surface().charAt(0)))
                continue; // "it is a propaganda stunt": whom "it" means is too uncertain to accuse
            List<Entity> names = new ArrayList<>(c.phrase().heads());
            if (c.phrase().namedPossessor() != null)
                names.add(c.phrase().namedPossessor());
            c.phrase().refs().stream().filter(r -> r.isDemonym() || ACTS.contains(c.phrase().head()))
                    .forEach(r -> names.add(r.entity())); // "Chinese hacking", "Labour tactics"
            for (Entity e : names)
                if (accused == null && e.type().isActor() && !isSelf(e, q.speaker())) {
                    accused = e;
                    accusedEnd = c.to();
                }
        }
        if (accused == null)
            return null;
        Candidate c = candidate(EventType.Accusation, p, q, 0.5);
        c.add("accuser", q.speaker());
        Entity body = affiliations.speaksFor(q.speaker());
        if (body != null)
            c.add("accuser", body);
        c.add("accused", accused);
        c.addPhrase("allegation", text(p, accusedEnd < cue ? accusedEnd : cue, clauseEnd(p, p.chunkOf(cue))));
        c.modality = Modality.alleged;
        return c;
    }

    /** Whether the phrase at chunk {@code np} is the subject of a verb: "The airline transports ...". */
    private static boolean opensClause(Parse p, int np) {
        int v = np + 1;
        while (v < p.chunks().size() && p.chunk(v).is(Kind.ADVERB))
            v++;
        return v < p.chunks().size() && p.chunk(v).is(Kind.VERB);
    }

    /** Verbs whose subject suffers what follows rather than doing it. */
    private static final Set<String> UNDERGO = Set.of("face", "suffer", "experience", "endure", "fight", "combat",
            "confront", "resist", "condemn", "oppose", "reject", "deny");

    /** Whether the phrase at chunk {@code np} is the subject of a verb of suffering or opposing: "Tunisia is facing attacks". */
    private static boolean undergoes(Parse p, int np) {
        int v = np + 1;
        while (v < p.chunks().size() && p.chunk(v).is(Kind.ADVERB))
            v++;
        return v < p.chunks().size() && p.chunk(v).is(Kind.VERB) && (UNDERGO.contains(p.chunk(v).verb().base())
                || p.chunk(v).verb().passive());
    }

    /** Whether the entity is the speaker, or the body the speaker speaks for. */
    private boolean isSelf(Entity e, Entity speaker) {
        if (e.equals(speaker))
            return true;
        Entity body = affiliations.speaksFor(speaker);
        if (e.equals(body) || speaker.type() != EntityType.Person && e.equals(affiliations.speaksFor(e)))
            return true;
        Entity state = affiliations.stateOf(body != null ? body : speaker); // the Pentagon on the US military
        return state != null && (e.equals(state) || state.equals(affiliations.stateOf(e)));
    }

    private Candidate candidate(EventType type, Parse p, Quote q, double confidence) {
        Candidate c = new Candidate(type, p.sentence().index(), q.evidence() != null ? q.evidence()
                : doc.evidenceAt(q.span().start()), confidence);
        c.date = dateOutside(q);
        return c;
    }

    /** The date the attribution gives: "…," according to a tweet <b>on Monday</b> by Mike Pompeo. */
    private PartialDate dateOutside(Quote q) {
        Sentence first = doc.sentenceAt(q.span().start() + 1), last = doc.sentenceAt(Math.max(q.span().start(), q.span().end() - 1));
        if (first == null || last == null)
            return null;
        PartialDate before = null;
        for (TimeExpression t : doc.times()) {
            Span s = t.span();
            if (s.start() < first.span().start() || s.end() > last.span().end())
                continue;
            if (s.start() >= q.span().end())
                return t.date(); // the attribution follows the quotation
            if (s.end() <= q.span().start() && before == null)
                before = t.date();
        }
        return before;
    }

    /** The first chunk after the document offset (the quotation's opening mark), or -1. */
    private static int firstChunkAfter(Parse p, int offset) {
        int t = p.tokenAt(offset);
        if (t < 0)
            return -1;
        int c = p.chunkOf(t);
        if (p.chunk(c).is(Kind.QUOTE))
            c++;
        return c < p.chunks().size() ? c : -1;
    }

    private static int clauseEnd(Parse p, int from) {
        int k = from;
        while (k < p.chunks().size() && !p.chunk(k).isHardBoundary() && !p.chunk(k).is(Kind.QUOTE)
                && !p.chunk(k).is(Kind.REL))
            k++;
        return k > from ? p.chunk(k - 1).to() : p.chunk(from).to();
    }

    private String text(Parse p, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(p.word(from).charAt(0)))
            from++;
        while (to > from && !Character.isLetterOrDigit(p.word(to - 1).charAt(0)))
            to--;
        if (from >= to)
            return null;
        String s = doc.text(p.span(from, to)).strip();
        return s.length() > 120 ? s.substring(0, s.lastIndexOf(' ', 120)) : s;
    }
}
