package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;

/** Pronouns and descriptions resolve to the entities they refer to, and make no entity of their own. */
class CoreferenceTest {

    /** "surface -> entity" for every pronoun and description, in text order. */
    private static List<String> references(String text) {
        AnnotatedArticle doc = NameRecognizerTest.read(text);
        return doc.mentions().stream().filter(m -> !m.kind().names())
                .sorted((a, b) -> a.span().compareTo(b.span()))
                .map(m -> m.surface() + " -> " + doc.entityOf(m).name() + " (" + m.kind() + ")").toList();
    }

    @Test
    void the_firm_and_its_are_the_company_in_focus() {
        assertEquals(List.of("the firm -> Huawei (DESCRIPTION)", "its -> Huawei (PRONOUN)"),
                references("US officials met ZTE. Huawei sued, and Huawei won. Then the firm raised its prices."));
    }

    @Test
    void he_is_the_man_named_before_and_she_the_woman() {
        assertEquals(List.of("He -> Steve Peers (PRONOUN)", "she -> Jennifer Daskal (PRONOUN)"),
                references("Steve Peers met Jennifer Daskal. He said she was right."));
    }

    @Test
    void a_pronoun_that_opens_a_sentence_refers_to_the_subject_before() {
        assertEquals(List.of("He -> Steve Peers (PRONOUN)"),
                references("Steve Peers criticised Robert Strayer on Monday. He spoke for an hour."));
    }

    @Test
    void a_description_refers_to_the_entity_named_with_its_head_word() {
        assertEquals(List.of("The court -> European Court of Justice (DESCRIPTION)"),
                references("Huawei lost at the European Court of Justice. The court ruled on Thursday."));
    }

    @Test
    void a_description_refers_to_the_entity_last_described_with_it() {
        assertEquals(List.of("the airline -> Mahan Air (DESCRIPTION)"),
                references("Germany banned the Iranian airline Mahan Air and fined ZTE. Officials said the airline flew weapons."));
    }

    @Test
    void references_make_no_entities_and_no_aliases() {
        AnnotatedArticle doc = NameRecognizerTest.read("Huawei sued. The company said it would win.");
        assertEquals(1, doc.entities().size());
        assertEquals(List.of(), doc.entities().get(0).aliases());
        assertEquals(2, doc.mentions().stream().filter(m -> m.kind() == Mention.Kind.PRONOUN
                || m.kind() == Mention.Kind.DESCRIPTION).count());
    }

    @Test
    void it_may_be_a_product_but_its_is_an_organisation_s() {
        assertEquals(List.of("It -> 5G (PRONOUN)", "its -> Huawei (PRONOUN)"),
                references("Huawei sells 5G. It runs fast on its network."));
    }

    @Test
    void a_dummy_it_refers_to_nothing() {
        assertEquals(List.of(), references("Huawei sued. It is possible that the case will last years."));
    }

    @Test
    void a_description_in_apposition_is_a_title_not_a_reference() {
        assertEquals(List.of(), references("Steve Peers, the director, spoke."));
    }

    @Test
    void a_pronoun_that_opens_a_clause_refers_to_the_subject_of_the_sentence() {
        assertEquals(List.of("it -> Huawei (PRONOUN)"),
                references("Huawei criticised the US government, announcing that it filed a lawsuit."));
    }

    @Test
    void a_pronoun_inside_a_clause_refers_to_the_nearest_thing() {
        assertEquals(List.of("its -> ZTE (PRONOUN)"), references("Huawei sued ZTE over its patents."));
    }

    @Test
    void a_demonym_before_a_noun_is_no_antecedent() {
        assertEquals(List.of("it -> Huawei (PRONOUN)"),
                references("Chinese telecommunications company Huawei said on Thursday that it has filed a lawsuit."));
        assertEquals(List.of("its -> Huawei (PRONOUN)"),
                references("Huawei sold 74 Chinese stores and left its joint venture."));
    }

    @Test
    void a_family_word_beside_a_name_gives_the_person_a_gender() {
        assertEquals(List.of("her -> Meng Wanzhou (PRONOUN)"),
                references("Meng Wanzhou, who is the daughter of Huawei founder Ren Zhengfei, denies the charges. "
                        + "China urged Canada to release her."));
    }

    @Test
    void a_kinship_noun_in_apposition_gives_the_person_a_gender() {
        assertEquals(List.of("her -> Meng Wanzhou (PRONOUN)"),
                references("Meng Wanzhou, who is the daughter of Ren Zhengfei, denies the charges. "
                        + "China urged Ottawa to release her.").stream().filter(r -> r.startsWith("her")).toList());
    }
}
