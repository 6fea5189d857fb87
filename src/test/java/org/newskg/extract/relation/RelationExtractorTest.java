package org.newskg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;

/** Relations from the patterns news states them with, over the bundled catalog. */
class RelationExtractorTest {

    private static final Extraction EXTRACTION = Extraction.standard();

    private static List<String> relations(String text) {
        return EXTRACTION.extract(new Article("t", null, null, null, null, text)).relations().stream()
                .map(r -> r.subject().name() + " " + r.predicate() + " " + r.object().name()).toList();
    }

    @Test
    void a_demonym_before_a_descriptor_places_the_company() {
        assertEquals(List.of("Huawei basedIn China"), relations("US lobbying against Chinese firm Huawei hit a new level."));
    }

    @Test
    void a_demonym_places_every_company_of_a_list() {
        assertEquals(List.of("Siemens basedIn Germany", "SAP basedIn Germany"),
                relations("German firms including Siemens and SAP have announced plans to leave."));
    }

    @Test
    void a_possessive_country_places_the_organisation() {
        assertEquals(List.of("National Institute for Space Research basedIn Brazil"),
                relations("Brazil's National Institute for Space Research has reported more fires."));
    }

    @Test
    void a_possessive_country_places_the_organisation_across_modifiers() {
        assertEquals(List.of("Saudi Aramco basedIn Saudi Arabia"),
                relations("Oil facilities of Saudi Arabia's state-owned Saudi Aramco were hit."));
    }

    @Test
    void a_based_adjective_places_what_the_description_refers_to() {
        assertEquals(List.of("European Court of Justice basedIn Luxembourg"),
                relations("The European Court of Justice ruled. The Luxembourg-based court issued a judgement."));
    }

    @Test
    void a_subsidiary_of() {
        assertEquals(List.of("Acme Robotics subsidiaryOf Huawei"),
                relations("Acme Robotics, a subsidiary of Huawei, makes arms."));
    }

    @Test
    void its_product_is_made_by_the_company() {
        assertEquals(List.of("Huawei makes Mate X"),
                relations("Huawei made its pitch, while ads for its Mate X foldable phone greeted visitors."));
    }

    @Test
    void a_list_of_countries_after_group_of_countries_are_members() {
        assertEquals(List.of("Japan memberOf Group of Seven", "Italy memberOf Group of Seven"),
                relations("G7 is an informal group of seven countries, Japan and Italy, though the EU is also involved."));
    }

    @Test
    void a_member_of_the_organisation_before_the_country() {
        assertEquals(List.of("Austria memberOf European Union"),
                relations("A single EU country (in this case Austria) could demand it."));
    }

    @Test
    void a_negated_membership_states_nothing() {
        assertEquals(List.of(), relations("Brazil is not a member of NATO."));
    }

    @Test
    void launching_a_programme_operates_it() {
        assertEquals(List.of("Hungary operates Zrínyi 2026"),
                relations("Hungary launched a military development program dubbed \"Zrínyi 2026\" in 2017."));
    }

    @Test
    void a_demonym_and_a_description_of_a_person_give_a_nationality() {
        assertEquals(List.of("Ai Weiwei nationalityOf China"),
                relations("The Chinese dissident Ai Weiwei spoke in Berlin."));
    }

    @Test
    void a_state_title_gives_no_nationality() {
        assertEquals(List.of(), relations("German Chancellor Angela Merkel spoke in Berlin."));
    }
}
