package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestCatalog;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractors;
import org.newskg.fact.Entity;
import org.newskg.fact.Facts;

class CatalogRecognizerTest {

    private static Facts extract(String text) {
        return new Extraction(Extractors.standard(TestCatalog.small())).extract(new Article("t", null, null, null, null, text));
    }

    private static List<String> names(Facts f) {
        return f.entities().stream().map(e -> e.name() + "/" + e.type()).toList();
    }

    @Test
    void finds_names_and_aliases_with_canonical_names() {
        Facts f = extract("Huawei Technologies met U.S. officials at MWC in Barcelona.");
        assertEquals(List.of("Huawei/Company", "United States/Country", "Mobile World Congress/NamedEvent", "Barcelona/Location"), names(f));
        Entity us = f.entities().get(1);
        assertEquals(List.of("U.S."), us.aliases());
        assertEquals("Q30", us.wikidata());
    }

    @Test
    void demonyms_mention_their_country() {
        Facts f = extract("US lobbying against Chinese firm Huawei hit a new level.");
        assertEquals(List.of("United States/Country", "China/Country", "Huawei/Company"), names(f));
        assertEquals(List.of("Chinese"), f.entities().get(1).aliases());
    }

    @Test
    void a_capital_stands_for_its_government_except_after_a_place_preposition() {
        assertEquals(List.of("China/Country"), names(extract("Beijing denied the report.")));
        assertEquals(List.of("Beijing/Location"), names(extract("The talks were held in Beijing.")));
    }

    @Test
    void a_capital_is_the_city_unless_it_acts_as_the_state() {
        assertEquals(List.of("Beijing/Location"), names(extract("Beijing residents queued for hours.")));
        assertEquals(List.of("China/Country"), names(extract("Beijing's response was swift.")));
        assertEquals(List.of("Beijing/Location"), names(extract("BEIJING 1996-08-30")));
    }

    @Test
    void a_capital_acted_on_stands_for_its_government() {
        assertEquals(List.of("China/Country", "Canada/Country"),
                names(extract("China urged Ottawa to release her.")));
        assertEquals(List.of("United States/Country", "China/Country"),
                names(extract("Tensions between Washington and Beijing grew.")));
        assertEquals(List.of("Canada/Country"), names(extract("Trade talks with Ottawa stalled.")));
        assertEquals(List.of("China/Country"), names(extract("It warned of espionage on behalf of Beijing.")));
    }

    @Test
    void a_capital_as_the_place_of_something_stays_the_city() {
        assertEquals(List.of("Beijing/Location"), names(extract("A hearing will be held in Beijing next week.")));
        assertEquals(List.of("Beijing/Location", "Barcelona/Location"), names(extract("Flights between Beijing and Barcelona resumed.")));
    }

    @Test
    void a_capital_that_is_the_family_name_of_someone_named_before_is_that_person() {
        assertEquals(List.of("Denzel Washington/Person"),
                names(extract("Actor Denzel Washington starred in the film. Washington said he was happy.")));
        assertEquals(List.of("United States/Country"), names(extract("Washington said the talks failed.")));
    }

    @Test
    void a_capital_before_an_auxiliary_acts_only_when_a_verb_follows() {
        assertEquals(List.of("China/Country"), names(extract("Beijing has repeatedly denied the claims.")));
        assertEquals(List.of("China/Country"), names(extract("Beijing will retaliate.")));
        assertEquals(List.of("Beijing/Location"), names(extract("Beijing is home to 21 million people.")));
        assertEquals(List.of("Beijing/Location"), names(extract("Beijing was beautiful in spring.")));
        assertEquals(List.of("United States/Country"), names(extract("Investors expect that Washington will balance the budget.")));
        assertEquals(List.of("Beijing/Location"), names(extract("Beijing will host the games.")));
    }

    @Test
    void takes_the_longest_form() {
        assertEquals(List.of("United States Department of Justice/GovernmentBody"), names(extract("The US Justice Department said so.")));
    }

    @Test
    void matching_is_case_sensitive() {
        assertEquals(List.of(), names(extract("Send it to us in china cups.")));
    }

    @Test
    void one_entity_per_name_with_every_mention() {
        Facts f = extract("Huawei sued. Huawei won.");
        assertEquals(1, f.entities().size());
        assertEquals(2, f.entities().get(0).mentions().size());
    }

    @Test
    void a_company_s_short_name_inside_a_place_s_name_is_the_place() {
        Facts f = new Extraction(Extractors.standard()).extract(new Article("t", null, null, null, null,
                "Fires burn in the Amazon rainforest. Leaders said that Amazon issues matter."));
        assertEquals(List.of("Amazon rainforest/Location"), names(f));
    }
}
