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
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Chunker;
import org.newskg.extract.syntax.Clauses;
import org.newskg.extract.syntax.Clauses.Governor;
import org.newskg.extract.syntax.Complement;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Phrase;
import org.newskg.extract.syntax.Pp;
import org.newskg.extract.syntax.Ref;
import org.newskg.extract.syntax.Referents;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;
import org.newskg.fact.Span;

/**
 * Reads the events of one sentence from its trigger words: finds each trigger, decides whether
 * it stands as a verb or a noun, and fills the trigger's roles from the syntax around it
 * (subject, object, by-phrase, possessor, prepositional phrases, reported clause, infinitive).
 */
final class TriggerReader {

    /** Heads of a phrase whose "of" object is the event its subject undergoes: "the subject of US sanctions". */
    private static final Set<String> UNDERGOER_HEADS = Set.of("subject", "target", "part", "member", "members",
            "signatory", "signatories", "party", "victim", "victims", "object");

    /** Verbs that pass their object to a noun trigger in their prepositional phrase: "added X to the entity list". */
    private static final Set<String> PLACING = Set.of("add", "put", "place", "hit", "slap", "target");

    /** Verbs whose object, not their subject, takes part in the noun in their phrase: "withdrew the US from the treaty". */
    private static final Set<String> PASSING = Set.of("withdraw", "pull", "bring", "lead", "drag", "sign");

    /** Nouns for people the article leaves unnamed: "1000 people were arrested". */
    private static final Set<String> PEOPLE = Set.of("people", "protesters", "protestors", "demonstrators",
            "activists", "suspects", "men", "women", "students", "journalists", "persons", "individuals",
            "members", "citizens", "migrants", "workers", "officials", "opponents", "critics", "dissidents");

    /** Words that hedge a phrase and are not part of what it names: "alleged theft". */
    private static final Set<String> HEDGES = Set.of("alleged", "allegedly", "suspected", "reported", "purported",
            "possible", "potential", "so-called");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final TriggerLexicon lexicon;
    private final AnnotatedArticle doc;
    private final Referents referents;
    private final Affiliations affiliations;

    TriggerReader(TriggerLexicon lexicon, Referents referents, Affiliations affiliations) {
        this.lexicon = lexicon;
        this.doc = referents.doc();
        this.referents = referents;
        this.affiliations = affiliations;
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
            if (ts.isEmpty() || inName(tokens.get(i), i, titleCase))
                continue;
            spans.add(new int[] {i, i + ts.get(0).words().size()});
            found.add(ts);
            i += ts.get(0).words().size() - 1;
        }
        if (found.isEmpty())
            return List.of();
        Parse p = Chunker.parse(sentence, referents);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            for (Trigger t : found.get(k)) {
                int from = spans.get(k)[0], to = from + t.words().size();
                Candidate c = t.verb() ? verb(p, t, from, to, times) : noun(p, t, from, to, times);
                if (c != null) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the token belongs to a name: an entity mention, or a capitalised word inside a sentence ("the Paris Climate Accord"). */
    private boolean inName(Token t, int i, boolean titleCase) {
        if (!referents.mentionsIn(t.start(), t.end()).isEmpty())
            return true;
        return i > 0 && !titleCase && Character.isUpperCase(t.text().charAt(0));
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
        boolean passive = vc.verb().passive() && t.words().size() == 1;
        Filler subject = Clauses.subject(p, v);
        if (!needs(p, t, from) || !objectNeeds(p, t, passive && subject.exists() ? subject.from() - 1 : last))
            return null;
        Candidate c = start(p, t, from, v);
        Filler object = Clauses.object(p, last);
        List<Pp> pps = Clauses.prepositions(p, last);
        Filler doer = subject, undergoer = object;
        if (passive) {
            doer = Filler.NONE;
            undergoer = subject;
            for (Pp pp : pps)
                if (pp.preposition().equals("by"))
                    doer = pp.filler();
        }
        fill(c, t.role("subj"), doer, p, true);
        c.dismissal = t.type() == EventType.Departure && "organization".equals(t.role("subj"));
        c.bodyMeets = t.type() == EventType.Meeting && doer.entities().size() == 1
                && doer.entities().get(0).type() == EntityType.InternationalOrganization;
        if (undergoer.isEmpty() && undergoer.exists() && p.chunk(undergoer.from()).is(Kind.NP)
                && PEOPLE.contains(p.chunk(undergoer.to() - 1).word()))
            c.unnamedPeople = true;
        String objRole = t.role("obj");
        if (objRole != null) {
            if (isPhraseRole(t.type(), objRole))
                c.addPhrase(objRole, object.exists() ? words(p, object) : null);
            else
                fill(c, objRole, undergoer.isEmpty() && undergoer.possessor() != null
                        ? new Filler(List.of(undergoer.possessor()), null, undergoer.from(), undergoer.to()) : undergoer, p, false);
            if (passive && object.exists() && t.slots().containsValue("title"))
                c.addPhrase("title", words(p, object));
        }
        for (Pp pp : pps) {
            if (passive && pp.preposition().equals("by"))
                continue;
            fillPreposition(c, t, p, pp);
        }
        complement(c, t, p, last);
        infinitive(c, t, p, object.exists() ? object.to() - 1 : last);
        rest(c, t, p, last);
        if (c.keyRolesFilled() == 0 && (namesEvent(p, t.type(), doer) || namesEvent(p, t.type(), undergoer)))
            c.anaphoric = c.definite = true; // "the conference was sponsored by Huawei"
        place(c, pps);
        c.date = EventDates.of(p, times, v, v);
        c.modality = ModalityCues.of(p, v, from, to, t.type(), t.hypothetical());
        return finish(c, t, p);
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

    /** A reported clause: "claims Mahan flies fighters to Syria". */
    private void complement(Candidate c, Trigger t, Parse p, int last) {
        String subjectRole = t.role("comp"), clauseRole = t.role("clause");
        if (subjectRole == null && clauseRole == null)
            return;
        Complement comp = Clauses.complement(p, last);
        if (comp == null || comp.subject().isEmpty())
            return;
        if (subjectRole != null)
            fill(c, subjectRole, comp.subject(), p, false);
        if (clauseRole != null)
            c.addPhrase(clauseRole, text(p, comp.from(), comp.to()));
    }

    /** Every party named after the trigger in its sentence: "ruled in the case X vs. Y". */
    private void rest(Candidate c, Trigger t, Parse p, int last) {
        String role = t.role("rest");
        if (role == null || c.has(role))
            return;
        for (int k = last + 1; k < p.chunks().size(); k++) {
            Chunk ch = p.chunk(k);
            if (ch.is(Kind.SUB) || ch.is(Kind.REL) || ch.isHardBoundary())
                break;
            if (ch.is(Kind.NP))
                for (Ref r : ch.phrase().refs())
                    if (!r.isDemonym() && (r.entity().type() == EntityType.Person || r.entity().type() == EntityType.Company))
                        add(c, role, r.entity(), false);
        }
    }

    /** Names in a "to ..." clause after the object: "lobby allies not to use Huawei's equipment". */
    private void infinitive(Candidate c, Trigger t, Parse p, int after) {
        String role = t.role("inf");
        if (role == null)
            return;
        int k = after + 1;
        while (k < p.chunks().size() && (p.chunk(k).is(Kind.ADVERB) || p.chunk(k).is(Kind.PREP)
                && k + 1 < p.chunks().size() && p.chunk(k + 1).is(Kind.NP)))
            k += p.chunk(k).is(Kind.PREP) ? 2 : 1; // "lobbied by the US to drop Huawei"
        if (k + 1 >= p.chunks().size() || !p.chunk(k).is(Kind.TO) || !p.chunk(k + 1).is(Kind.VERB))
            return;
        int verb = k + 1;
        if (isPhraseRole(t.type(), role)) {
            c.addPhrase(role, text(p, p.chunk(verb).from(), p.chunk(Clauses.phraseEnd(p, verb) - 1).to()));
            return;
        }
        Filler obj = Clauses.object(p, verb);
        List<Entity> names = new ArrayList<>(obj.entities());
        if (names.isEmpty() && obj.possessor() != null)
            names.add(obj.possessor());
        for (Pp pp : Clauses.prepositions(p, verb))
            if (!pp.preposition().equals("in") && !pp.preposition().equals("at"))
                names.addAll(pp.filler().entities());
        for (Entity e : names)
            if (RoleTypes.fits(t.type(), role, e) && e.type() != EntityType.Location)
                c.add(role, e);
    }

    // ---- nouns

    private Candidate noun(Parse p, Trigger t, int from, int to, List<TimeExpression> times) {
        int np = p.chunkOf(to - 1);
        Chunk nc = p.chunk(np);
        if (!nc.is(Kind.NP) || !isHead(p, nc, to - 1) || !needs(p, t, from))
            return null;
        Phrase ph = nc.phrase();
        Candidate c = start(p, t, from, np);
        String agent = t.role("agent");
        String possRole = t.role("poss") != null ? t.role("poss") : agent;
        String modRole = t.role("mod") != null ? t.role("mod") : agent;
        List<Pp> pps = Clauses.prepositions(p, np);
        Entity owner = ph.possessor();
        if (owner != null) {
            boolean ofTakesIt = false;
            for (Pp pp : pps)
                ofTakesIt |= pp.preposition().equals("of") && possRole != null && possRole.equals(t.role("of"));
            add(c, ofTakesIt ? agent : possRole, owner, true);
        }
        for (Ref r : ph.modifiers())
            if (r.to() <= from && modRole != null)
                add(c, modRole, r.entity(), !modRole.equals(t.role("patient")));
        for (Pp pp : pps) {
            if (pp.preposition().equals("by") && agent != null)
                fill(c, agent, pp.filler(), p, true);
            else
                fillPreposition(c, t, p, pp);
        }
        int verb = governing(c, t, p, np, from);
        reducedRelative(c, t, p, np);
        rest(c, t, p, np);
        place(c, pps);
        c.definite = ph.isDefinite();
        c.anaphoric = c.definite && c.keyRolesFilled() == 0;
        if (t.type() == EventType.Deal)
            c.addPhrase("subject", text(p, ph.determiner() != null ? ph.from() + 1 : ph.from(), to));
        c.date = EventDates.of(p, times, verb, np);
        c.modality = ModalityCues.of(p, np, from, to, t.type(), t.hypothetical());
        return finish(c, t, p);
    }

    /** Roles the verb governing a noun lends it: "X filed a lawsuit", "X faces sanctions", "added X to the list". */
    private int governing(Candidate c, Trigger t, Parse p, int np, int from) {
        Governor g = Clauses.governor(p, np);
        String agent = t.role("agent"), patient = t.role("patient");
        if (g.verb() < 0)
            return nearestVerb(p, np);
        Chunk vc = p.chunk(g.verb());
        String main = vc.verb().main();
        switch (g.position()) {
            case OBJECT -> {
                if (lexicon.isLight(main) && agent != null)
                    fill(c, agent, Clauses.subject(p, g.verb()), p, true);
                else if (lexicon.isUndergo(main) && patient != null)
                    fill(c, patient, Clauses.subject(p, g.verb()), p, false);
            }
            case PREPOSITIONAL -> {
                int before = np - 2;
                boolean under = "under".equals(g.preposition()) && vc.verb().isCopula(); // "Turkey is under EU sanctions"
                if (under || before >= 0 && p.chunk(before).is(Kind.NP)
                        && UNDERGOER_HEADS.contains(p.chunk(before).phrase().head())) {
                    if (patient != null)
                        fill(c, patient, Clauses.subject(p, g.verb()), p, false);
                } else {
                    if (patient != null && (PLACING.contains(vc.verb().base()) || PASSING.contains(vc.verb().base())))
                        fill(c, patient, Clauses.object(p, g.verb()), p, false);
                    if (agent != null && (lexicon.isLight(main) || PLACING.contains(vc.verb().base()))) {
                        fill(c, agent, Clauses.subject(p, g.verb()), p, true);
                        if (vc.verb().passive())
                            for (Pp pp : Clauses.prepositions(p, g.verb()))
                                if (pp.preposition().equals("by"))
                                    fill(c, agent, pp.filler(), p, true);
                    }
                }
            }
            case SUBJECT -> {
                for (Pp pp : Clauses.prepositions(p, g.verb())) {
                    if (pp.preposition().equals("by") && vc.verb().passive() && lexicon.isLight(main) && agent != null)
                        fill(c, agent, pp.filler(), p, true);
                    else if (!pp.preposition().equals("by"))
                        fillPreposition(c, t, p, pp);
                }
            }
            default -> { }
        }
        return g.verb();
    }

    /** "a lawsuit filed by the Senate against Pierluisi": the participle after a noun lends it its phrases. */
    private void reducedRelative(Candidate c, Trigger t, Parse p, int np) {
        if (np + 1 >= p.chunks().size() || !p.chunk(np + 1).is(Kind.VERB))
            return;
        var v = p.chunk(np + 1).verb();
        if (!v.isBareParticiple() || !lexicon.isLight(v.main()))
            return;
        for (Pp pp : Clauses.prepositions(p, np + 1)) {
            if (pp.preposition().equals("by"))
                fill(c, t.role("agent"), pp.filler(), p, true);
            else
                fillPreposition(c, t, p, pp);
        }
    }

    private static int nearestVerb(Parse p, int c) {
        for (int k = c - 1; k >= 0; k--) {
            if (p.chunk(k).is(Kind.VERB))
                return k;
            if (p.chunk(k).is(Kind.SUB) || p.chunk(k).is(Kind.REL) || p.chunk(k).isHardBoundary())
                break;
        }
        return -1;
    }

    /** Whether token {@code i} is the head of noun phrase {@code c}: its last word, before any "'s". */
    private static boolean isHead(Parse p, Chunk c, int i) {
        int last = c.to() - 1;
        if (last > c.from() && (p.word(last).equals("'s") || p.word(last).equals("’s")))
            last--;
        return i == last;
    }

    // ---- filling roles

    private Candidate start(Parse p, Trigger t, int from, int chunk) {
        int offset = p.tokens().get(from).start();
        Candidate c = new Candidate(t.type(), p.sentence().index(), doc.evidenceAt(offset), t.confidence());
        c.implicit = t.implicit();
        return c;
    }

    private void fillPreposition(Candidate c, Trigger t, Parse p, Pp pp) {
        String role = t.role(pp.preposition());
        if (role == null)
            return;
        if (isPhraseRole(t.type(), role)) {
            c.addPhrase(role, text(p, pp.from(), pp.to()));
            return;
        }
        Filler f = pp.filler();
        if (f.isEmpty() && f.possessor() != null)
            f = new Filler(List.of(f.possessor()), null, f.from(), f.to());
        if (f.isEmpty() && t.type() == EventType.Tariff && role.equals("target") && f.exists()) {
            for (Ref r : p.chunk(f.from()).phrase().refs()) // "tariffs on Chinese goods": the state the goods come from
                add(c, role, r.entity(), false);
            c.addPhrase("product", text(p, pp.from(), pp.to()));
        }
        fill(c, role, f, p, false);
    }

    /** Puts a filler's entities into a role, keeping those that fit it; a doer brings the body it speaks for. */
    private void fill(Candidate c, String role, Filler f, Parse p, boolean doer) {
        if (role == null)
            return;
        for (Entity e : f.entities())
            add(c, role, e, doer);
    }

    private void add(Candidate c, String role, Entity e, boolean doer) {
        if (role == null || e == null || !RoleTypes.fits(c.type, role, e))
            return;
        c.add(role, e);
        if (doer && RoleTypes.SPEAKING_FOR.contains(role)) {
            Entity body = RoleTypes.SPEECH.contains(role) ? affiliations.speaksFor(e) : affiliations.of(e);
            if (body != null && RoleTypes.fits(c.type, role, body))
                c.add(role, body);
        }
    }

    private static void place(Candidate c, List<Pp> pps) {
        for (Pp pp : pps) {
            if (!pp.preposition().equals("in") && !pp.preposition().equals("at"))
                continue;
            for (Entity e : pp.filler().entities())
                if (e.type() == EntityType.Location || e.type() == EntityType.Country) {
                    c.place = e;
                    return;
                }
        }
    }

    /** Drops the patient that is also the doer, applies the trigger's confidence and symmetry. */
    private Candidate finish(Candidate c, Trigger t, Parse p) {
        String amount = Amounts.find(p);
        if (t.symmetric()) {
            String party = c.type.keyRoles().get(0);
            for (String role : List.copyOf(c.entities.keySet()))
                if (!role.equals(party) && !EventType.isPhraseRole(role) && !role.equals("subject")) {
                    c.addAll(party, c.entities.remove(role));
                }
        }
        if (c.type.hasRole("amount") && !c.has("amount"))
            c.addPhrase("amount", amount);
        c.dropSelfTargets();
        int keys = t.type().keyRoles().size();
        c.confidence = t.confidence() * (0.6 + 0.4 * c.keyRolesFilled() / keys);
        return c;
    }

    // ---- words

    private boolean needs(Parse p, Trigger t, int from) {
        if (t.need().isEmpty())
            return true;
        if (t.need().contains("amount") && Amounts.find(p) != null)
            return true;
        for (int i = 0; i < p.size(); i++)
            if (t.need().contains(p.word(i)))
                return true;
        return false;
    }

    private static boolean objectNeeds(Parse p, Trigger t, int last) {
        if (t.objectNeed().isEmpty())
            return true;
        int k = last + 1;
        while (k < p.chunks().size() && p.chunk(k).is(Kind.ADVERB))
            k++;
        if (k >= p.chunks().size())
            return false;
        Chunk c = p.chunk(k);
        if (t.objectNeed().contains(c.word()))
            return true;
        if (!c.is(Kind.NP))
            return false;
        for (int i = c.from(); i < c.to(); i++)
            if (t.objectNeed().contains(p.word(i)))
                return true;
        return false;
    }

    private static boolean isPhraseRole(EventType type, String role) {
        return EventType.isPhraseRole(role) || role.equals("subject") && type == EventType.Deal;
    }

    /** The words of a filler's chunks. */
    private String words(Parse p, Filler f) {
        int from = p.chunk(f.from()).from(), to = p.chunk(f.to() - 1).to();
        if (p.chunk(f.from()).is(Kind.NP) && p.chunk(f.from()).phrase().determiner() != null)
            from++;
        return from < to ? text(p, from, to) : null;
    }

    /** The document text of tokens {@code [from, to)} with quotation marks, edge punctuation and hedges trimmed. */
    private String text(Parse p, int from, int to) {
        while (from < to && (isTrim(p.word(from)) || HEDGES.contains(p.word(from))))
            from++;
        while (to > from && isTrim(p.word(to - 1)))
            to--;
        if (from >= to)
            return null;
        Span s = p.span(from, to);
        return SPACES.matcher(doc.text(s)).replaceAll(" ").strip();
    }

    private static boolean isTrim(String w) {
        return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0));
    }
}
