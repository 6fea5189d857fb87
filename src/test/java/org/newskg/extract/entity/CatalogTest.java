package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.fact.EntityType;

/** The bundled catalog holds together: what its rows point to is in it. */
class CatalogTest {

    private final Catalog catalog = Catalog.bundled();

    @Test
    void every_parent_and_country_a_row_names_is_in_the_catalog() {
        List<String> dangling = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            if (e.parent() != null && catalog.byName(e.parent()) == null)
                dangling.add(e.name() + " -> parent " + e.parent());
            if (e.country() != null && catalog.country(e.country()) == null)
                dangling.add(e.name() + " -> country " + e.country());
        }
        assertEquals(List.of(), dangling);
    }

    @Test
    void the_catalog_covers_every_type_and_the_big_powers() {
        for (EntityType t : EntityType.values())
            assertTrue(catalog.entries().stream().anyMatch(e -> e.type() == t), "no entry of type " + t);
        for (String name : List.of("United States", "China", "European Union", "NATO", "Huawei", "Washington, D.C."))
            assertTrue(catalog.byName(name) != null, name);
        assertEquals(List.of("Washington"), catalog.byName("United States").metonyms());
    }
}
