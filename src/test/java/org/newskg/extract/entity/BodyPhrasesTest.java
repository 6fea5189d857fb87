package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.fact.Entity;

/** Bodies written in lower case beside their place, over the bundled catalog: "name/type [aliases]". */
class BodyPhrasesTest {

    private static final Extraction EXTRACTION = Extraction.standard();

    private static List<String> bodies(String text) {
        return EXTRACTION.extract(new Article("t", null, null, null, null, text)).entities().stream()
                .filter(e -> e.type() == org.newskg.fact.EntityType.GovernmentBody)
                .map(BodyPhrasesTest::show).toList();
    }

    private static String show(Entity e) {
        return e.name() + (e.aliases().isEmpty() ? "" : " " + e.aliases());
    }

    private static List<String> relations(String text) {
        return EXTRACTION.extract(new Article("t", null, null, null, null, text)).relations().stream()
                .map(r -> r.subject().name() + " " + r.predicate() + " " + r.object().name()).toList();
    }

    @Test
    void a_demonym_before_a_body_names_the_state_s_body() {
        assertEquals(List.of("Iraqi Parliament [Iraqi parliament]"), bodies("On Sunday the Iraqi parliament voted."));
        assertEquals(List.of("Iraqi Parliament basedIn Iraq"), relations("On Sunday the Iraqi parliament voted."));
    }

    @Test
    void a_possessive_state_and_its_demonym_name_one_body() {
        assertEquals(List.of("Iraqi Parliament [Iraq's parliament, Iraqi parliament]"),
                bodies("Iraq's parliament voted on Sunday. The Iraqi parliament then adjourned."));
    }

    @Test
    void a_city_before_or_after_a_local_body() {
        assertEquals(List.of("Paris Criminal Court [criminal court in Paris, Paris criminal court]"),
                bodies("The criminal court in Paris jailed two officers. The Paris criminal court said more."));
        assertEquals(List.of("Gdańsk Police [police in Gdańsk]"), bodies("A man was arrested by police in Gdańsk."));
    }

    @Test
    void a_lower_case_ministry_with_its_portfolio_and_state() {
        assertEquals(List.of("Ministry of Internal Affairs of Belarus [ministry of internal affairs of Belarus]"),
                bodies("According to the ministry of internal affairs of Belarus, 18,000 attended."));
        assertEquals(List.of("Turkish Foreign Ministry [Turkish foreign ministry]"),
                bodies("He was detained, the Turkish foreign ministry said."));
    }

    @Test
    void an_indefinite_or_unsingled_phrase_names_no_body() {
        assertEquals(List.of(), bodies("An Austrian court ruled against Facebook."));
        assertEquals(List.of(), bodies("The system was used by America's intelligence agency."));
        assertEquals(List.of(), bodies("Viktor Orbán regained the prime ministry of Hungary."));
        assertEquals(List.of(), bodies("A court in Paris will decide."));
    }

    @Test
    void a_body_word_that_modifies_a_noun_names_no_body() {
        assertEquals(List.of(), bodies("The Iraqi army base was hit by rockets."));
        assertEquals(List.of(), bodies("The Polish court ruling was appealed."));
    }

    @Test
    void a_phrase_for_a_body_the_article_names_is_that_body() {
        assertEquals(List.of("Court of Session [Scottish court]", "High Court"),
                bodies("The Court of Session in Scotland ruled. The High Court ruled on the same day as the Scottish court."));
    }

    @Test
    void a_description_in_apposition_names_no_body_of_its_own() {
        assertEquals(List.of(), bodies("Rudaw quoted Ahmed Ali, the Iraqi army spokesman, on Monday."));
        assertEquals(List.of("National Security Agency [NSA, American intelligence agency]"),
                bodies("The NSA, the American intelligence agency, declined to comment."));
    }
}
