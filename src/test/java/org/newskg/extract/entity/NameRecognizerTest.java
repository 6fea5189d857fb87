package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.TestCatalog;
import org.newskg.article.Article;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Pipeline;
import org.newskg.extract.Extractors;
import org.newskg.extract.text.BodyFinder;
import org.newskg.extract.text.SentenceSplitter;
import org.newskg.fact.Entity;

/** Names no catalog lists, found and typed from the text; the small test catalog knows none of them. */
class NameRecognizerTest {

    static AnnotatedArticle read(String text) {
        AnnotatedArticle doc = new AnnotatedArticle(new Article("t", null, null, null, null, text));
        Pipeline.of("test", List.of(new BodyFinder(), new SentenceSplitter(), Extractors.entities(TestCatalog.small())))
                .extract(doc);
        return doc;
    }

    private static List<String> entities(String text) {
        return read(text).entities().stream().map(e -> e.name() + "/" + e.type()).toList();
    }

    @Test
    void a_given_name_makes_a_person() {
        assertEquals(List.of("Steve Peers/Person"), entities("The law was explained by Steve Peers on Tuesday."));
    }

    @Test
    void a_chinese_name_is_family_name_then_given_name() {
        assertEquals(List.of("Guo Ping/Person"), entities("Rotating chairman Guo Ping took to the stage."));
    }

    @Test
    void a_title_before_a_name_makes_a_person_and_is_not_part_of_it() {
        assertEquals(List.of("Ane Alencar/Person"), entities("The fires were counted by Director Ane Alencar."));
    }

    @Test
    void an_organisation_suffix_or_head_types_the_name() {
        assertEquals(List.of("Hirtenberger Defence Group/Company", "Ministry of Defence/GovernmentBody",
                        "University of Essex/Organization", "Electronic Commerce Directive/Law"),
                entities("Hirtenberger Defence Group told the Ministry of Defence and the University of Essex "
                        + "about the Electronic Commerce Directive."));
    }

    @Test
    void a_catalog_name_grows_into_a_longer_name_with_of_but_not_with_of_a_place() {
        assertEquals(List.of("Mobile World Congress of Justice/NamedEvent", "China/Country"),
                entities("They met at the Mobile World Congress of Justice with China."));
        assertEquals(List.of("Huawei/Company", "China/Country"), entities("They met Huawei of China."));
    }

    @Test
    void a_descriptor_before_the_name_types_it() {
        assertEquals(List.of("Magyar Nemzet/Organization", "Mahan Air/Company"),
                entities("The daily newspaper Magyar Nemzet wrote about the airline Mahan Air."));
    }

    @Test
    void a_lone_word_after_in_is_a_place() {
        assertEquals(List.of("Kiskunfélegyháza/Location"), entities("They started assembling rifles in Kiskunfélegyháza."));
    }

    @Test
    void a_named_programme_is_read_from_dubbed() {
        assertEquals(List.of("Zrínyi 2026/Program"),
                entities("The army launched a development program dubbed \"Zrínyi 2026\" in 2017."));
    }

    @Test
    void a_surname_is_the_person_named_in_full_before() {
        AnnotatedArticle doc = read("Reporters asked Robert Strayer about it. Strayer refused to answer.");
        assertEquals(1, doc.entities().size());
        Entity strayer = doc.entities().get(0);
        assertEquals("Robert Strayer", strayer.name());
        assertEquals(List.of("Strayer"), strayer.aliases());
    }

    @Test
    void an_acronym_in_brackets_is_the_name_before_it() {
        AnnotatedArticle doc = read("The Hungarian Development Agency (HDA) signed. Later the HDA paid.");
        assertEquals(List.of("Hungarian Development Agency"), doc.entities().stream().map(Entity::name).toList());
        assertEquals(List.of("HDA"), doc.entities().get(0).aliases());
    }

    @Test
    void an_acronym_in_brackets_after_a_name_that_holds_a_catalog_name_is_the_whole_name() {
        AnnotatedArticle doc = read("Scientists at the Canada Institute of Oceanography (CANIO) agreed.");
        assertEquals(List.of("Canada Institute of Oceanography/Organization"),
                doc.entities().stream().map(e -> e.name() + "/" + e.type()).toList());
        assertEquals(List.of("CANIO"), doc.entities().get(0).aliases());
    }

    @Test
    void the_first_words_of_a_company_are_the_company() {
        AnnotatedArticle doc = read("Hirtenberger Defence Group was sold. Hirtenberger confirmed the sale.");
        assertEquals(List.of("Hirtenberger Defence Group/Company"), doc.entities().stream().map(e -> e.name() + "/" + e.type()).toList());
    }

    @Test
    void a_common_word_that_opens_a_sentence_is_no_name() {
        assertEquals(List.of(), entities("Reading from a printed statement, the official said nothing. Trailing by 213, they lost."));
    }

    @Test
    void headline_case_makes_no_names_of_its_own() {
        assertEquals(List.of("Huawei/Company"), entities("Huawei Faces New Pressure As Officials Weigh Sweeping Ban"));
    }

    @Test
    void a_headline_names_what_the_story_names() {
        assertEquals(List.of("Magyar Nemzet/Organization"),
                entities("Magyar Nemzet Reveals Secret Defence Deal\n\nThe daily newspaper Magyar Nemzet reported it."));
    }

    @Test
    void all_capital_boilerplate_makes_no_names() {
        assertEquals(List.of(), entities("PLEASE SHARE THIS STORY WITH YOUR FRIENDS\n\nIt was a quiet week."));
    }

    @Test
    void a_dateline_names_a_place() {
        assertEquals(List.of("CINCINNATI/Location"), entities("BASEBALL - RESULTS.\nCINCINNATI 1996-08-30\nIt rained all day."));
    }

    @Test
    void a_quoted_word_is_no_name() {
        assertEquals(List.of(), entities("Critics called the plan a \"Great Leap\" backwards."));
    }

    @Test
    void a_capitalised_the_inside_a_sentence_belongs_to_the_name() {
        assertEquals(List.of("Greens/Organization"), entities("She was the spokesperson for The Greens until 2017."));
    }

    @Test
    void a_web_address_names_a_site() {
        assertEquals(List.of("oe24.at/Organization"), entities("The story ran on the news site oe24.at last year."));
    }

    @Test
    void a_surname_names_its_person_whatever_the_words_around_it() {
        assertEquals(List.of("Sheldon Yett/Person"),
                entities("Sheldon Yett observed the campaign. According to Yett, the goal was 90 percent."));
        assertEquals(List.of("Doug Hurley/Person"),
                entities("The crew included Doug Hurley. It ended a mission Hurley piloted in 2011."));
    }

    @Test
    void a_maker_s_model_is_a_product_and_the_maker_stays() {
        assertEquals(List.of("Huawei P30/Product", "Huawei/Company"), entities("A Huawei P30 phone was sold."));
    }

    @Test
    void a_compound_adjective_starts_no_name() {
        assertEquals(List.of(), entities("It became an Academy Award-winning film about the Muslim-majority island."));
    }

    @Test
    void given_names_before_a_catalog_surname_make_another_person() {
        Catalog catalog = Catalog.of(List.of(new CatalogEntry("Ebrahim Raisi", org.newskg.fact.EntityType.Person,
                List.of("Raisi"), null, "IR", null, List.of(), List.of())));
        AnnotatedArticle doc = new AnnotatedArticle(new Article("t", null, null, null, null,
                "Ali Reza Raisi, speaking for the ministry, reported 523 infections."));
        Pipeline.of("test", List.of(new BodyFinder(), new SentenceSplitter(), Extractors.entities(catalog))).extract(doc);
        assertEquals(List.of("Ali Reza Raisi/Person"), doc.entities().stream().map(e -> e.name() + "/" + e.type()).toList());
    }

    @Test
    void a_name_after_a_title_and_at_is_where_the_post_is_held() {
        assertEquals(List.of("Wallace Cheung/Person", "DBS Vickers/Company"),
                entities("Wallace Cheung, an analyst at DBS Vickers, said so."));
        assertEquals(List.of("Bernard McAlinden/Person", "NCB Stockbrokers/Company"),
                entities("Bernard McAlinden, head of equity research at NCB Stockbrokers, said so."));
        assertEquals(List.of("Tom Goldstein/Person", "Columbia/Organization"),
                entities("Tom Goldstein, a professor at Columbia, said so."));
        assertEquals(List.of("Grand Harbour Depot/Location"), entities("An engineer was killed while working at Grand Harbour Depot."));
    }
}
