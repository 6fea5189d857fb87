package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Modality;

/**
 * The trigger families and argument patterns of news beyond the plain verb of each type: selling,
 * restrictions, designations, requests, phone calls, labels, "took X to court"; subjects through
 * participles after a text ("a decree banning"), purpose infinitives and reflexives; doers left
 * unsaid in the passive; a practice banned rather than a party. Same case format as
 * {@link EventTypesTest}.
 */
class NewsPatternsTest {

    /** One sentence and the event expected from it. */
    record Case(String sentence, EventType type, Map<String, List<String>> roles, Modality modality) {
        @Override
        public String toString() {
            return type + ": " + sentence;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                c("Apple sold LinkedIn to Microsoft.", "Acquisition", "acquirer=Microsoft; target=LinkedIn", "asserted"),
                c("LinkedIn was sold to Microsoft for $26bn.", "Acquisition", "acquirer=Microsoft; target=LinkedIn; amount=26bn", "asserted"),
                c("Sony sold Vodafone in 2015.", "Acquisition", "target=Vodafone", "asserted"),
                c("The sale of LinkedIn to Microsoft closed.", "Acquisition", "acquirer=Microsoft; target=LinkedIn", "asserted"),
                c("Apple did not sell LinkedIn to Microsoft.", "Acquisition", "acquirer=Microsoft; target=LinkedIn", "denied"),
                c("Apple plans to sell LinkedIn to Microsoft.", "Acquisition", "acquirer=Microsoft; target=LinkedIn", "hypothetical"),

                c("Germany announced new restrictions on flights to Iran.", "Ban", "imposer=Germany; target=Iran", "asserted"),
                c("Canada issued a cease and desist order to Huawei.", "Ban", "imposer=Canada; target=Huawei", "asserted"),
                c("Germany banned the niqab in public offices.", "Ban", "imposer=Germany; scope=niqab", "asserted"),
                c("The niqab was banned in German public offices.", "Ban", "imposer=Germany; scope=niqab", "asserted"),
                c("France and Germany have cited security concerns to impose bans on niqabs.", "Ban", "imposer=France,Germany; scope=niqabs", "asserted"),
                c("Emmanuel Macron signed a decree banning anyone wearing a niqab from entering public offices.", "Ban", "imposer=Emmanuel Macron; scope=anyone", "asserted"),
                c("Germany did not ban the niqab.", "Ban", "imposer=Germany; scope=niqab", "denied"),
                c("Germany may impose restrictions on flights to Iran.", "Ban", "imposer=Germany; target=Iran", "hypothetical"),

                c("The US designated Mahan Air as a terrorist organization.", "Sanction", "imposer=United States; target=Mahan Air", "asserted"),
                c("Mahan Air was designated by the US as a terrorist organization.", "Sanction", "imposer=United States; target=Mahan Air", "asserted"),
                c("In 2007, the US labeled Mahan Air as a terrorist and levied sanctions against Mahan Air.", "Sanction", "imposer=United States; target=Mahan Air", "asserted"),
                c("The US may designate Mahan Air as a terrorist organization.", "Sanction", "imposer=United States; target=Mahan Air", "hypothetical"),

                c("The US asked Germany to drop Huawei.", "Lobbying", "actor=United States; target=Germany; against=Huawei", "asserted"),
                c("Mike Pompeo wrote to Germany asking it to drop Huawei.", "Lobbying", "actor=Mike Pompeo; target=Germany", "asserted"),
                c("Mike Pompeo appealed to Germany to drop Huawei.", "Lobbying", "actor=Mike Pompeo; target=Germany; against=Huawei", "asserted"),
                c("The US did not ask Germany to drop Huawei.", "Lobbying", "actor=United States; target=Germany", "denied"),
                c("The US may ask Germany to drop Huawei.", "Lobbying", "actor=United States; target=Germany", "hypothetical"),

                c("Trump spoke with Macron about trade.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                c("Trump and Macron spoke by phone on Tuesday.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                c("Trump held a phone call with Macron.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                c("Trump did not speak with Macron.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "denied"),
                c("Trump will speak with Macron.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "hypothetical"),

                c("Mike Pompeo posted a message on Facebook blaming Iran for the attacks.", "Accusation", "accuser=Mike Pompeo; accused=Iran", "alleged"),
                c("Macron named Iran as a terrorist state.", "Accusation", "accuser=Emmanuel Macron; accused=Iran; allegation=terrorist", "alleged"),
                c("Macron spoke out against Trump.", "Accusation", "accuser=Emmanuel Macron; accused=Donald Trump", "alleged"),
                c("The US criticism of Huawei grew.", "Accusation", "accuser=United States; accused=Huawei", "alleged"),

                c("Huawei took Apple to court.", "Lawsuit", "plaintiff=Huawei; defendant=Apple", "asserted"),
                c("Apple was taken to court by Huawei.", "Lawsuit", "plaintiff=Huawei; defendant=Apple", "asserted"),
                c("Huawei filed a petition against Apple.", "Lawsuit", "plaintiff=Huawei; defendant=Apple", "asserted"),
                c("Huawei will take Apple to court.", "Lawsuit", "plaintiff=Huawei; defendant=Apple", "hypothetical"),

                c("The US Justice Department unsealed charges against Huawei.", "Indictment", "prosecutor=United States Department of Justice; defendant=Huawei", "asserted"),
                c("The US Justice Department unsealed further charges against Huawei.", "Indictment", "prosecutor=United States Department of Justice; defendant=Huawei", "asserted"),

                c("Microsoft announced investigating itself.", "Investigation", "investigator=Microsoft; target=Microsoft", "asserted"),

                c("On Monday, authorities in Germany announced that 20 people were arrested.", "Arrest", "authority=Germany", "asserted"),

                c("The European Court of Justice blocked Facebook's merger.", "Ruling", "court=European Court of Justice; party=Facebook", "asserted"),

                c("Microsoft removed Satya Nadella as chief executive.", "Departure", "person=Satya Nadella; organization=Microsoft", "asserted"),
                c("US President Donald Trump appointed Mike Pompeo as secretary of state.", "Appointment", "person=Mike Pompeo; organization=United States; title=secretary of state", "asserted"),
                c("Mike Pompeo was sworn in as America's secretary of state on Monday.", "Appointment", "person=Mike Pompeo; organization=United States; title=secretary of state", "asserted"),
                c("Apple sold LinkedIn to Microsoft in March; and in 2015 sold Vodafone.", "Acquisition", "target=Vodafone", "asserted"),
                c("On Monday, authorities in Germany said that 20 suspected hackers were arrested.", "Arrest", "authority=Germany", "asserted"),
                c("Macron named both Huawei and Sony as criminals.", "Accusation", "accuser=Emmanuel Macron; accused=Huawei,Sony", "alleged"),
                c("European countries including France and Germany have cited security concerns to impose bans on niqabs.", "Ban", "imposer=France,Germany; scope=niqabs", "asserted"),
                c("Germany named Satya Nadella, who was arrested and banned from the election.", "Ban", "target=Satya Nadella; scope=election", "asserted"),
                c("Trump declined Nadella's offer to resign as chief executive.", "Departure", "person=Satya Nadella", "hypothetical"),
                c("Nadella took over as chief executive of Microsoft.", "Appointment", "person=Satya Nadella; organization=Microsoft; title=chief executive", "asserted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads_the_event_with_its_roles_and_modality(Case c) {
        List<Event> events = NewsFixture.annotate(c.sentence()).events();
        List<Event> ofType = events.stream().filter(e -> e.type() == c.type()).toList();
        assertTrue(ofType.stream().anyMatch(e -> fits(e, c)),
                () -> "expected " + c.type() + " " + c.roles() + " " + c.modality() + " in: " + c.sentence()
                        + "\n  got " + events);
    }

    @Test
    void a_passive_event_takes_the_doer_of_the_last_event_done_to_the_same_party() {
        List<Event> sanctions = of(EventType.Sanction,
                "The US sanctioned Mahan Air in 2011. Mahan Air was further sanctioned in 2015.");
        assertEquals(2, sanctions.size(), () -> sanctions.toString());
        assertEquals("United States", sanctions.get(1).role("imposer").get(0).text());
        assertEquals("2015", sanctions.get(1).date().toString());
    }

    @Test
    void bans_of_different_practices_stay_apart() {
        List<Event> bans = of(EventType.Ban,
                "Germany banned the niqab on Friday. Previously, the hijab was banned in German public offices.");
        assertEquals(2, bans.size(), () -> bans.toString());
    }

    @Test
    void a_later_verb_of_an_event_noun_does_not_date_it() {
        List<Event> bans = of(EventType.Ban, "Germany banned the niqab. That ban was lifted in 2011.");
        assertEquals(1, bans.size(), () -> bans.toString());
        assertNull(bans.get(0).date());
    }

    @Test
    void a_public_body_acts_for_its_state_when_the_article_names_the_state() {
        List<Event> indictments = of(EventType.Indictment, "The US said the US Justice Department indicted Huawei.");
        assertEquals(List.of("United States Department of Justice", "United States"),
                indictments.get(0).role("prosecutor").stream().map(Argument::text).toList());
    }

    @Test
    void mentions_whose_doers_are_a_state_and_its_body_are_one_event() {
        List<Event> bans = of(EventType.Ban, "The US announced restrictions on flights to Iran. "
                + "On Friday, the US Justice Department announced new restrictions on flights to Iran.");
        assertEquals(1, bans.size(), () -> bans.toString());
        assertEquals("2019-03-01", bans.get(0).date().toString());
    }

    @Test
    void a_quotation_does_not_accuse_the_one_it_names_as_a_victim_or_a_place() {
        assertEquals(List.of(), of(EventType.Accusation,
                "Macron said, \"Germany is facing terrorist attacks, so every measure is understandable\"."));
        assertEquals(List.of(), of(EventType.Accusation,
                "Macron said, \"With the terrorist threats in Germany we find justifications for this decision\"."));
    }

    @Test
    void a_quotation_accuses_the_doer_of_the_harm_it_names() {
        List<Event> accusations = of(EventType.Accusation,
                "Robert Strayer said, \"We ask governments to consider the threat posed by Huawei.\"");
        assertEquals("Huawei", accusations.get(0).role("accused").get(0).text());
    }

    @Test
    void a_request_does_not_make_the_verb_joined_to_it_hypothetical() {
        List<Event> meetings = of(EventType.Meeting, "Macron urged Germany to reconsider and spoke with Trump about trade.");
        assertEquals(Modality.asserted, meetings.get(0).modality());
        List<Event> planned = of(EventType.Meeting, "Macron will visit Berlin and meet Trump.");
        assertEquals(Modality.hypothetical, planned.get(0).modality());
    }

    @Test
    void a_date_that_bounds_an_event_does_not_date_it() {
        List<Event> bans = of(EventType.Ban, "On Monday, Germany banned Mahan Air until 14 October.");
        assertEquals("2019-03-04", bans.get(0).date().toString());
    }

    @Test
    void speaking_with_an_outlet_or_a_group_is_no_meeting() {
        assertEquals(List.of(), of(EventType.Meeting, "Trump spoke with Amnesty International about the campaign."));
    }

    @Test
    void selling_what_a_pronoun_names_is_no_acquisition() {
        assertEquals(List.of(), of(EventType.Acquisition, "Huawei makes copies of the software and sells them."));
    }

    @Test
    void posts_of_one_person_with_different_titles_are_different_appointments() {
        List<Event> appointments = of(EventType.Appointment, "Microsoft appointed Satya Nadella as chief executive. "
                + "In 2014, Microsoft appointed Nadella as chairman.");
        assertEquals(2, appointments.size(), () -> appointments.toString());
    }

    private static List<Event> of(EventType type, String text) {
        return NewsFixture.annotate(text).events().stream().filter(e -> e.type() == type).toList();
    }

    private static boolean fits(Event e, Case c) {
        if (e.modality() != c.modality())
            return false;
        for (Map.Entry<String, List<String>> role : c.roles().entrySet())
            for (String want : role.getValue())
                if (e.role(role.getKey()).stream().map(Argument::text).noneMatch(got -> got.equals(want) || !isEntity(e, role.getKey()) && got.contains(want)))
                    return false;
        return e.evidence() != null && e.extractor().equals("events") && e.confidence() > 0 && e.confidence() <= 1;
    }

    private static boolean isEntity(Event e, String role) {
        return e.role(role).stream().allMatch(Argument::isEntity);
    }

    private static Case c(String sentence, String type, String roles, String modality) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String part : roles.split(";")) {
            String[] kv = part.strip().split("=", 2);
            map.put(kv[0], new ArrayList<>(List.of(kv[1].split(","))));
        }
        return new Case(sentence, EventType.valueOf(type), map, Modality.valueOf(modality));
    }
}
