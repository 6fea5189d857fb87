package org.newskg.extract.role;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;

/** Roles from the patterns news uses, over the bundled catalog: "person | title | organisation". */
class RoleExtractorTest {

    private static final Extraction EXTRACTION = Extraction.standard();

    private static List<String> roles(String text) {
        return EXTRACTION.extract(new Article("t", null, null, null, null, text)).roles().stream()
                .map(r -> r.person().name() + " | " + r.title() + " | " + r.organization().name()).toList();
    }

    @Test
    void a_state_title_with_the_country_before_the_name() {
        assertEquals(List.of("Mike Pompeo | secretary of state | United States"),
                roles("The move was welcomed by US Secretary of State Mike Pompeo on Monday."));
    }

    @Test
    void a_demonym_names_the_state_of_the_title() {
        assertEquals(List.of("Angela Merkel | chancellor | Germany"),
                roles("The call was seconded by German Chancellor Angela Merkel."));
    }

    @Test
    void a_company_title_with_the_company_before_the_name() {
        assertEquals(List.of("Tim Cook | chief executive | Apple"),
                roles("Apple chief executive Tim Cook met the president."));
    }

    @Test
    void a_title_in_apposition_with_a_possessive_company() {
        assertEquals(List.of("Tim Cook | chief executive | Apple"),
                roles("The deal was signed by Tim Cook, Apple's chief executive, in May."));
    }

    @Test
    void the_firm_s_title_before_a_comma_and_the_name() {
        assertEquals(List.of("Meng Wanzhou | chief financial officer | Huawei"),
                roles("Huawei sued the US. The firm's chief financial officer, Meng Wanzhou, is awaiting a decision."));
    }

    @Test
    void a_company_title_without_a_company_is_in_the_company_the_story_is_about() {
        assertEquals(List.of("Guo Ping | rotating chairman | Huawei"),
                roles("Huawei made its pitch. Rotating chairman Guo Ping took to the stage on Tuesday."));
    }

    @Test
    void a_title_with_the_country_inside_it_is_worded_as_written() {
        assertEquals(List.of("Robert Strayer | top us cyber official | United States"),
                roles("Reading from a statement, top US cyber official Robert Strayer said nothing."));
    }

    @Test
    void who_heads_names_the_organisation() {
        assertEquals(List.of("Jane Doe | head | Amnesty International"),
                roles("The report was written by Jane Doe, who heads Amnesty International."));
    }

    @Test
    void the_title_of_an_organisation_in_apposition_after_the_name() {
        assertEquals(List.of("Carrie Lam | chief executive | Hong Kong"),
                roles("On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced the withdrawal."));
    }

    @Test
    void an_official_of_a_capital_serves_its_state() {
        assertEquals(List.of("Ali Alghasi Mehr | prosecutor general | Iran"),
                roles("Iran issued warrants. According to ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, "
                        + "said the 36 must face charges."));
    }

    @Test
    void an_official_of_a_place_in_a_state_the_article_does_not_name_has_no_role() {
        assertEquals(List.of(), roles("According to ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, spoke."));
    }

    @Test
    void a_spokesperson_of_a_leader_serves_the_leader_s_state() {
        assertEquals(List.of("Angela Merkel | chancellor | Germany", "Steffen Seibert | spokesperson | Germany"),
                roles("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible."));
    }

    @Test
    void a_title_with_to_a_country_keeps_the_country_in_the_title() {
        assertEquals(List.of("Richard Grenell | ambassador to germany | United States"),
                roles("US Ambassador to Germany Richard Grenell alleged it."));
    }

    @Test
    void a_state_title_without_a_state_is_in_the_state_the_catalog_gives_the_person() {
        assertEquals(List.of("Bernie Sanders | senator | United States"),
                roles("The United Arab Emirates and the United Arab Emirates again hosted the United States. "
                        + "Senator Bernie Sanders objected."));
    }

    @Test
    void a_trade_with_a_nationality_is_no_post() {
        assertEquals(List.of(), roles("US lawyer Michael Avenatti was charged."));
    }

    @Test
    void a_capitalised_title_keeps_its_words() {
        assertEquals(List.of("Stefano Patuanelli | economic development minister | Italy"),
                roles("Italian Economic Development Minister Stefano Patuanelli spoke."));
    }

    @Test
    void a_name_without_a_title_has_no_role() {
        assertEquals(List.of(), roles("Steve Peers of the University of Essex spoke to the BBC."));
    }
}
