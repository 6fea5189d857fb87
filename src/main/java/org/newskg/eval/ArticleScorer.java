package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores one article's predicted facts against its gold facts with score.py's rules, and lists
 * what was missed, what is extra and which details of matched facts are wrong.
 */
public final class ArticleScorer {

    /** score.py's KEY_ROLES: the roles an event must match on (those gold fills). */
    static final Map<String, List<String>> KEY_ROLES = Map.ofEntries(
            Map.entry("Conference", List.of("event")), Map.entry("Meeting", List.of("participant")),
            Map.entry("Lawsuit", List.of("plaintiff", "defendant")),
            Map.entry("Indictment", List.of("defendant", "prosecutor")), Map.entry("Arrest", List.of("person")),
            Map.entry("Extradition", List.of("person", "requester")),
            Map.entry("Investigation", List.of("investigator", "target")), Map.entry("Ruling", List.of("court")),
            Map.entry("Fine", List.of("authority", "target")), Map.entry("Sanction", List.of("imposer", "target")),
            Map.entry("Ban", List.of("imposer", "target")), Map.entry("Tariff", List.of("imposer", "target")),
            Map.entry("Lobbying", List.of("actor", "target")), Map.entry("Accusation", List.of("accuser", "accused")),
            Map.entry("Denial", List.of("denier")), Map.entry("ProductLaunch", List.of("company", "product")),
            Map.entry("Deal", List.of("party")), Map.entry("Acquisition", List.of("acquirer", "target")),
            Map.entry("Appointment", List.of("person", "organization")),
            Map.entry("Departure", List.of("person", "organization")), Map.entry("Cyberattack", List.of("target")));

    /** score.py's COARSE types, for corpora annotated as PER / ORG / LOC / PRODUCT / MISC. */
    static final Map<String, String> COARSE = Map.of("Person", "PER", "Company", "ORG", "GovernmentBody", "ORG",
            "InternationalOrganization", "ORG", "Organization", "ORG", "Country", "LOC", "Location", "LOC",
            "Product", "PRODUCT");

    /** Roles that hold a short phrase rather than a name; they match on a shared word. */
    static final Set<String> PHRASE_ROLES = Set.of("charge", "claim", "allegation", "scope", "amount", "title", "subject");

    private final Sheet gold;
    private final Sheet predicted;
    private final boolean coarse;
    private final Names names;
    private final List<Finding> findings = new ArrayList<>();

    private ArticleScorer(Sheet gold, Sheet predicted, boolean coarse) {
        this.gold = gold;
        this.predicted = predicted;
        this.coarse = coarse;
        this.names = new Names(gold.entities(), predicted.entities());
    }

    /** The figures and findings of one article. */
    public record Result(String id, Tally tally, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * @param coarse compare entity types as PER / ORG / LOC / PRODUCT / MISC
     */
    public static Result score(Sheet gold, Sheet predicted, boolean coarse) {
        return new ArticleScorer(gold, predicted, coarse).score();
    }

    private Result score() {
        var typed = Matching.of(gold.entities(), predicted.entities(), (g, p) -> sameEntity(g, p, true));
        var untyped = Matching.of(gold.entities(), predicted.entities(), (g, p) -> sameEntity(g, p, false));
        reportEntities(typed);

        var roles = Matching.of(gold.roles(), predicted.roles(), this::sameRole);
        Share roleTitle = Share.ZERO;
        for (var pair : roles.requiredPairs()) {
            boolean right = titleMatches(pair.gold(), pair.predicted());
            roleTitle = roleTitle.add(right);
            if (!right)
                findings.add(Finding.wrong("role", pair.gold() + ": title '" + pair.predicted().title() + "'"));
        }
        report("role", roles);

        var relations = Matching.of(gold.relations(), predicted.relations(), this::sameRelation);
        report("relation", relations);

        var events = Matching.of(gold.events(), predicted.events(), this::sameEvent);
        Count args = Count.ZERO;
        Share date = Share.ZERO, modality = Share.ZERO;
        for (var pair : events.requiredPairs()) {
            Sheet.Event g = pair.gold(), p = pair.predicted();
            args = args.plus(scoreArguments(g, p));
            if (truthy(g.date())) {
                boolean right = truthy(p.date()) && p.date().equals(g.date());
                date = date.add(right);
                if (!right)
                    findings.add(Finding.wrong("event", g.type() + " date " + p.date() + ", gold " + g.date()));
            }
            if (truthy(g.modality())) {
                boolean right = g.modality().equals(p.modality());
                modality = modality.add(right);
                if (!right)
                    findings.add(Finding.wrong("event", g.type() + " modality " + p.modality() + ", gold " + g.modality()));
            }
        }
        report("event", events);

        var quotes = Matching.of(gold.quotes(), predicted.quotes(), this::sameQuote);
        report("quote", quotes);

        Tally tally = new Tally(typed.count(), untyped.count(), roles.count(), relations.count(), events.count(),
                args, quotes.count(), roleTitle, date, modality);
        return new Result(gold.id(), tally, findings);
    }

    // ---- rules

    private boolean sameEntity(Sheet.Entity g, Sheet.Entity p, boolean typed) {
        if (!names.same(g.name(), p.name()))
            return false;
        if (!typed)
            return true;
        Set<String> shared = typesOf(g);
        shared.retainAll(typesOf(p));
        return !shared.isEmpty();
    }

    /** An entity's type and, in gold, its type_alternatives. */
    private Set<String> typesOf(Sheet.Entity e) {
        Set<String> types = new HashSet<>();
        List<String> all = new ArrayList<>();
        all.add(e.type());
        all.addAll(e.typeAlternatives());
        for (String t : all)
            types.add(coarse ? (t == null ? "MISC" : COARSE.getOrDefault(t, "MISC")) : t);
        return types;
    }

    private boolean sameRole(Sheet.Role g, Sheet.Role p) {
        return names.same(g.person(), p.person()) && names.same(g.organization(), p.organization());
    }

    /** Equal after folding, or one contains the other, against the title or an alternative. */
    private static boolean titleMatches(Sheet.Role g, Sheet.Role p) {
        String pt = Fold.fold(p.title());
        if (pt.isEmpty())
            return false;
        List<String> options = new ArrayList<>();
        options.add(g.title());
        options.addAll(g.titleAlternatives());
        for (String option : options) {
            if (!truthy(option))
                continue;
            String t = Fold.fold(option);
            if (pt.equals(t) || t.contains(pt) || pt.contains(t))
                return true;
        }
        return false;
    }

    private boolean sameRelation(Sheet.Relation g, Sheet.Relation p) {
        return Objects.equals(g.predicate(), p.predicate())
                && names.same(g.subject(), p.subject()) && names.same(g.object(), p.object());
    }

    private boolean sameEvent(Sheet.Event g, Sheet.Event p) {
        if (!Objects.equals(g.type(), p.type()))
            return false;
        for (String role : g.type() == null ? List.<String>of() : KEY_ROLES.getOrDefault(g.type(), List.of())) {
            List<String> gv = g.participants().getOrDefault(role, List.of());
            if (gv.isEmpty())
                continue;
            List<String> pv = p.participants().getOrDefault(role, List.of());
            if (gv.stream().noneMatch(a -> pv.stream().anyMatch(b -> sameArgument(g.type(), role, a, b))))
                return false;
        }
        return true;
    }

    private boolean sameArgument(String eventType, String role, String goldValue, String predictedValue) {
        if (names.same(goldValue, predictedValue))
            return true;
        if (!isPhrase(eventType, role))
            return false;
        Set<String> shared = Fold.wordSet(goldValue);
        shared.retainAll(Fold.wordSet(predictedValue));
        return !shared.isEmpty();
    }

    static boolean isPhrase(String eventType, String role) {
        return PHRASE_ROLES.contains(role) || ("Tariff".equals(eventType) && "product".equals(role));
    }

    /** The (role, name) pairs of a matched event, matched as score.py's event_args. */
    private Count scoreArguments(Sheet.Event g, Sheet.Event p) {
        var matching = Matching.of(arguments(g), arguments(p),
                (a, b) -> a.role().equals(b.role()) && sameArgument(g.type(), a.role(), a.value(), b.value()));
        matching.requiredMissed().forEach(a -> findings.add(Finding.missed("argument", g.type() + " " + a)));
        matching.extra().forEach(a -> findings.add(Finding.extra("argument", g.type() + " " + a)));
        return matching.count();
    }

    /** One filler of one role of an event. */
    private record Argument(String role, String value) implements Sheet.Item {
        @Override
        public boolean optional() {
            return false;
        }

        @Override
        public String toString() {
            return role + "=" + value;
        }
    }

    private static List<Argument> arguments(Sheet.Event e) {
        List<Argument> out = new ArrayList<>();
        e.participants().forEach((role, values) -> values.forEach(v -> out.add(new Argument(role, v))));
        return out;
    }

    private boolean sameQuote(Sheet.Quote g, Sheet.Quote p) {
        if (!names.same(g.speaker(), p.speaker()))
            return false;
        Set<String> gw = Fold.wordSet(g.text()), pw = Fold.wordSet(p.text());
        int shorter = Math.min(gw.size(), pw.size());
        gw.retainAll(pw);
        return shorter > 0 && gw.size() >= 0.8 * shorter;
    }

    private static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }

    // ---- findings

    /** Missed and extra entities, with a wrong type told apart from a missing entity. */
    private void reportEntities(Matching<Sheet.Entity, Sheet.Entity> typed) {
        var retyped = Matching.of(typed.requiredMissed(), typed.extra(), (g, p) -> sameEntity(g, p, false));
        for (var pair : retyped.pairs())
            findings.add(Finding.wrong("entity", pair.gold() + ": typed " + pair.predicted().type()));
        retyped.missed().forEach(g -> findings.add(Finding.missed("entity", g)));
        retyped.extra().forEach(p -> findings.add(Finding.extra("entity", p)));
    }

    private <G extends Sheet.Item, P> void report(String section, Matching<G, P> m) {
        m.requiredMissed().forEach(g -> findings.add(Finding.missed(section, g)));
        m.extra().forEach(p -> findings.add(Finding.extra(section, p)));
    }
}
