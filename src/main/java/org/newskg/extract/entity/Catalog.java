package org.newskg.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.newskg.fact.EntityType;

/**
 * The known entities: countries with their demonyms and metonyms, organisations, people, places
 * and things, read from the CSV files of {@code ontology/catalog/}.
 */
public final class Catalog {

    /** The files of the catalog, under the {@code ontology/catalog/} resource folder. */
    static final List<String> ENTITY_FILES = List.of("organizations.csv", "people.csv", "places.csv", "things.csv");
    static final String COUNTRY_FILE = "countries.csv";
    private static final String RESOURCE_DIR = "/ontology/catalog/";

    private static volatile Catalog bundled;

    private final Map<String, CatalogEntry> byName;
    private final Map<String, CatalogEntry> countryByIso2;

    private Catalog(List<CatalogEntry> entries, Map<String, CatalogEntry> countryByIso2) {
        Map<String, CatalogEntry> names = new HashMap<>();
        for (CatalogEntry e : entries)
            if (names.putIfAbsent(e.name(), e) != null)
                throw new IllegalArgumentException("catalog has two entries named '" + e.name() + "'");
        this.byName = Map.copyOf(names);
        this.countryByIso2 = Map.copyOf(countryByIso2);
    }

    /** The catalog shipped with NewsKG (loaded once). */
    public static Catalog bundled() {
        Catalog c = bundled;
        if (c == null) {
            synchronized (Catalog.class) {
                if (bundled == null)
                    bundled = load();
                c = bundled;
            }
        }
        return c;
    }

    /** A catalog of the given entries, for tests and for users' own catalogs. */
    public static Catalog of(Collection<CatalogEntry> entries) {
        Map<String, CatalogEntry> countries = new HashMap<>();
        for (CatalogEntry e : entries)
            if (e.type() == EntityType.Country && e.country() != null)
                countries.put(e.country(), e);
        return new Catalog(List.copyOf(entries), countries);
    }

    private static Catalog load() {
        List<CatalogEntry> entries = new ArrayList<>();
        Map<String, CatalogEntry> countries = new HashMap<>();
        for (CSVRecord r : records(COUNTRY_FILE)) {
            CatalogEntry e = new CatalogEntry(r.get("name"), EntityType.Country, list(r, "aliases"),
                    blankToNull(r.get("wikidata")), r.get("iso2"), null, list(r, "demonyms"), list(r, "metonyms"));
            entries.add(e);
            countries.put(e.country(), e);
        }
        for (String file : ENTITY_FILES) {
            for (CSVRecord r : records(file)) {
                try {
                    entries.add(new CatalogEntry(r.get("name"), EntityType.parse(r.get("type")), list(r, "aliases"),
                            blankToNull(r.get("wikidata")), blankToNull(r.get("country")), blankToNull(r.get("parent")),
                            List.of(), List.of()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(RESOURCE_DIR + file + " line " + r.getRecordNumber() + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return new Catalog(entries, countries);
    }

    private static List<CSVRecord> records(String file) {
        InputStream in = Catalog.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null)
            return List.of();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog file " + file, e);
        }
    }

    private static List<String> list(CSVRecord r, String column) {
        if (!r.isMapped(column))
            return List.of();
        String v = r.get(column);
        if (v == null || v.isBlank())
            return List.of();
        return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Collection<CatalogEntry> entries() {
        return byName.values();
    }

    /** The entry with this canonical name, or {@code null}. */
    public CatalogEntry byName(String name) {
        return byName.get(name);
    }

    /** The country with this ISO 3166-1 alpha-2 code, or {@code null}. */
    public CatalogEntry country(String iso2) {
        return iso2 == null ? null : countryByIso2.get(iso2);
    }

    public int size() {
        return byName.size();
    }
}
