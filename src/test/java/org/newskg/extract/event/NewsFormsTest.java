package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Modality;

/**
 * More forms of news events: an inquiry into something unnamed, an order to shut down, charges a
 * person faces, custody in the passive, and the pressure a quotation puts on a named party.
 */
class NewsFormsTest {

    static Stream<EventCase> cases() {
        return Stream.of(
                EventCase.of("The FBI is investigating the shooting.", "Investigation", "investigator=Federal Bureau of Investigation", "asserted"),
                EventCase.of("The European Commission opened an investigation into the merger.", "Investigation", "investigator=European Commission", "asserted"),
                EventCase.of("The European Commission may investigate the merger.", "Investigation", "investigator=European Commission", "hypothetical"),
                EventCase.of("Germany ordered Huawei to shut down its network.", "Ban", "imposer=Germany; target=Huawei", "asserted"),
                EventCase.of("Paul Manafort faces charges of money laundering.", "Indictment", "defendant=Paul Manafort; charge=money laundering", "asserted"),
                EventCase.of("A grand jury indicted Paul Manafort on Friday.", "Indictment", "defendant=Paul Manafort", "asserted"),
                EventCase.of("Meng Wanzhou was taken into custody by Canada.", "Arrest", "person=Meng Wanzhou; authority=Canada", "asserted"),
                EventCase.of("A US grand jury indicted Huawei on charges of bank fraud.", "Indictment", "defendant=Huawei; charge=bank fraud", "asserted"),
                EventCase.of("Germany and France agreed to cut their tariffs.", "Deal", "party=Germany,France", "asserted"),
                EventCase.of("Huawei faces a lawsuit from the United States.", "Lawsuit", "plaintiff=United States; defendant=Huawei", "asserted"),
                EventCase.of("Sanctions against Russia were imposed by the European Union.", "Sanction", "imposer=European Union; target=Russia", "asserted"),
                EventCase.of("Satya Nadella resigned as chief executive over the merger.", "Departure", "person=Satya Nadella; title=chief executive", "asserted"),
                EventCase.of("NATO chief Mike Pompeo wrote, \"I count on Germany to act with restraint.\"", "Lobbying", "actor=Mike Pompeo; target=Germany", "asserted"),
                EventCase.of("Emmanuel Macron said, \"We urge China to release the activists.\"", "Lobbying", "actor=Emmanuel Macron; target=China", "asserted"),
                EventCase.of("Emmanuel Macron said, \"The United States must stop this trade war.\"", "Lobbying", "actor=Emmanuel Macron; target=United States", "asserted"),
                EventCase.of("Mike Pompeo wrote to Carrie Lam asking her to drop Huawei.", "Lobbying", "actor=Mike Pompeo; target=Carrie Lam; against=Huawei", "asserted"),
                EventCase.of("Mike Pompeo sent a letter to Carrie Lam requesting new rules against Huawei.", "Lobbying", "actor=Mike Pompeo; target=Carrie Lam", "asserted"),
                EventCase.of("The US on Monday banned American companies from selling components to Huawei for seven years.", "Ban", "imposer=United States; target=Huawei", "asserted"),
                EventCase.of("The US added Huawei to the Entity List on Wednesday.", "Sanction", "imposer=United States; target=Huawei", "asserted"),
                EventCase.of("China placed Meng Wanzhou under house arrest.", "Arrest", "person=Meng Wanzhou; authority=China", "asserted"),
                EventCase.of("Guo Ping, a Chinese executive with current world ranking number 27, was arrested on Friday.", "Arrest", "person=Guo Ping", "asserted"),
                EventCase.of("Guo Ping was accused of spying, which he denied.", "Denial", "denier=Guo Ping", "asserted"),
                EventCase.of("Meng Wanzhou faces charges that she denies.", "Denial", "denier=Meng Wanzhou; allegation=charges", "asserted"),
                EventCase.of("Chinese telecommunications company Huawei said on Thursday that it has filed a lawsuit against the United States government.",
                        "Lawsuit", "plaintiff=Huawei; defendant=United States", "asserted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads_the_event(EventCase c) {
        List<Event> events = c.events();
        assertTrue(c.isMetBy(events), () -> "expected " + c.type() + " " + c.roles() + " " + c.modality() + " in: "
                + c.sentence() + "\n  got " + events);
    }

    @Test
    void a_day_is_no_charge() {
        List<Event> indictments = of(EventType.Indictment, "A grand jury indicted Paul Manafort on Friday.");
        assertEquals(List.of(), indictments.get(0).role("charge"));
    }

    @Test
    void a_title_ends_before_the_reason() {
        List<Event> departures = of(EventType.Departure, "Satya Nadella resigned as chief executive over the merger.");
        assertEquals("chief executive", departures.get(0).role("title").get(0).text());
    }

    @Test
    void one_party_agreeing_to_something_makes_no_deal() {
        assertEquals(List.of(), of(EventType.Deal, "Apple agreed to pay the fine."));
    }

    @Test
    void an_investigation_of_nothing_named_needs_an_object() {
        assertEquals(List.of(), of(EventType.Investigation, "The FBI is investigating."));
    }

    @Test
    void a_quotation_that_describes_a_rule_or_a_wish_presses_nobody() {
        assertEquals(List.of(), of(EventType.Lobbying, "Macron said, \"If there is a court order, Facebook must comply.\""));
        assertEquals(List.of(), of(EventType.Lobbying, "Macron said, \"Trump should be remembered for his wit.\""));
        assertEquals(List.of(), of(EventType.Lobbying, "Macron said, \"His staff want Trump to resign.\""));
        assertEquals(List.of(), of(EventType.Lobbying, "Macron said, \"We must stop this trade war.\""));
    }

    private static List<Event> of(EventType type, String text) {
        return NewsFixture.annotate(text).events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void a_demonym_before_the_company_sues_nobody() {
        List<Event> suits = of(EventType.Lawsuit,
                "Chinese telecommunications company Huawei said on Thursday that it has filed a lawsuit against the United States government.");
        assertEquals(1, suits.size());
        assertEquals(List.of("Huawei"), suits.get(0).role("plaintiff").stream().map(a -> a.text()).toList());
        assertEquals("2019-03-07", suits.get(0).date().toString());
    }

    @Test
    void a_lawsuit_filed_on_a_day_is_dated_by_its_participle() {
        List<Event> suits = of(EventType.Lawsuit, "On Wednesday, the Supreme Court issued a ruling in favor of a lawsuit "
                + "filed by the United States Senate on Sunday against Donald Trump.");
        assertEquals("2019-03-03", suits.get(0).date().toString());
        assertEquals(List.of("United States Senate"), suits.get(0).role("plaintiff").stream().map(a -> a.text()).toList());
    }

    @Test
    void a_person_who_denies_charges_speaks_for_herself() {
        List<Event> denials = of(EventType.Denial, "Huawei finance chief Meng Wanzhou denies the charges.");
        assertEquals(List.of("Meng Wanzhou"), denials.get(0).role("denier").stream().map(a -> a.text()).toList());
        List<Event> allegations = of(EventType.Denial, "Huawei chairman Guo Ping denied the allegations.");
        assertEquals(List.of("Guo Ping", "Huawei"), allegations.get(0).role("denier").stream().map(a -> a.text()).toList());
    }

    @Test
    void an_order_dated_yesterday_is_dated_so() {
        List<Event> bans = of(EventType.Ban, "France banned Huawei. France issued a cease and desist order dated yesterday.");
        assertEquals("2019-03-06", bans.get(0).date().toString());
    }

    @Test
    void a_date_does_not_reach_into_a_clause_with_a_time_of_its_own() {
        List<Event> posts = of(EventType.Appointment, "Emmanuel Macron was appointed by Donald Trump as his secretary of "
                + "justice in 2017 and served in that position until he became governor.");
        assertEquals(2, posts.size(), () -> posts.toString());
        assertEquals("2017", posts.get(0).date().toString());
        assertEquals(null, posts.get(1).date());
    }

    @Test
    void a_departure_leaves_a_body_or_a_post() {
        assertEquals(List.of(), of(EventType.Departure, "Meng Wanzhou has retired from the stage."));
        assertEquals(List.of(), of(EventType.Departure, "A police raid removed various items from Meng Wanzhou's flat."));
        assertEquals(1, of(EventType.Departure, "Meng Wanzhou resigned from Huawei.").size());
    }

    @Test
    void pressing_charges_lobbies_nobody() {
        assertEquals(List.of(), of(EventType.Lobbying, "The FBI decided to press charges against Meng Wanzhou."));
        assertEquals(1, of(EventType.Indictment, "The FBI decided to press charges against Meng Wanzhou.").size());
        assertEquals(1, of(EventType.Lobbying, "The US pressed Germany to drop Huawei.").size());
    }

    @Test
    void agreeing_with_a_view_makes_no_deal() {
        assertEquals(List.of(), of(EventType.Deal, "Mike Pompeo said he agreed with Donald Trump's view."));
        assertEquals(1, of(EventType.Deal, "Huawei agreed with Google on a licensing deal.").size());
    }

    @Test
    void people_states_and_records_are_not_acquired() {
        assertEquals(List.of(), of(EventType.Acquisition, "Apple sold Meng Wanzhou to Huawei for $10m."));
        assertEquals(List.of(), of(EventType.Acquisition, "Sony sold 1.9 million copies of the Mate X."));
        assertEquals(1, of(EventType.Acquisition, "Sony sold Huawei to Apple for $10m.").size());
    }

    @Test
    void the_day_of_a_report_after_the_act_dates_an_act_that_gives_none() {
        assertEquals("2019-03-05", of(EventType.Ban, "Germany has banned Huawei, officials announced on Tuesday.").get(0).date().toString());
        assertEquals("2019-03-05", of(EventType.Lawsuit, "Huawei sued the United States, according to a statement "
                + "released on Tuesday.").get(0).date().toString());
        assertEquals(null, of(EventType.Ban, "Germany banned Huawei after the US sanctioned China on Tuesday.").get(0).date());
    }

    @Test
    void an_act_done_due_to_a_cause_is_real_and_one_due_to_happen_is_not() {
        assertEquals(Modality.asserted, of(EventType.Ban, "Germany banned Huawei due to security concerns.").get(0).modality());
        assertEquals(Modality.hypothetical, of(EventType.Lawsuit, "Huawei is due to file a lawsuit against the United States.").get(0).modality());
    }

    @Test
    void a_letter_that_asks_nothing_lobbies_nobody() {
        assertEquals(List.of(), of(EventType.Lobbying, "Mike Pompeo sent a letter to Carrie Lam on Friday."));
    }

    @Test
    void a_verb_with_an_object_of_its_own_denies_nothing_before_it() {
        assertEquals(List.of(), of(EventType.Denial, "Apple said on Wednesday that Huawei had rejected a deal worth $8bn."));
    }

    @Test
    void a_cardiac_arrest_or_a_rejected_plan_is_no_event() {
        assertEquals(List.of(), of(EventType.Arrest, "Meng Wanzhou suffered a cardiac arrest on Monday and died."));
        assertEquals(List.of(), of(EventType.Denial, "Guo Ping sent the police a plan, which they rejected."));
    }
}
