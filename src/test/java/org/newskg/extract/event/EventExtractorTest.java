package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Quote;

/** An article's events: mentions merged, background events kept, dates tied, quotes read. */
class EventExtractorTest {

    private static List<Event> events(String text, EventType type) {
        return NewsFixture.annotate(text).events().stream().filter(e -> e.type() == type).toList();
    }

    private static List<String> names(Event e, String role) {
        return e.role(role).stream().map(Argument::text).toList();
    }

    @Test
    void makes_one_event_of_two_mentions() {
        List<Event> suits = events("Huawei filed a lawsuit against the US on Thursday. "
                + "Huawei's lawsuit against the US says the ban breaks the constitution.", EventType.Lawsuit);
        assertEquals(1, suits.size(), suits::toString);
        assertEquals("2019-03-07", suits.get(0).date().toString());
    }

    @Test
    void joins_a_definite_mention_and_its_participants_to_the_event_it_names() {
        List<Event> suits = events("On Monday, sixteen states filed a lawsuit against Donald Trump. "
                + "Canada is joined in this legal action by Germany and France.", EventType.Lawsuit);
        assertEquals(1, suits.size(), suits::toString);
        assertEquals(java.util.Set.of("Canada", "Germany", "France"), java.util.Set.copyOf(names(suits.get(0), "plaintiff")));
        assertEquals(List.of("Donald Trump"), names(suits.get(0), "defendant"));
    }

    @Test
    void keeps_a_background_event_beside_the_main_one() {
        AnnotatedArticle doc = NewsFixture.annotate("Huawei sued the US government. "
                + "The company was also indicted by the US for theft of trade secrets.");
        assertEquals(List.of(EventType.Lawsuit, EventType.Indictment), doc.events().stream().map(Event::type).toList());
        assertEquals(List.of("Huawei"), names(doc.events().get(1), "defendant"));
    }

    @Test
    void dates_an_event_by_the_phrase_of_its_own_verb() {
        Event suit = events("On Monday, sixteen states filed a lawsuit against the emergency Donald Trump declared last Friday.",
                EventType.Lawsuit).get(0);
        assertEquals("2019-03-04", suit.date().toString());
        assertNull(events("Huawei sued the US.", EventType.Lawsuit).get(0).date());
    }

    @Test
    void reads_a_lawsuit_from_a_case_title() {
        Event suit = events("The European Court of Justice ruled in the case Facebook vs. Google.", EventType.Lawsuit).get(0);
        assertEquals(List.of("Facebook"), names(suit, "plaintiff"));
        assertEquals(List.of("Google"), names(suit, "defendant"));
    }

    @Test
    void reads_an_accusation_from_a_quotation() {
        Event a = events("\"The Canadian authorities have acted in a grossly unlawful way,\" said Guo Ping.",
                EventType.Accusation).get(0);
        assertEquals(List.of("Guo Ping"), names(a, "accuser"));
        assertEquals(List.of("Canada"), names(a, "accused"));
    }

    @Test
    void reads_a_denial_from_a_speaker_who_denies_for_their_own_company() {
        Event d = events("Huawei chairman Guo Ping said: \"Huawei has not and will never plant backdoors.\"",
                EventType.Denial).get(0);
        assertEquals(List.of("Huawei", "Guo Ping"), names(d, "denier"));
        assertEquals(List.of("plant backdoors"), names(d, "allegation"));
    }

    @Test
    void ties_a_quotation_to_the_conference_it_was_said_at() {
        AnnotatedArticle doc = NewsFixture.annotate("Guo Ping took to the stage at Mobile World Congress on Tuesday. "
                + "\"We have never spied for anyone,\" Guo Ping said.");
        Quote q = doc.quotes().get(0);
        assertNotNull(q.saidAt(), doc.quotes()::toString);
        assertEquals(EventType.Conference, q.saidAt().type());
        assertEquals(List.of("Mobile World Congress"), names(q.saidAt(), "event"));
        assertEquals(List.of("Guo Ping"), names(q.saidAt(), "speaker"));
    }

    @Test
    void gives_every_event_its_evidence_extractor_and_confidence() {
        for (Event e : NewsFixture.annotate("Germany banned Mahan Air. The EU sanctioned Iran.").events()) {
            assertNotNull(e.evidence());
            assertEquals("events", e.extractor());
            assertEquals(true, e.confidence() > 0.3 && e.confidence() <= 1, e::toString);
        }
    }
}
