package org.newskg.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.article.Article;
import org.newskg.fact.Argument;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Evidence;
import org.newskg.fact.Facts;
import org.newskg.fact.Modality;
import org.newskg.fact.PartialDate;
import org.newskg.fact.Quote;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;
import org.newskg.fact.Role;
import org.newskg.fact.Span;

/**
 * Facts built by hand that use every event type with every one of its roles, every relation
 * type, roles with and without titles, and a quote said at an event, over a short article with
 * an emoji in it (so UTF-16 and code point offsets differ after it).
 */
final class HandBuiltFacts {

    private HandBuiltFacts() {}

    static final List<String> SENTENCES = List.of(
            "Acme sued Globex in Ruritania.",
            "Jane Roe of Acme spoke at Expo in Springfield, said the Guild.",
            "The Court runs Plan X under Act Y.",
            "Widget uses 4G.",
            "Ruritania joined the Alliance.",
            "\uD83D\uDE80 Zed said: \"We are ready.\"");
    static final String TEXT = String.join(" ", SENTENCES);
    static final Article ARTICLE = new Article("hand-built", null, LocalDate.of(2020, 5, 1),
            "https://example.org/hand-built", "Tests", TEXT);
    static final ArticleProvenance PROVENANCE = new ArticleProvenance(Instant.parse("2026-01-01T00:00:00Z"), "hash-1");

    static final Entity ACME = entity("Acme", EntityType.Company, null);
    static final Entity GLOBEX = entity("Globex", EntityType.Company, null);
    static final Entity RURITANIA = entity("Ruritania", EntityType.Country, "Q1000001");
    static final Entity JANE = entity("Jane Roe", EntityType.Person, null);
    static final Entity EXPO = entity("Expo", EntityType.NamedEvent, null);
    static final Entity SPRINGFIELD = entity("Springfield", EntityType.Location, null);
    static final Entity GUILD = entity("Guild", EntityType.Organization, null);
    static final Entity COURT = entity("Court", EntityType.GovernmentBody, null);
    static final Entity PLAN_X = entity("Plan X", EntityType.Program, null);
    static final Entity ACT_Y = entity("Act Y", EntityType.Law, null);
    static final Entity WIDGET = entity("Widget", EntityType.Product, null);
    static final Entity G4 = entity("4G", EntityType.Technology, null);
    static final Entity ALLIANCE = entity("Alliance", EntityType.InternationalOrganization, null);
    static final Entity ZED = entity("Zed", EntityType.Person, null);
    static final List<Entity> ENTITIES = List.of(ACME, GLOBEX, RURITANIA, JANE, EXPO, SPRINGFIELD, GUILD, COURT, PLAN_X,
            ACT_Y, WIDGET, G4, ALLIANCE, ZED);

    /** An entity of a fitting type for each entity-valued role. */
    static final Map<String, Entity> FILLER = Map.ofEntries(
            Map.entry("event", EXPO), Map.entry("organizer", GUILD), Map.entry("sponsor", GLOBEX),
            Map.entry("attendee", ACME), Map.entry("speaker", JANE), Map.entry("participant", RURITANIA),
            Map.entry("plaintiff", ACME), Map.entry("defendant", GLOBEX), Map.entry("court", COURT),
            Map.entry("prosecutor", RURITANIA), Map.entry("person", JANE), Map.entry("authority", RURITANIA),
            Map.entry("requester", RURITANIA), Map.entry("custodian", ALLIANCE), Map.entry("investigator", COURT),
            Map.entry("target", GLOBEX), Map.entry("party", ACME), Map.entry("imposer", RURITANIA),
            Map.entry("product", WIDGET), Map.entry("actor", GUILD), Map.entry("against", GLOBEX),
            Map.entry("accuser", ACME), Map.entry("accused", GLOBEX), Map.entry("denier", GLOBEX),
            Map.entry("company", ACME), Map.entry("subject", G4), Map.entry("acquirer", ACME),
            Map.entry("organization", ACME), Map.entry("attacker", ZED));

    static Facts facts() {
        List<Event> events = new ArrayList<>();
        Modality[] modalities = Modality.values();
        PartialDate[] dates = {PartialDate.parse("2020-04-30"), PartialDate.parse("2020-04"), PartialDate.ofYear(2019), null};
        for (EventType type : EventType.values()) {
            Map<String, List<Argument>> participants = new LinkedHashMap<>();
            for (String role : type.keyRoles())
                participants.put(role, arguments(type, role));
            for (String role : type.otherRoles())
                participants.put(role, arguments(type, role));
            int i = type.ordinal();
            events.add(new Event(type, participants, dates[i % dates.length], i % 3 == 0 ? SPRINGFIELD : null,
                    modalities[i % modalities.length], sentence(0), i == 0 ? 0.0001 : 0.75, "hand"));
        }
        Event conference = events.get(EventType.Conference.ordinal());
        List<Relation> relations = List.of(
                new Relation(ACME, RelationType.basedIn, RURITANIA, sentence(0)),
                new Relation(ACME, RelationType.makes, WIDGET, sentence(3)),
                new Relation(GLOBEX, RelationType.subsidiaryOf, ACME, sentence(0)),
                new Relation(RURITANIA, RelationType.memberOf, ALLIANCE, sentence(4)),
                new Relation(JANE, RelationType.nationalityOf, RURITANIA, sentence(1)),
                new Relation(COURT, RelationType.operates, PLAN_X, sentence(2)));
        List<Role> roles = List.of(
                new Role(JANE, "chief executive", ACME, sentence(1)),
                new Role(ZED, null, RURITANIA, sentence(5)));
        int quoteStart = TEXT.indexOf("We are ready.");
        List<Quote> quotes = List.of(new Quote(ZED, "We are ready.", new Span(quoteStart, quoteStart + 13),
                sentence(5), conference));
        return new Facts(ARTICLE, ENTITIES, roles, relations, events, quotes, List.of("sentences", "hand"));
    }

    /** A Deal's subject and a Tariff's product are given both as an entity and as a phrase. */
    private static List<Argument> arguments(EventType type, String role) {
        if (EventType.isPhraseRole(role))
            return List.of(Argument.of("a short " + role));
        boolean either = (type == EventType.Deal && role.equals("subject"))
                || (type == EventType.Tariff && role.equals("product"));
        return either ? List.of(Argument.of(FILLER.get(role)), Argument.of("some " + role))
                : List.of(Argument.of(FILLER.get(role)));
    }

    /** The n-th sentence of the text as evidence. */
    static Evidence sentence(int n) {
        int start = 0;
        for (int i = 0; i < n; i++)
            start += SENTENCES.get(i).length() + 1;
        return new Evidence(SENTENCES.get(n), new Span(start, start + SENTENCES.get(n).length()));
    }

    private static Entity entity(String name, EntityType type, String wikidata) {
        List<Span> mentions = new ArrayList<>();
        for (int i = TEXT.indexOf(name); i >= 0; i = TEXT.indexOf(name, i + 1))
            mentions.add(new Span(i, i + name.length()));
        return new Entity(name, type, List.of(), wikidata, mentions);
    }
}
