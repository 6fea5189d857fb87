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

/**
 * Meetings in their news forms: met, held talks, phone calls, negotiations, summits between
 * leaders, and visits and hosting between states and the people who speak for them.
 */
class MeetingPatternsTest {

    static Stream<EventCase> cases() {
        return Stream.of(
                EventCase.of("US President Donald Trump hosted French President Emmanuel Macron at the White House on Monday.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                EventCase.of("US President Donald Trump visited China last week.", "Meeting", "participant=Donald Trump,China", "asserted"),
                EventCase.of("US President Donald Trump's visit to China ended on Friday.", "Meeting", "participant=Donald Trump,China", "asserted"),
                EventCase.of("Mike Pompeo met with Emmanuel Macron.", "Meeting", "participant=Mike Pompeo,Emmanuel Macron", "asserted"),
                EventCase.of("A summit between Donald Trump and Emmanuel Macron took place in Paris.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                EventCase.of("Negotiations between the US and China resumed.", "Meeting", "participant=United States,China", "asserted"),
                EventCase.of("Germany hosted a summit with France.", "Meeting", "participant=Germany,France", "asserted"),
                EventCase.of("Donald Trump phoned Emmanuel Macron on Tuesday.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                EventCase.of("China negotiated with the US for months.", "Meeting", "participant=China,United States", "asserted"),
                EventCase.of("US President Donald Trump did not visit China.", "Meeting", "participant=Donald Trump,China", "denied"),
                EventCase.of("Mike Pompeo will travel to Germany to meet Emmanuel Macron.", "Meeting", "participant=Mike Pompeo,Emmanuel Macron", "hypothetical"),
                EventCase.of("Mike Pompeo is due to meet Emmanuel Macron next week.", "Meeting", "participant=Mike Pompeo,Emmanuel Macron", "hypothetical"),
                EventCase.of("French President Emmanuel Macron welcomed US President Donald Trump to Paris.", "Meeting", "participant=Emmanuel Macron,Donald Trump", "asserted"),
                EventCase.of("US President Donald Trump received French President Emmanuel Macron at the White House.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                EventCase.of("Germany and France resumed talks on Monday.", "Meeting", "participant=Germany,France", "asserted"),
                EventCase.of("Donald Trump and Emmanuel Macron held a summit in Paris.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                EventCase.of("Emmanuel Macron arrived for talks with Donald Trump.", "Meeting", "participant=Emmanuel Macron,Donald Trump", "asserted"),
                EventCase.of("Emmanuel Macron said in a phone call with Donald Trump that the war must end.", "Meeting", "participant=Emmanuel Macron,Donald Trump", "asserted"),
                EventCase.of("Apple is in talks with Microsoft about a merger.", "Meeting", "participant=Apple,Microsoft", "asserted"),
                EventCase.of("Talks between Germany and France ended without agreement.", "Meeting", "participant=Germany,France", "asserted"),
                EventCase.of("Donald Trump and Emmanuel Macron are also due to hold talks in Paris.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "hypothetical"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads_the_meeting_and_its_participants(EventCase c) {
        List<Event> events = c.events();
        assertTrue(c.isMetBy(events), () -> "expected " + c.type() + " " + c.roles() + " " + c.modality() + " in: "
                + c.sentence() + "\n  got " + events);
    }

    @Test
    void a_visit_to_a_place_or_by_someone_with_no_post_is_no_meeting() {
        assertEquals(List.of(), of("US President Donald Trump visited Barcelona."));
        assertEquals(List.of(), of("Satya Nadella visited China."));
        assertEquals(List.of(), of("Germany will host France in the final."));
        assertEquals(List.of(), of("Germany welcomed the US decision."));
        assertEquals(List.of(), of("Huawei received a contract from Germany."));
    }

    @Test
    void a_group_that_meets_someone_unnamed_does_not_meet_itself() {
        assertEquals(List.of(), of("Apple and Microsoft have been negotiating with unions over pay."));
        assertEquals(List.of(), of("Emmanuel Macron and Donald Trump met supporters in Paris."));
    }

    @Test
    void a_leader_meets_others_not_his_own_state() {
        List<Event> meetings = of("French President Emmanuel Macron's visit to Germany ended.");
        assertEquals(List.of("Emmanuel Macron", "Germany"),
                meetings.get(0).role("participant").stream().map(a -> a.text()).toList());
    }

    private static List<Event> of(String text) {
        return NewsFixture.annotate(text).events().stream().filter(e -> e.type() == EventType.Meeting).toList();
    }
}
