package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.Token;
import org.newskg.extract.modality.ModalityCues;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Clauses;
import org.newskg.extract.syntax.Complement;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Groups;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Parses;
import org.newskg.extract.syntax.Referents;
import org.newskg.extract.syntax.Words;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;

/**
 * Accusations and denials that reported speech states: a speaker who says a named party "was
 * responsible for the attack", "had violated the deal" or "is lying" accuses it; a speaker who
 * says that it "had not been involved" or "did nothing wrong" denies it. The reported clause may
 * follow the speech verb ("Pompeo said Iran was behind the attacks") or open the sentence
 * ("Iran was behind the attacks, Pompeo said").
 */
final class ReportedSpeech {

    /** Verbs that report what someone says or holds to be true. */
    private static final Set<String> SPEECH = Set.of("say", "tell", "claim", "insist", "argue", "warn", "allege",
            "assert", "state", "write", "tweet", "add", "charge", "maintain", "declare", "suggest", "complain",
            "note", "stress", "contend", "believe", "conclude", "reiterate", "repeat", "announce");

    /** How many words into the reported predicate its charge must start: "<b>was responsible for</b> the attack". */
    private static final int CUE_REACH = 4;

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never", "nothing", "no");

    /** Words of a predicate that a speaker denies about itself: "was not involved", "did nothing wrong". */
    private static final Set<String> DENIED = Set.of("involved", "involvement", "responsible", "wrongdoing", "wrong",
            "aware", "knowledge", "link", "links", "linked", "connection", "connected", "nothing");

    /** Nouns for what others have charged: "the accusations", "the reports". */
    private static final Set<String> CHARGES_HEARD = Set.of("accusation", "accusations", "allegation", "allegations",
            "claim", "claims", "charge", "charges", "report", "reports", "rumours", "rumors", "suggestion",
            "suggestions", "assertion", "assertions");

    /** Words that call a charge false: "groundless", "baseless". */
    private static final Set<String> UNTRUE = Set.of("groundless", "baseless", "false", "untrue", "unfounded",
            "fabricated", "nonsense", "lies", "ridiculous", "absurd", "wrong", "fake", "slander", "slanderous",
            "without", "inaccurate", "misleading", "speculation");

    /** Whom a speaker tells, when a name may run on into the phrase: "told reporters Iran ...". */
    private static final Set<String> AUDIENCES = Set.of("reporters", "journalists", "lawmakers", "delegates",
            "supporters", "parliament", "congress", "students", "crowds", "listeners", "viewers", "colleagues");

    /** Verbs of intention: "did not plan to bid" says what will not be done, it denies nothing. */
    private static final Set<String> INTENT = Set.of("plan", "intend", "want", "expect", "wish", "hope", "need",
            "aim", "seek", "mean", "know");

    private final AnnotatedArticle doc;
    private final Parses parses;
    private final Slots slots;
    private final Affiliations affiliations;

    ReportedSpeech(Parses parses, Slots slots, Affiliations affiliations) {
        this.doc = parses.referents().doc();
        this.parses = parses;
        this.slots = slots;
        this.affiliations = affiliations;
    }

    /** The accusations and denials the sentence reports. */
    List<Candidate> read(Sentence s, List<TimeExpression> times) {
        if (!mayReport(doc.tokens(s)))
            return List.of();
        Parse p = parses.of(s);
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < p.chunks().size(); v++) {
            Chunk vc = p.chunk(v);
            if (!vc.is(Kind.VERB) || vc.verb().passive() || !SPEECH.contains(vc.verb().base()))
                continue;
            Filler speaker = Clauses.subject(p, v);
            Complement said = Clauses.fronted(p, v);
            if (said == null) {
                int after = v;
                if (vc.verb().base().equals("tell") && Groups.object(p, v).exists())
                    after = Groups.object(p, v).to() - 1; // "told the BBC that Iran was behind it"
                said = after > v ? toldAudience(p, after) : null;
                if (said == null)
                    said = Clauses.complement(p, after);
            } else if (p.chunk(p.beforeAdverbs(v - 1)).is(Kind.COMMA)) {
                speaker = Groups.object(p, v); // "…, said Mike Pompeo"
            } else {
                speaker = Groups.startingAt(p, p.beforeAdverbs(v - 1)); // "…, Mike Pompeo said"
            }
            if (said == null || speaker.isEmpty() || quoted(p, said))
                continue;
            Candidate c = accusation(p, v, speaker, said);
            if (c == null)
                c = denial(p, v, speaker, said);
            if (c == null)
                c = dismissal(p, v, speaker, said);
            if (c == null)
                continue;
            c.date = EventDates.of(p, times, v, v);
            out.add(c);
        }
        return out;
    }

    /**
     * "told reporters Iran was behind it": a name run into the audience's noun phrase is the
     * subject of the clause when a verb follows. Returns {@code null} otherwise.
     */
    private static Complement toldAudience(Parse p, int np) {
        Chunk c = p.chunk(np);
        if (!c.is(Kind.NP) || !AUDIENCES.contains(p.word(c.from())) || np + 1 >= p.chunks().size()
                || !p.chunk(np + 1).is(Kind.VERB) || !c.phrase().endsInName())
            return null;
        Entity named = c.phrase().refs().get(c.phrase().refs().size() - 1).entity();
        int end = Groups.phraseEnd(p, np + 1);
        return new Complement(new Filler(List.of(named), null, np, np + 1), np + 1, p.chunk(np + 1).from(),
                p.chunk(end - 1).to());
    }

    /** "said Iran was responsible for the attacks": a named party charged in the reported clause. */
    private Candidate accusation(Parse p, int v, Filler speaker, Complement said) {
        var verb = p.chunk(said.verb()).verb();
        if (verb.negated() || verb.hasModal() || verb.passive() || speaker.entities().stream().anyMatch(Referents::isCourt))
            return null; // "Iran was not behind it", "Facebook must remove illegal posts", "X was found to", a court's finding
        int cue = Charges.find(p, said.from(), Math.min(said.to(), said.from() + CUE_REACH));
        if (cue < 0)
            return null; // the charge is what the party is or did, not a word at the far end of the clause
        Chunk subject = p.chunk(said.subject().from());
        if (subject.is(Kind.NP) && subject.phrase().isPronoun() && p.word(subject.from()).equals("it"))
            return null; // "said it was unacceptable": "it" is seldom a party
        List<Entity> accused = new ArrayList<>();
        for (Entity e : named(p, said.subject()))
            if (e.type().isActor() && !isSelf(e, speaker))
                accused.add(e);
        if (accused.isEmpty())
            return null;
        Candidate c = start(EventType.Accusation, p, v, 0.5);
        slots.fill(c, "accuser", speaker, p, true);
        accused.forEach(e -> c.add("accused", e));
        c.addPhrase("allegation", slots.text(p, said.from(), Math.min(said.to(), said.from() + 14)));
        c.modality = ModalityCues.of(p, v, p.chunk(v).from(), p.chunk(v).to(), EventType.Accusation, false);
        return c.has("accuser") ? c : null;
    }

    /** "said it had not been involved": a speaker who denies something of itself. */
    private Candidate denial(Parse p, int v, Filler speaker, Complement said) {
        var verb = p.chunk(said.verb()).verb();
        if (!verb.negated() && !said.subject().exists())
            return null;
        boolean nothing = p.word(p.chunk(said.verb()).to()).equals("nothing"); // "did nothing wrong"
        if (!verb.negated() && !nothing || verb.hasModal() && !verb.words().contains("never")
                || INTENT.contains(verb.base()))
            return null; // "said it would not attend", "said it did not plan to bid": no denial
        if (!isSelfPhrase(p, said.subject(), speaker))
            return null;
        int end = Math.min(said.to(), said.from() + CUE_REACH + 1);
        boolean cue = Charges.find(p, said.from(), end) >= 0;
        for (int t = said.from(); t < end && !cue; t++)
            cue = DENIED.contains(p.word(t));
        if (!cue)
            return null;
        Candidate c = start(EventType.Denial, p, v, 0.5);
        slots.fill(c, "denier", speaker, p, true);
        int from = p.chunk(said.verb()).to();
        c.addPhrase("allegation", slots.text(p, from, Math.min(said.to(), from + 12)));
        c.modality = ModalityCues.of(p, v, p.chunk(v).from(), p.chunk(v).to(), EventType.Denial, false);
        return c.has("denier") ? c : null;
    }

    /** "said the accusations were groundless": a speaker who calls the charges false denies them. */
    private Candidate dismissal(Parse p, int v, Filler speaker, Complement said) {
        Chunk subject = p.chunk(said.subject().from());
        if (!subject.is(Kind.NP) || !CHARGES_HEARD.contains(subject.phrase().head()))
            return null;
        boolean untrue = false;
        for (int t = said.from(); t < Math.min(said.to(), said.from() + CUE_REACH + 1) && !untrue; t++)
            untrue = UNTRUE.contains(p.word(t));
        if (!untrue)
            return null;
        Candidate c = start(EventType.Denial, p, v, 0.5);
        slots.fill(c, "denier", speaker, p, true);
        c.addPhrase("allegation", slots.text(p, subject.from(), subject.to()));
        c.modality = ModalityCues.of(p, v, p.chunk(v).from(), p.chunk(v).to(), EventType.Denial, false);
        return c.has("denier") ? c : null;
    }

    private Candidate start(EventType type, Parse p, int v, double confidence) {
        Candidate c = new Candidate(type, p.sentence().index(), doc.evidenceAt(p.tokens().get(p.chunk(v).from()).start()),
                confidence);
        c.confidence = confidence;
        return c;
    }

    /** The parties a filler names: its entities, else its owner ("Iran's actions", not "bin Laden's son"). */
    private static List<Entity> named(Parse p, Filler f) {
        if (!f.isEmpty())
            return f.entities();
        Entity owner = Slots.owner(p, f);
        return owner != null ? List.of(owner) : List.of();
    }

    /** Whether the subject of the reported clause is the speaker: "it", "he", or the speaker's own name. */
    private boolean isSelfPhrase(Parse p, Filler subject, Filler speaker) {
        if (!subject.exists())
            return false;
        Chunk c = p.chunk(subject.from());
        if (!c.is(Kind.NP))
            return false;
        List<Entity> named = named(p, subject);
        String w = p.word(c.from());
        if (c.phrase().isPronoun() && named.isEmpty())
            return w.equals("we") || (w.equals("he") || w.equals("she"))
                    && speaker.entities().stream().anyMatch(e -> e.type() == EntityType.Person); // "we", or "he" unresolved
        return !named.isEmpty() && named.stream().allMatch(e -> isSelf(e, speaker));
    }

    /** Whether the entity is the speaker, or the body or state the speaker speaks for. */
    private boolean isSelf(Entity e, Filler speaker) {
        for (Entity s : speaker.entities()) {
            if (e.equals(s) || e.equals(affiliations.speaksFor(s)))
                return true;
            Entity body = affiliations.speaksFor(s);
            Entity state = affiliations.stateOf(body != null ? body : s);
            if (state != null && (e.equals(state) || state.equals(affiliations.stateOf(e))))
                return true;
        }
        return false;
    }

    /** Whether the reported clause sits inside quotation marks (the quotation layer reads those). */
    private static boolean quoted(Parse p, Complement said) {
        int marks = 0;
        for (int k = 0; k < said.verb(); k++)
            if (p.chunk(k).is(Kind.QUOTE))
                marks++;
        return marks % 2 == 1;
    }

    /** A cheap look at the words before parsing: a speech verb, and a charge or a negation. */
    private static boolean mayReport(List<Token> tokens) {
        boolean speech = false, cue = false;
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            String w = lower[i] = tokens.get(i).text().toLowerCase();
            String base = Words.verbBase(w);
            speech |= base != null && SPEECH.contains(base);
            cue |= NEGATIONS.contains(w) || UNTRUE.contains(w);
        }
        return speech && (cue || Charges.find(lower, 0, lower.length) >= 0);
    }
}
