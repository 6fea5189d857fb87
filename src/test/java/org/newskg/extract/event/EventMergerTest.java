package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;
import org.newskg.fact.Evidence;
import org.newskg.fact.PartialDate;
import org.newskg.fact.Span;

/** Mentions of one event become one event; mentions of two stay two. */
class EventMergerTest {

    private static final Entity PHILIPPINES = entity("Philippines", EntityType.Country);
    private static final Entity NTC = entity("National Telecommunications Commission", EntityType.GovernmentBody);
    private static final Entity FRANCE = entity("France", EntityType.Country);
    private static final Entity ABS_CBN = entity("ABS-CBN", EntityType.Company);

    @Test
    void a_state_and_its_body_doing_the_same_on_the_same_day_to_the_same_party_are_one_act() {
        List<Candidate> merged = EventMerger.merge(List.of(ban(0, PHILIPPINES, "2020-05-05"), ban(1, NTC, "2020-05-05")));
        assertEquals(1, merged.size());
        assertEquals(List.of(PHILIPPINES, NTC), merged.get(0).role("imposer"));
    }

    @Test
    void a_state_and_a_body_on_other_days_or_two_states_are_two_acts() {
        assertEquals(2, EventMerger.merge(List.of(ban(0, PHILIPPINES, "2020-05-05"), ban(1, NTC, "2020-05-04"))).size());
        assertEquals(2, EventMerger.merge(List.of(ban(0, PHILIPPINES, "2020-05-05"), ban(1, FRANCE, "2020-05-05"))).size());
        assertEquals(2, EventMerger.merge(List.of(ban(0, PHILIPPINES, "2020-05"), ban(1, NTC, "2020-05"))).size());
    }

    @Test
    void a_later_mention_that_says_the_day_dates_an_event_known_by_its_month() {
        List<Candidate> merged = EventMerger.merge(List.of(ban(0, PHILIPPINES, "2020-05"), ban(1, PHILIPPINES, "2020-05-05")));
        assertEquals(1, merged.size());
        assertEquals("2020-05-05", merged.get(0).date.toString());
    }

    @Test
    void a_mention_of_a_plan_does_not_date_what_was_done() {
        Candidate plan = ban(1, PHILIPPINES, "2020-05-05");
        plan.modality = org.newskg.fact.Modality.hypothetical;
        List<Candidate> merged = EventMerger.merge(List.of(ban(0, PHILIPPINES, "2020-05"), plan));
        assertEquals("2020-05", merged.get(0).date.toString());
    }

    private static Candidate ban(int sentence, Entity imposer, String date) {
        Candidate c = new Candidate(EventType.Ban, sentence, new Evidence("s" + sentence, new Span(sentence * 10, sentence * 10 + 5)), 0.7);
        c.add("imposer", imposer);
        c.add("target", ABS_CBN);
        c.date = PartialDate.parse(date);
        return c;
    }

    private static Entity entity(String name, EntityType type) {
        return new Entity(name, type, List.of(), null, List.of());
    }
}
