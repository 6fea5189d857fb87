package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.Token;
import org.newskg.extract.modality.ModalityCues;
import org.newskg.extract.syntax.Groups;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Clauses;
import org.newskg.extract.syntax.Complement;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Parses;
import org.newskg.extract.syntax.Pp;
import org.newskg.extract.syntax.Referents;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;

/**
 * Reads the events of one sentence from its trigger words: finds each trigger, decides whether
 * it stands as a verb or a noun, and fills the trigger's roles from the syntax around it
 * (subject, object, by-phrase, possessor, prepositional phrases, reported clause, infinitive).
 */
final class TriggerReader {

    /** Nouns for people the article leaves unnamed: "1000 people were arrested". */
    private static final Set<String> PEOPLE = Set.of("people", "protesters", "protestors", "demonstrators",
            "activists", "suspects", "men", "women", "students", "journalists", "persons", "individuals",
            "members", "citizens", "migrants", "workers", "officials", "opponents", "critics", "dissidents",
            "users", "children", "employees", "staff", "executives", "officers", "soldiers", "fighters",
            "militants", "refugees", "tourists", "foreigners", "nationals", "lawmakers", "politicians", "leaders",
            "others", "hackers", "smugglers", "traffickers");

    /** Words that make a trigger after them a medical term: "cardiac arrest". */
    private static final Set<String> MEDICAL = Set.of("cardiac", "cardiorespiratory", "respiratory", "heart");

    /** What one agrees with that is no party: "agreed with Dr Fox's view". */
    private static final Set<String> OPINIONS = Set.of("view", "views", "assessment", "position", "comments", "remarks",
            "statement", "decision", "analysis", "idea", "ideas", "opinion", "sentiment", "suggestion", "approach",
            "stance", "argument", "conclusion", "conclusions", "proposal", "criticism", "call");

    private final TriggerLexicon lexicon;
    private final AnnotatedArticle doc;
    private final Referents referents;
    private final Slots slots;
    private final NounTriggers nouns;
    private final Parses parses;

    TriggerReader(TriggerLexicon lexicon, Parses parses, Slots slots) {
        this.lexicon = lexicon;
        this.parses = parses;
        this.referents = parses.referents();
        this.doc = referents.doc();
        this.slots = slots;
        this.nouns = new NounTriggers(lexicon, slots);
    }

    /** The events the sentence's triggers state. */
    List<Candidate> read(Sentence sentence, List<TimeExpression> times) {
        List<Token> tokens = doc.tokens(sentence);
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++)
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        List<int[]> spans = new ArrayList<>();
        List<List<Trigger>> found = new ArrayList<>();
        boolean titleCase = isTitleCase(tokens);
        for (int i = 0; i < lower.length; i++) {
            List<Trigger> ts = lexicon.at(lower, i);
            if (ts.isEmpty() || inName(tokens.get(i), i, titleCase) && !namesList(tokens, i, ts.get(0))
                    || i > 0 && MEDICAL.contains(lower[i - 1]))
                continue; // "suffered a cardiac arrest" arrests nobody
            spans.add(new int[] {i, i + ts.get(0).words().size()});
            found.add(ts);
            i += ts.get(0).words().size() - 1;
        }
        if (found.isEmpty())
            return List.of();
        Parse p = parses.of(sentence);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Candidate chosen = null;
            for (Trigger t : found.get(k)) { // "named X as terrorists" is no appointment: the first reading that stands wins
                int from = spans.get(k)[0], to = from + t.words().size();
                Candidate c = t.verb() ? verb(p, t, from, to, times) : nouns.read(p, t, from, to, times);
                if (c != null && Admission.admits(c)) {
                    chosen = c;
                    break;
                }
                if (chosen == null)
                    chosen = c;
            }
            if (chosen != null)
                out.add(chosen);
        }
        return out;
    }

    /** Whether the token belongs to a name: an entity mention, or a capitalised word inside a sentence ("the Paris Climate Accord"). */
    private boolean inName(Token t, int i, boolean titleCase) {
        if (!referents.mentionsIn(t.start(), t.end()).isEmpty())
            return true;
        return i > 0 && !titleCase && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * Whether a noun trigger is the whole name of a programme: "added Huawei to its <b>Entity
     * List</b>" names the list the trigger is about.
     */
    private boolean namesList(List<Token> tokens, int i, Trigger t) {
        int last = i + t.words().size() - 1;
        if (t.verb() || t.words().size() < 2 || last >= tokens.size())
            return false;
        for (var m : referents.mentionsIn(tokens.get(i).start(), tokens.get(i).end())) {
            Entity e = referents.entityOf(m);
            if (e != null && e.type() == EntityType.Program && m.span().start() == tokens.get(i).start()
                    && m.span().end() == tokens.get(last).end())
                return true;
        }
        return false;
    }

    /** A headline written in title case, where capitals say nothing about names. */
    private static boolean isTitleCase(List<Token> tokens) {
        int words = 0, capitals = 0;
        for (Token t : tokens) {
            if (t.text().length() < 4 || !Character.isLetter(t.text().charAt(0)))
                continue;
            words++;
            if (Character.isUpperCase(t.text().charAt(0)))
                capitals++;
        }
        return words >= 3 && capitals * 10 >= words * 7;
    }

    // ---- verbs

    private Candidate verb(Parse p, Trigger t, int from, int to, List<TimeExpression> times) {
        int v = p.chunkOf(from);
        Chunk vc = p.chunk(v);
        if (!vc.is(Kind.VERB) || t.words().size() == 1 && !vc.verb().main().equals(p.word(from)))
            return null;
        int last = p.chunkOf(to - 1);
        if (to - from > 1 && t.role(p.word(to - 1)) != null && p.chunk(last).is(Kind.PREP))
            last = p.chunkOf(to - 2); // "took over as": the closing preposition opens a slot
        boolean passive = vc.verb().passive() && (t.words().size() == 1
                || t.role("obj") != null && vc.verb().main().equals(p.word(from))) // "was taken into custody"
                || sharesPassive(p, v);
        Filler subject = Clauses.subject(p, v);
        boolean relative = t.type() == EventType.Denial && vc.verb().base().equals("deny") && objectBefore(p, v);
        if (!t.needsMet(p) || !t.objectNeedsMet(p, passive && subject.exists() ? subject.from() - 1 : last) && !relative)
            return null;
        Filler object = relative ? Filler.NONE : Groups.object(p, last);
        if (!t.thenMet(p, object.exists() ? p.chunk(object.to() - 1).to() : p.chunk(last).to()))
            return null;
        if (t.type() == EventType.Deal && object.exists() && p.chunk(object.from()).is(Kind.NP)
                && OPINIONS.contains(p.chunk(object.from()).word()))
            return null; // "agreed with Dr Fox's view" shares an opinion; it makes no deal
        if (t.needInfinitive() && infinitiveAfter(p, object.exists() ? object.to() - 1 : last) < 0)
            return null; // "asked" lobbies only with a "to ..." clause: "asked Germany to drop Huawei"
        String label = t.charge() ? label(p, object) : null;
        if (t.charge() && label == null)
            return null; // "called the talks productive" charges nobody
        Candidate c = slots.start(p, t, from, v);
        c.sold = t.sale() && !subject.isEmpty() && !passive && object.exists() && p.chunk(object.from()).is(Kind.NP)
                && !p.chunk(object.from()).phrase().isPronoun(); // "sell them to others" names nothing sold
        List<Pp> pps = Groups.prepositions(p, last);
        Filler doer = subject, undergoer = object;
        if (passive) {
            doer = Filler.NONE;
            undergoer = subject;
            for (Pp pp : pps)
                if (pp.preposition().equals("by"))
                    doer = pp.filler();
        }
        if (passive && doer.isEmpty())
            doer = ImplicitDoers.ofPassive(p, v, pps, t.role("subj"));
        if (t.leaders() && !(undergoer.exists() && p.chunk(undergoer.from()).is(Kind.NP)
                && p.chunk(undergoer.from()).phrase().heads().stream().anyMatch(slots::isLeader)))
            return null; // "visited the tomb of Arafat", "Frederik and Mary visited New York": nobody is met
        if (t.type() == EventType.Meeting && unnamedPartner(p, undergoer, pps))
            return null; // "Siemens and Volkswagen have been negotiating with unions": they do not meet each other
        slots.fill(c, t.role("subj"), doer, p, true);
        c.dismissal = t.type() == EventType.Departure && "organization".equals(t.role("subj"));
        c.bodyMeets = t.type() == EventType.Meeting && doer.entities().size() == 1
                && doer.entities().get(0).type() == EntityType.InternationalOrganization;
        if (undergoer.isEmpty() && undergoer.exists() && p.chunk(undergoer.from()).is(Kind.NP)
                && PEOPLE.contains(p.chunk(undergoer.to() - 1).word()))
            c.unnamedPeople = true;
        if (t.type() == EventType.Investigation && Slots.namesSomething(p, undergoer))
            c.unnamedTarget = true;
        String objRole = t.role("obj");
        if (objRole != null && !objRole.equals("scope") && t.slots().containsValue("scope") && undergoer.isEmpty()
                && undergoer.possessor() == null && undergoer.exists() && !isReflexive(p, undergoer)
                && p.chunk(undergoer.from()).is(Kind.NP) && !p.chunk(undergoer.from()).phrase().isPronoun())
            c.addPhrase("scope", slots.words(p, undergoer)); // "banned the niqab": a practice, not a party
        if (objRole != null && isReflexive(p, undergoer)) {
            slots.fill(c, objRole, doer, p, false); // "Ford announced investigating itself"
            c.reflexive = true;
        } else if (objRole != null) {
            if (Slots.isPhraseRole(t.type(), objRole) && relative && subject.from() >= 2
                    && p.chunk(subject.from() - 2).is(Kind.NP))
                c.addPhrase(objRole, slots.words(p, Groups.endingAt(p, subject.from() - 2))); // "faces charges that she denies"
            else if (Slots.isPhraseRole(t.type(), objRole))
                c.addPhrase(objRole, object.exists() ? slots.words(p, object) : gerund(p, last));
            else if (t.type() == EventType.Accusation)
                slots.fill(c, objRole, Slots.owner(p, undergoer) != null
                        ? new Filler(List.of(Slots.owner(p, undergoer)), null, undergoer.from(), undergoer.to())
                        : ActDoers.of(p, undergoer), p, false); // "condemned the US decision": the US is blamed
            else
                slots.fill(c, objRole, Slots.owner(p, undergoer) != null
                        ? new Filler(List.of(Slots.owner(p, undergoer)), null, undergoer.from(), undergoer.to()) : undergoer, p, false);
            if (passive && object.exists() && t.slots().containsValue("title"))
                c.addPhrase("title", slots.words(p, object));
        }
        for (Pp pp : pps) {
            if (passive && pp.preposition().equals("by"))
                continue;
            slots.fillPreposition(c, t, p, pp);
        }
        if (label != null)
            c.addPhrase("allegation", label);
        if (t.type() == EventType.Accusation && !c.has("allegation") && ActDoers.of(p, undergoer) != undergoer)
            c.addPhrase("allegation", slots.words(p, undergoer)); // "condemned the US decision": the deed is the charge
        boolean requested = t.type() == EventType.Extradition && ExtraditionRequests.read(c, p, v, slots);
        complement(c, t, p, last);
        infinitive(c, t, p, object.exists() ? object.to() - 1 : last);
        slots.rest(c, t, p, last);
        if (c.keyRolesFilled() == 0 && (namesEvent(p, t.type(), doer) || namesEvent(p, t.type(), undergoer)))
            c.anaphoric = c.definite = true; // "the conference was sponsored by Huawei"
        Slots.place(c, pps);
        c.date = EventDates.of(p, times, v, v);
        c.modality = ModalityCues.of(p, v, from, to, t.type(), t.hypothetical() || requested);
        return slots.finish(c, t, p);
    }

    /** The words of a gerund clause right after chunk {@code last}: "denied <b>having links to the military</b>". */
    private String gerund(Parse p, int last) {
        int k = last + 1;
        if (k >= p.chunks().size() || !p.chunk(k).is(Kind.VERB) || !p.chunk(k).verb().isGerund())
            return null;
        int end = Groups.phraseEnd(p, k);
        return slots.text(p, p.chunk(k).from(), Math.min(p.chunk(end - 1).to(), p.chunk(k).from() + 12));
    }

    /** The words after the object when they charge it ("called Iran a terrorist state"), or {@code null}. */
    private String label(Parse p, Filler object) {
        if (!object.exists())
            return null;
        int k = object.to();
        while (k < p.chunks().size() && (p.chunk(k).is(Kind.OPEN) || p.chunk(k).is(Kind.CLOSE)
                || p.chunk(k).is(Kind.NP) && p.chunk(k - 1).is(Kind.OPEN)))
            k++; // "named the Kurdistan Workers' Party (PKK) as terrorists"
        if (k < p.chunks().size() && p.chunk(k).is(Kind.PREP) && p.chunk(k).word().equals("as"))
            k++;
        if (k >= p.chunks().size())
            return null;
        int end = Groups.phraseEnd(p, k);
        int a = p.chunk(k).from(), b = Math.min(p.chunk(end - 1).to(), a + 12);
        return Charges.find(p, a, b) >= 0 ? slots.text(p, a, b) : null;
    }

    /** Whether the one met is there but named by nobody: "met reporters", "negotiating with unions". */
    private static boolean unnamedPartner(Parse p, Filler object, List<Pp> pps) {
        if (object.exists() && p.chunk(object.from()).is(Kind.NP) && object.isEmpty()
                && !p.chunk(object.from()).phrase().isPronoun() && !Clauses.isWhen(p, p.chunk(object.from())))
            return true; // but "scheduled to meet this weekend" says when, not whom
        for (Pp pp : pps)
            if (pp.preposition().equals("with") && pp.filler().exists() && pp.filler().isEmpty()
                    && !p.chunk(pp.filler().from()).phrase().isPronoun())
                return true;
        return false;
    }

    /**
     * Whether the verb's object is a relative pronoun before its subject: "was accused of inciting
     * the murder, <b>which</b> he denied", "faces charges <b>that</b> she denies".
     */
    private static boolean objectBefore(Parse p, int v) {
        int subject = p.beforeAdverbs(v - 1);
        if (subject < 1 || !p.chunk(subject).is(Kind.NP) || p.chunk(v).verb().passive())
            return false;
        int after = v + 1;
        while (after < p.chunks().size() && p.chunk(after).is(Kind.ADVERB))
            after++;
        if (after < p.chunks().size() && p.chunk(after).is(Kind.NP))
            return false; // "said that MCI had rejected a deal": the verb has its own object
        Chunk rel = p.chunk(subject - 1);
        return (rel.is(Kind.REL) || rel.is(Kind.SUB)) && (rel.word().equals("which") || rel.word().equals("that"))
                && subject - 2 >= 0 && (p.chunk(subject - 2).is(Kind.COMMA) || p.chunk(subject - 2).is(Kind.NP)
                && !Clauses.isWhen(p, p.chunk(subject - 2)));
    }

    /** "who was arrested and banned": a bare participle joined to a passive verb is passive too. */
    private static boolean sharesPassive(Parse p, int v) {
        int k = p.beforeAdverbs(v - 1);
        return p.chunk(v).verb().isBareParticiple() && k > 0 && p.chunk(k).is(Kind.CONJ)
                && p.chunk(p.beforeAdverbs(k - 1)).is(Kind.VERB) && p.chunk(p.beforeAdverbs(k - 1)).verb().passive();
    }

    private static final Set<String> REFLEXIVES = Set.of("itself", "himself", "herself", "themselves");

    /** Whether the filler is a lone reflexive pronoun: "investigating itself". */
    private static boolean isReflexive(Parse p, Filler f) {
        return f.exists() && f.to() - f.from() == 1 && p.chunk(f.from()).is(Kind.NP)
                && REFLEXIVES.contains(p.word(p.chunk(f.from()).from()));
    }

    /** Whether the filler is a definite noun for an event of this type: "the conference", "the lawsuit". */
    private boolean namesEvent(Parse p, EventType type, Filler f) {
        if (!f.exists() || !p.chunk(f.from()).is(Kind.NP) || !p.chunk(f.from()).phrase().isDefinite())
            return false;
        String[] head = {p.chunk(f.from()).word()};
        for (Trigger t : lexicon.at(head, 0))
            if (!t.verb() && t.type() == type && t.words().size() == 1)
                return true;
        return false;
    }

    /** The verb chunk of a "to ..." clause after chunk {@code after} (past adverbs and phrases), or -1. */
    private static int infinitiveAfter(Parse p, int after) {
        int k = after + 1;
        while (k < p.chunks().size() && (p.chunk(k).is(Kind.ADVERB) || p.chunk(k).is(Kind.PREP)
                && k + 1 < p.chunks().size() && p.chunk(k + 1).is(Kind.NP)))
            k += p.chunk(k).is(Kind.PREP) ? 2 : 1; // "lobbied by the US to drop Huawei"
        if (k + 1 >= p.chunks().size() || !p.chunk(k).is(Kind.TO) || !p.chunk(k + 1).is(Kind.VERB))
            return -1;
        return k + 1;
    }

    /** A reported clause: "claims Mahan flies fighters to Syria". */
    private void complement(Candidate c, Trigger t, Parse p, int last) {
        String subjectRole = t.role("comp"), clauseRole = t.role("clause");
        if (subjectRole == null && clauseRole == null)
            return;
        Complement comp = Clauses.complement(p, last);
        if (comp == null)
            return;
        boolean pronoun = p.chunk(comp.subject().from()).is(Kind.NP) && p.chunk(comp.subject().from()).phrase().isPronoun();
        if (subjectRole != null && !pronoun) // "the Armenians claim they were retaliating" speaks of themselves
            slots.fill(c, subjectRole, comp.subject(), p, false);
        if (clauseRole != null && (!comp.subject().isEmpty() || subjectRole == null)) // "denied that its kit poses a risk"
            c.addPhrase(clauseRole, slots.text(p, p.chunk(comp.subject().from()).from(), comp.to()));
    }

    /** Names in a "to ..." clause after the object: "lobby allies not to use Huawei's equipment". */
    private void infinitive(Candidate c, Trigger t, Parse p, int after) {
        String role = t.role("inf");
        if (role == null)
            return;
        int verb = infinitiveAfter(p, after);
        if (verb < 0)
            return;
        if (Slots.isPhraseRole(t.type(), role)) {
            c.addPhrase(role, slots.text(p, p.chunk(verb).from(), p.chunk(Groups.phraseEnd(p, verb) - 1).to()));
            return;
        }
        Filler obj = Groups.object(p, verb);
        List<Entity> names = new ArrayList<>(obj.entities());
        if (names.isEmpty() && obj.possessor() != null)
            names.add(obj.possessor());
        for (Pp pp : Groups.prepositions(p, verb))
            if (!pp.preposition().equals("in") && !pp.preposition().equals("at"))
                names.addAll(pp.filler().entities());
        for (Entity e : names)
            if (RoleTypes.fits(t.type(), role, e) && e.type() != EntityType.Location)
                c.add(role, e);
    }
}
