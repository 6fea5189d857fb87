package org.newskg;

import java.util.List;
import org.newskg.extract.entity.Catalog;
import org.newskg.extract.entity.CatalogEntry;
import org.newskg.fact.EntityType;

/** A small catalog for tests that must not depend on the bundled one. */
public final class TestCatalog {

    private TestCatalog() {}

    public static Catalog small() {
        return Catalog.of(List.of(
                country("United States", "US", "Q30", List.of("US", "U.S.", "America", "USA"), List.of("American", "Americans"), List.of("Washington")),
                country("China", "CN", "Q148", List.of("PRC"), List.of("Chinese"), List.of("Beijing")),
                country("Canada", "CA", "Q16", List.of(), List.of("Canadian"), List.of("Ottawa")),
                entry("Huawei", EntityType.Company, "Q160120", List.of("Huawei Technologies"), "CN", null),
                entry("ZTE", EntityType.Company, null, List.of(), "CN", null),
                entry("Mobile World Congress", EntityType.NamedEvent, null, List.of("MWC"), null, null),
                entry("Barcelona", EntityType.Location, "Q1492", List.of(), "ES", null),
                entry("Beijing", EntityType.Location, "Q956", List.of(), "CN", null),
                entry("5G", EntityType.Technology, null, List.of(), null, null),
                entry("United States Department of Justice", EntityType.GovernmentBody, null,
                        List.of("US Justice Department", "Justice Department"), "US", null)));
    }

    private static CatalogEntry country(String name, String iso2, String qid, List<String> aliases, List<String> demonyms,
                                        List<String> metonyms) {
        return new CatalogEntry(name, EntityType.Country, aliases, qid, iso2, null, demonyms, metonyms);
    }

    private static CatalogEntry entry(String name, EntityType type, String qid, List<String> aliases, String country,
                                      String parent) {
        return new CatalogEntry(name, type, aliases, qid, country, parent, List.of(), List.of());
    }
}
