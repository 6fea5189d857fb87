package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;

/** Catalog forms that many states' bodies share, over the bundled catalog. */
class GenericFormsTest {

    private static final Extraction EXTRACTION = Extraction.standard();

    private static List<String> entities(String text) {
        return EXTRACTION.extract(new Article("t", null, null, null, null, text)).entities().stream()
                .map(e -> e.name() + "/" + e.type()).toList();
    }

    @Test
    void a_place_before_a_shared_form_makes_another_body() {
        assertEquals(List.of("Wisconsin Supreme Court/GovernmentBody", "Wisconsin/Location", "Tony Evers/Person"),
                entities("The Wisconsin Supreme Court ruled against Tony Evers."));
    }

    @Test
    void of_a_place_after_a_shared_form_makes_another_body_which_the_bare_form_then_names() {
        assertEquals(List.of("Supreme Court of Puerto Rico/GovernmentBody"),
                entities("The Supreme Court of Puerto Rico ruled on Wednesday. The Supreme Court was unanimous."));
    }

    @Test
    void a_place_first_name_is_the_same_body_as_its_of_name() {
        assertEquals(List.of("Senate of Puerto Rico/GovernmentBody", "Puerto Rico/Country"),
                entities("The Puerto Rico Senate sued. Later the Senate of Puerto Rico met."));
    }

    @Test
    void a_bare_shared_form_is_the_catalog_body_where_its_state_is_named() {
        assertEquals(List.of("Supreme Court of the United States/GovernmentBody", "United States/Country"),
                entities("The Supreme Court ruled that the US ban stands."));
    }

    @Test
    void a_bare_shared_form_is_no_foreign_body_where_its_state_is_not_named() {
        assertEquals(List.of("Senate/GovernmentBody", "Philippines/Country"),
                entities("The Senate did not find that the Philippines network broke the law."));
    }

    @Test
    void the_body_s_own_state_before_it_keeps_the_catalog_body() {
        assertEquals(List.of("United States/Country", "United States Senate/GovernmentBody"),
                entities("The American Senate voted."));
    }

    @Test
    void a_language_is_no_country_and_no_name() {
        assertEquals(List.of(), entities("The Spanish language text follows."));
    }
}
