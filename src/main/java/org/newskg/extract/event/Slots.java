package org.newskg.extract.event;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.syntax.Chunk;
import org.newskg.extract.syntax.Chunk.Kind;
import org.newskg.extract.syntax.Filler;
import org.newskg.extract.syntax.Groups;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Pp;
import org.newskg.extract.syntax.Ref;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;
import org.newskg.fact.Span;

/**
 * Puts what the syntax around a trigger found into the roles of its event: entities that fit
 * the role (an official's state or body along with the official), phrases trimmed of hedges,
 * the place, and the finishing touches (symmetry, amounts, confidence).
 */
final class Slots {

    /** Nouns for people close to someone, whose owner is not the one they are: "Trump's son", "Meng's lawyer". */
    private static final Set<String> RELATIONS = Set.of("son", "sons", "daughter", "daughters", "wife", "husband",
            "brother", "sister", "father", "mother", "parents", "children", "child", "family", "nephew", "niece",
            "cousin", "friend", "friends", "aide", "aides", "lawyer", "lawyers", "attorney", "attorneys", "adviser",
            "advisers", "advisor", "advisors", "fiancee", "fiancée", "partner", "supporters", "associate", "associates");

    /** Who takes part in diplomacy: people, states and public bodies. */
    private static final Set<EntityType> LEADERS = Set.of(EntityType.Person, EntityType.Country,
            EntityType.GovernmentBody, EntityType.InternationalOrganization);

    /** Words that hedge a phrase and are not part of what it names: "alleged theft". */
    private static final Set<String> HEDGES = Set.of("alleged", "allegedly", "suspected", "reported", "purported",
            "possible", "potential", "so-called");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private final AnnotatedArticle doc;
    private final Affiliations affiliations;
    private final Courts courts;

    Slots(AnnotatedArticle doc, Affiliations affiliations) {
        this.doc = doc;
        this.affiliations = affiliations;
        this.courts = new Courts(doc, affiliations);
    }

    Candidate start(Parse p, Trigger t, int from, int chunk) {
        int offset = p.tokens().get(from).start();
        Candidate c = new Candidate(t.type(), p.sentence().index(), doc.evidenceAt(offset), t.confidence());
        c.implicit = t.implicit();
        c.judicial = t.judicial();
        return c;
    }

    void fillPreposition(Candidate c, Trigger t, Parse p, Pp pp) {
        String role = t.role(pp.preposition());
        if (role == null)
            return;
        if (role.equals("title")) {
            title(c, p, pp);
            return;
        }
        if (isPhraseRole(t.type(), role)) {
            if (!isTime(p, pp.from(), pp.to())) // "indicted on Friday" names no charge
                c.addPhrase(role, text(p, pp.from(), untilTime(p, pp.from(), pp.to()))); // "of bullying on Monday"
            if (role.equals("scope") && !c.has("target"))
                fill(c, "target", destination(p, pp), p, false); // "banned American firms from selling parts to ZTE"
            return;
        }
        Filler f = pp.filler();
        if (owner(p, f) != null)
            f = new Filler(List.of(owner(p, f)), null, f.from(), f.to());
        if (f.isEmpty() && t.type() == EventType.Tariff && role.equals("target") && f.exists()) {
            for (Ref r : p.chunk(f.from()).phrase().refs()) // "tariffs on Chinese goods": the state the goods come from
                add(c, role, r.entity(), false);
            c.addPhrase("product", text(p, pp.from(), pp.to()));
        }
        if (f.isEmpty() && TRADE_TYPES.contains(t.type()) && role.equals("target"))
            f = destination(p, pp); // "restrictions on flights to Cuba"
        fill(c, role, f, p, false);
        if (!c.has(role) && role.equals("target") && t.type().hasRole("scope"))
            c.addPhrase("scope", text(p, pp.from(), pp.to())); // "bans on niqabs": a practice, not a party
    }

    /** Words that end a title: "as governor <b>on</b> August 2", "as chairman <b>in</b> 2017". */
    private static final Set<String> TITLE_ENDS = Set.of("on", "in", "at", "after", "before", "following", "until", "over",
            "amid", "because", "due", "despite", "ahead",
            "since", "during", "from", "with", "by", "and", "but", "when", "while", "as", ",", ";", "(", "-", "—");

    /** A post named in a phrase ("as Puerto Rico's governor on Friday"): the title, and the body it names. */
    private void title(Candidate c, Parse p, Pp pp) {
        int from = pp.from(), to = pp.from();
        while (to < pp.to() && !(to > from && TITLE_ENDS.contains(p.word(to))) && !p.word(to).matches("\\d.*"))
            to++;
        for (int k = from; k < to; k++)
            if (p.word(k).equals("'s") || p.word(k).equals("’s"))
                from = k + 1; // "Puerto Rico's governor": the body is no part of the title
        c.addPhrase("title", text(p, from, to));
        if (!c.type.hasRole("organization"))
            return;
        Filler f = pp.filler();
        if (f.possessor() != null)
            add(c, "organization", f.possessor(), false);
        for (Entity e : f.entities())
            add(c, "organization", e, false);
    }

    /** Types whose target may be named as where goods or people go to or come from. */
    private static final Set<EventType> TRADE_TYPES = Set.of(EventType.Ban, EventType.Sanction, EventType.Tariff);

    /** The names after "to" or "from" inside a phrase: "flights <b>to Cuba</b>", "imports <b>from China</b>". */
    private static Filler destination(Parse p, Pp pp) {
        int first = p.chunkOf(pp.from()), last = p.chunkOf(pp.to() - 1);
        for (int k = first; k < last; k++) {
            Chunk ch = p.chunk(k);
            if (ch.is(Kind.PREP) && (ch.word().equals("to") || ch.word().equals("from")) && p.chunk(k + 1).is(Kind.NP)) {
                Filler f = Groups.startingAt(p, k + 1);
                if (!f.isEmpty())
                    return f;
            }
        }
        return Filler.NONE;
    }

    /** Puts a filler's entities into a role, keeping those that fit it; a doer brings the body it speaks for. */
    void fill(Candidate c, String role, Filler f, Parse p, boolean doer) {
        if (role == null)
            return;
        for (Entity e : f.entities())
            add(c, role, e, doer);
        if (role.equals("court") && !c.has("court"))
            courts.fill(c, p, f); // "the judge", "a jury", "Judge Jesse Furman"
    }

    void add(Candidate c, String role, Entity e, boolean doer) {
        if (doer && "organization".equals(role) && e != null && e.type() == EntityType.Person) {
            add(c, role, affiliations.speaksFor(e), false); // "Trump appointed X": the post is in Trump's state
            return;
        }
        if (role == null || e == null || !RoleTypes.fits(c.type, role, e))
            return;
        c.add(role, e);
        c.brought.remove(e);
        if (doer && RoleTypes.SPEAKING_FOR.contains(role)) {
            Entity body = RoleTypes.SPEECH.contains(role) ? affiliations.speaksFor(e) : affiliations.of(e);
            if (body != null && RoleTypes.fits(c.type, role, body))
                bring(c, role, body);
            Entity state = affiliations.stateOf(body != null ? body : e); // "the US Justice Department" acts for the US
            if (state != null && RoleTypes.fits(c.type, role, state))
                bring(c, role, state);
        }
    }

    /** Adds the body or state a doer acts for, unless the sentence names it in that role itself. */
    private static void bring(Candidate c, String role, Entity e) {
        if (!c.role(role).contains(e))
            c.brought.add(e);
        c.add(role, e);
    }

    /** Every party named after the trigger in its sentence: "ruled in the case X vs. Y". */
    void rest(Candidate c, Trigger t, Parse p, int last) {
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

    static void place(Candidate c, List<Pp> pps) {
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

    /**
     * The owner a filler with no names stands for: "banned <b>Huawei</b>'s equipment", "criticised
     * <b>Trump</b>'s decision"; none for a person close to the owner ("Trump's son").
     */
    static Entity owner(Parse p, Filler f) {
        if (!f.isEmpty() || f.possessor() == null || !f.exists())
            return null;
        Chunk c = p.chunk(f.from());
        return c.is(Kind.NP) && RELATIONS.contains(c.phrase().head()) ? null : f.possessor();
    }

    /** Drops the patient that is also the doer, applies the trigger's confidence and symmetry. */
    Candidate finish(Candidate c, Trigger t, Parse p) {
        if (t.noMedia())
            c.entities.values().forEach(l -> l.removeIf(e -> e.type() == EntityType.Organization));
        if (t.leaders()) { // "visited China", not "visited Magnitogorsk", "hosted the Apple event" or "Weitz visited Pullman"
            c.entities.values().forEach(l -> l.removeIf(e -> !isLeader(e)));
            if (c.entities.values().stream().flatMap(List::stream).noneMatch(e -> e.type() == EntityType.Person))
                c.entities.clear(); // "Zambia will host Lesotho" is a match, not a visit
        }
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
        if (t.type() == EventType.Denial && deniesCharges(c))
            c.role("denier").removeAll(c.brought); // "Meng denies the charges": her own, not her employer's
        if (t.type() == EventType.Meeting)
            dropOwnStates(c);
        int keys = t.type().keyRoles().size();
        c.confidence = t.confidence() * (0.6 + 0.4 * c.keyRolesFilled() / keys);
        return c;
    }

    /** Whether a denial is of criminal charges or guilt, which a person answers for alone. */
    private static boolean deniesCharges(Candidate c) {
        for (String a : c.phrases.getOrDefault("allegation", List.of()))
            for (String w : a.toLowerCase(java.util.Locale.ROOT).split("\\W+"))
                if (w.equals("charge") || w.equals("charges") || w.equals("guilty") || w.equals("guilt"))
                    return c.role("denier").stream().anyMatch(e -> e.type() == EntityType.Person);
        return false;
    }

    /** Whether the filler is a noun phrase that names no entity but something all the same: "the crash", not "it". */
    static boolean namesSomething(Parse p, Filler f) {
        return f.exists() && f.isEmpty() && p.chunk(f.from()).is(Kind.NP) && !p.chunk(f.from()).phrase().isPronoun()
                && p.chunk(f.from()).phrase().possessor() == null;
    }

    /** The end of tokens {@code [from, to)} before a date phrase that starts inside them. */
    private int untilTime(Parse p, int from, int to) {
        for (TimeExpression t : doc.times())
            for (int k = from + 1; k < to; k++)
                if (p.tokens().get(k).start() == t.span().start()) {
                    int end = k;
                    if (end > from + 1 && Set.of("on", "in", "at", "since", "last", "this").contains(p.word(end - 1)))
                        end--;
                    return end;
                }
        return to;
    }

    /** Whether tokens {@code [from, to)} only say when: "Friday", "March 2018", "last week". */
    private boolean isTime(Parse p, int from, int to) {
        for (TimeExpression t : doc.times())
            if (t.span().start() <= p.tokens().get(from).start() && p.tokens().get(to - 1).end() <= t.span().end())
                return true;
        return false;
    }

    /** Whether the entity may pay or receive a visit: a state, a public body, or a person who holds a post. */
    boolean isLeader(Entity e) {
        return LEADERS.contains(e.type()) && (e.type() != EntityType.Person || affiliations.speaksFor(e) != null);
    }

    /** "Russian President Vladimir Putin's visit": Putin meets, his state does not meet him. */
    private void dropOwnStates(Candidate c) {
        List<Entity> parts = c.entities.get("participant");
        if (parts == null)
            return;
        List<Entity> own = new java.util.ArrayList<>();
        for (Entity e : parts) {
            if (e.type() != EntityType.Person)
                continue;
            Entity body = affiliations.speaksFor(e);
            if (body != null)
                own.add(body);
            Entity state = body != null ? affiliations.stateOf(body) : null;
            if (state != null)
                own.add(state);
        }
        parts.removeIf(own::contains);
    }

    static boolean isPhraseRole(EventType type, String role) {
        return EventType.isPhraseRole(role) || role.equals("subject") && type == EventType.Deal;
    }

    /** The words of a filler's chunks. */
    String words(Parse p, Filler f) {
        int from = p.chunk(f.from()).from(), to = p.chunk(f.to() - 1).to();
        if (p.chunk(f.from()).is(Kind.NP) && p.chunk(f.from()).phrase().determiner() != null)
            from++;
        return from < to ? text(p, from, to) : null;
    }

    /** The document text of tokens {@code [from, to)} with quotation marks, edge punctuation and hedges trimmed. */
    String text(Parse p, int from, int to) {
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
