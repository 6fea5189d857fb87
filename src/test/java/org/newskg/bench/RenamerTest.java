package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Facts;
import org.newskg.fact.Relation;
import org.newskg.fact.RelationType;
import org.newskg.fact.Role;

class RenamerTest {

    final Entity meng = new Entity("Meng Wanzhou", EntityType.Person, List.of("Meng"), null, List.of());
    final Entity huawei = new Entity("Huawei", EntityType.Company, List.of("Huawei Technologies"), "Q160120", List.of());
    final Entity china = new Entity("China", EntityType.Country, List.of("Chinese"), "Q148", List.of());
    final Facts facts = new Facts(new Article("a", null, null, null, null, "text"), List.of(meng, huawei, china),
            List.of(new Role(meng, "chief financial officer", huawei, null)),
            List.of(new Relation(huawei, RelationType.basedIn, china, null)), List.of(), List.of(), List.of("x"));

    @Test
    void the_first_generation_keeps_its_names() {
        assertSame(facts, Renamer.rename(facts, 0));
    }

    @Test
    void later_generations_rename_people_and_companies_but_not_countries() {
        Facts g1 = Renamer.rename(facts, 1);
        Entity person = g1.entities().get(0), company = g1.entities().get(1);
        assertEquals("Meng " + Renamer.word("Wanzhou", 1), person.name(), "a new surname");
        assertEquals("Huawei " + Renamer.word("Huawei", 1), company.name());
        assertEquals(List.of("Huawei Technologies " + Renamer.word("Huawei Technologies", 1)), company.aliases());
        assertNull(company.wikidata(), "a renamed entity is no longer the Wikidata one");
        assertSame(china, g1.entities().get(2));
        assertSame(person, g1.roles().get(0).person(), "facts refer to the renamed entities");
        assertSame(company, g1.relations().get(0).subject());
    }

    @Test
    void names_are_the_same_within_a_generation_and_differ_across() {
        assertEquals(Renamer.rename(facts, 3).entities(), Renamer.rename(facts, 3).entities());
        assertNotEquals(Renamer.rename(facts, 3).entities().get(1).name(), Renamer.rename(facts, 4).entities().get(1).name());
    }
}
