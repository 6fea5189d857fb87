package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.newskg.fact.EntityType;

/** The country catalog agrees with the ISO and Wikidata reference table in ../shared, where present. */
class CountryCatalogTest {

    private static final Path OURS = Path.of("ontology/catalog/countries.csv");
    private static final Path REFERENCE = Path.of("../shared/catalog/countries_iso_wikidata.csv");

    @Test
    void every_iso_country_of_the_reference_is_in_the_catalog_with_the_same_codes_and_wikidata_id() throws IOException {
        assumeTrue(Files.exists(REFERENCE), "the reference table " + REFERENCE + " is absent");
        Map<String, CSVRecord> ours = byKey(OURS, "iso2");
        List<String> wrong = new ArrayList<>();
        for (CSVRecord ref : read(REFERENCE)) {
            String iso2 = ref.get("iso_alpha2");
            if (!iso2.matches("[A-Z]{2}"))
                continue; // the reference's own codes for areas without one, such as "PS-GZA"
            CSVRecord row = ours.get(iso2);
            if (row == null)
                wrong.add(iso2 + " (" + ref.get("name") + ") is missing");
            else if (!row.get("iso3").equals(ref.get("iso_alpha3")) || !row.get("wikidata").equals(ref.get("wikidata_qid")))
                wrong.add(iso2 + ": catalog " + row.get("iso3") + " " + row.get("wikidata") + ", reference "
                        + ref.get("iso_alpha3") + " " + ref.get("wikidata_qid"));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void every_country_of_the_catalog_loads_as_a_country_with_its_code() throws IOException {
        Catalog catalog = Catalog.bundled();
        for (CSVRecord row : read(OURS)) {
            CatalogEntry e = catalog.country(row.get("iso2"));
            assertTrue(e != null && e.type() == EntityType.Country && e.name().equals(row.get("name")),
                    () -> "countries.csv row " + row.get("iso2") + " does not load as that country");
        }
    }

    private static Map<String, CSVRecord> byKey(Path file, String column) throws IOException {
        Map<String, CSVRecord> out = new HashMap<>();
        for (CSVRecord r : read(file))
            out.put(r.get(column), r);
        return out;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(r).getRecords();
        }
    }
}
