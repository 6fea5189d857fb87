package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
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
import org.newskg.fact.Span;

class EventLinkerTest {

    static final Entity HUAWEI = new Entity("Huawei", EntityType.Company, List.of(), "Q160120", List.of());
    static final Entity US = new Entity("United States", EntityType.Country, List.of(), "Q30", List.of());
    static final Entity FCC = new Entity("FCC", EntityType.GovernmentBody, List.of(), null, List.of());

    final DatasetGraph store = DatasetGraphFactory.createTxnMem();

    private static Event lawsuit(Entity defendant, String date) {
        return new Event(EventType.Lawsuit, Map.of("plaintiff", List.of(Argument.of(HUAWEI)), "defendant", List.of(Argument.of(defendant))),
                date == null ? null : PartialDate.parse(date), null, Modality.asserted, new Evidence("Huawei sued.", new Span(0, 12)), 0.9, "events");
    }

    private static Event unnamedArrest() {
        return new Event(EventType.Arrest, Map.of(), null, null, Modality.asserted, new Evidence("Many were arrested.", new Span(0, 19)), 0.8, "events");
    }

    /** Stores one article with the event, as ArticleStore does, and returns the event's IRI. */
    private Node store(String articleId, Event e) {
        Facts facts = new Facts(new Article(articleId, null, null, null, null, "Huawei sued. Many were arrested."),
                List.of(HUAWEI, US, FCC), List.of(), List.of(), List.of(e), List.of(), List.of("events"));
        EventLinker linker = new EventLinker(store, articleId);
        Node iri = linker.apply(e);
        FactMapper.write(facts, new ArticleProvenance(Instant.EPOCH, "h"), linker, StreamRDFLib.dataset(store));
        return iri;
    }

    @Test
    void an_undated_report_joins_the_dated_event_with_the_same_key_participants() {
        Node dated = store("a", lawsuit(US, "2019-03-07"));
        assertEquals(dated, store("b", lawsuit(US, null)));
        assertEquals(dated, store("c", lawsuit(US, "2019-03")), "a partial date that agrees");
    }

    @Test
    void an_incompatible_date_or_other_participants_make_another_event() {
        Node first = store("a", lawsuit(US, "2019-03-07"));
        Node later = store("b", lawsuit(US, "2020-05-01"));
        assertNotEquals(first, later);
        assertEquals(later, store("c", lawsuit(US, null)), "an undated report takes the most recent");
        assertEquals(first, store("d", lawsuit(US, "2019-03-07")), "a dated report takes its own date");
        assertNotEquals(first, store("e", lawsuit(FCC, "2019-03-07")));
    }

    @Test
    void events_without_named_key_participants_stay_apart() {
        assertNotEquals(store("a", unnamedArrest()), store("b", unnamedArrest()));
    }

    @Test
    void without_a_store_the_iri_is_a_hash_of_type_participants_and_date() {
        Node x = EventLinker.unlinked("a").apply(lawsuit(US, "2019-03-07"));
        assertEquals(x, EventLinker.unlinked("b").apply(lawsuit(US, "2019-03-07")));
        assertNotEquals(x, EventLinker.unlinked("a").apply(lawsuit(US, null)));
    }
}
