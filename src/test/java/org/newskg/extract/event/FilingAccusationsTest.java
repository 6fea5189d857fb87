package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;

/** A filing is against the one its participle accuses. */
class FilingAccusationsTest {

    @Test
    void a_petition_accusing_a_party_is_against_it() {
        Event suit = lawsuit("Mike Pompeo filed a quo warranto petition on February 10, accusing Huawei of violating its franchise.");
        assertEquals(List.of("Huawei"), names(suit, "defendant"));
        assertEquals(List.of("violating its franchise"), names(suit, "claim"));
        assertEquals("2019-02-10", suit.date().toString());
    }

    @Test
    void a_lawsuit_alleging_that_a_party_did_wrong_is_against_it() {
        assertEquals(List.of("Huawei"), names(lawsuit("Apple filed a lawsuit in federal court on Monday, alleging that "
                + "Huawei stole its trade secrets."), "defendant"));
    }

    @Test
    void a_lawsuit_against_a_named_party_keeps_it() {
        assertEquals(List.of("Google"), names(lawsuit("Apple filed a lawsuit against Google, accusing Huawei of theft."), "defendant"));
    }

    private static Event lawsuit(String text) {
        return NewsFixture.annotate(text).events().stream().filter(e -> e.type() == EventType.Lawsuit).findFirst().orElseThrow();
    }

    private static List<String> names(Event e, String role) {
        return e.role(role).stream().map(Argument::text).toList();
    }
}
