package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;

/** The state that asks for an extradition is its requester, not the one that holds the person. */
class ExtraditionRequestsTest {

    static Stream<EventCase> cases() {
        return Stream.of(
                EventCase.of("Canada weighs US request to extradite Huawei finance chief Meng Wanzhou", "Extradition",
                        "person=Meng Wanzhou; requester=United States; custodian=Canada", "hypothetical"),
                EventCase.of("Canada approved the US request to extradite Meng Wanzhou.", "Extradition",
                        "person=Meng Wanzhou; requester=United States; custodian=Canada", "hypothetical"),
                EventCase.of("The United States asked Canada to extradite Meng Wanzhou.", "Extradition",
                        "person=Meng Wanzhou; requester=United States; custodian=Canada", "hypothetical"),
                EventCase.of("The United States is seeking to extradite Meng Wanzhou from Canada.", "Extradition",
                        "person=Meng Wanzhou; requester=United States; custodian=Canada", "hypothetical"),
                EventCase.of("The United States filed an extradition request for Meng Wanzhou.", "Extradition",
                        "person=Meng Wanzhou; requester=United States", "hypothetical"),
                EventCase.of("Canada's extradition proceedings against Meng Wanzhou began in Vancouver at the request of the United States.",
                        "Extradition", "person=Meng Wanzhou; custodian=Canada", "hypothetical"),
                EventCase.of("Meng Wanzhou was arrested in Vancouver at the request of the United States.", "Arrest",
                        "person=Meng Wanzhou; authority=United States", "asserted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads_the_event(EventCase c) {
        List<Event> events = c.events();
        assertTrue(c.isMetBy(events), () -> "expected " + c.type() + " " + c.roles() + " " + c.modality() + " in: "
                + c.sentence() + "\n  got " + events);
    }

    @Test
    void the_one_who_asks_holds_nobody() {
        Event e = of("The United States asked Canada to extradite Meng Wanzhou.");
        assertEquals(List.of("Canada"), e.role("custodian").stream().map(Argument::text).toList());
    }

    @Test
    void a_decision_to_extradite_is_the_custodian_s() {
        Event e = of("Canada's decision to extradite Meng Wanzhou angered China.");
        assertEquals(List.of("Canada"), e.role("custodian").stream().map(Argument::text).toList());
        assertEquals(List.of(), e.role("requester"));
    }

    private static Event of(String text) {
        return NewsFixture.annotate(text).events().stream().filter(e -> e.type() == EventType.Extradition)
                .findFirst().orElseThrow();
    }

    @Test
    void a_request_is_no_lobbying_when_it_is_a_noun() {
        assertEquals(List.of(), NewsFixture.annotate("Canada approved the US request to extradite Meng Wanzhou.").events()
                .stream().filter(e -> e.type() == EventType.Lobbying).toList());
    }
}
