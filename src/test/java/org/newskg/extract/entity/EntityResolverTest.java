package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.fact.Entity;

class EntityResolverTest {

    @Test
    void names_that_differ_only_in_case_or_punctuation_are_one_entity() {
        AnnotatedArticle doc = NameRecognizerTest.read(
                "The developer Sorbet Labs released it. Critics said SORBET Labs and Sorbet-Labs meant well.");
        assertEquals(List.of("Sorbet Labs"), doc.entities().stream().map(Entity::name).toList());
    }

    @Test
    void every_mention_of_an_entity_resolves_to_it() {
        AnnotatedArticle doc = NameRecognizerTest.read("Huawei sued. Huawei Technologies won.");
        Entity huawei = doc.entities().get(0);
        assertEquals(List.of("Huawei Technologies"), huawei.aliases());
        assertEquals(2, huawei.mentions().size());
        doc.mentions().forEach(m -> assertEquals(huawei, doc.entityOf(m)));
    }
}
