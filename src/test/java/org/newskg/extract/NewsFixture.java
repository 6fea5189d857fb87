package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;
import org.newskg.article.Article;
import org.newskg.extract.entity.Catalog;
import org.newskg.extract.entity.CatalogEntry;
import org.newskg.extract.entity.CatalogRecognizer;
import org.newskg.extract.entity.EntityResolver;
import org.newskg.extract.event.EventExtractor;
import org.newskg.extract.quote.QuoteExtractor;
import org.newskg.extract.text.BodyFinder;
import org.newskg.extract.text.SentenceSplitter;
import org.newskg.extract.time.TimeTagger;
import org.newskg.fact.EntityType;

/**
 * Annotates literal news sentences for the time, quote and event tests: a catalog of the
 * states, bodies, firms and people the sentences name, and a pipeline of the catalog
 * recogniser and this layer's extractors only, so the tests do not move when other layers do.
 */
public final class NewsFixture {

    /** Thursday 7 March 2019, the seed article's publication date. */
    public static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 7);

    private static final Catalog CATALOG = Catalog.of(List.of(
            country("United States", "US", List.of("US", "U.S.", "USA", "America", "United States government"),
                    List.of("American", "Americans", "US"), List.of("Washington")),
            country("China", "CN", List.of(), List.of("Chinese"), List.of("Beijing")),
            country("Canada", "CA", List.of(), List.of("Canadian"), List.of("Ottawa")),
            country("Germany", "DE", List.of(), List.of("German"), List.of("Berlin")),
            country("Iran", "IR", List.of(), List.of("Iranian"), List.of("Tehran")),
            country("Russia", "RU", List.of(), List.of("Russian"), List.of("Moscow")),
            country("North Korea", "KP", List.of(), List.of("North Korean"), List.of("Pyongyang")),
            country("France", "FR", List.of(), List.of("French"), List.of("Paris")),
            country("Hungary", "HU", List.of(), List.of("Hungarian"), List.of("Budapest")),
            country("United Kingdom", "GB", List.of("UK", "Britain"), List.of("British"), List.of("London")),
            entry("Huawei", EntityType.Company, List.of()),
            entry("Apple", EntityType.Company, List.of()),
            entry("Microsoft", EntityType.Company, List.of()),
            entry("LinkedIn", EntityType.Company, List.of()),
            entry("Google", EntityType.Company, List.of()),
            entry("Facebook", EntityType.Company, List.of()),
            entry("Sony", EntityType.Company, List.of()),
            entry("Vodafone", EntityType.Company, List.of()),
            entry("Airbus", EntityType.Company, List.of()),
            entry("Mahan Air", EntityType.Company, List.of("Mahan")),
            entry("European Union", EntityType.InternationalOrganization, List.of("EU")),
            entry("Group of Seven", EntityType.InternationalOrganization, List.of("G7")),
            entry("European Commission", EntityType.GovernmentBody, List.of()),
            entry("European Court of Justice", EntityType.GovernmentBody, List.of("ECJ")),
            body("Supreme Court of the United States", List.of("Supreme Court", "US Supreme Court"), "US"),
            entry("International Court of Justice", EntityType.InternationalOrganization, List.of("ICJ")),
            body("United States Senate", List.of("Senate", "US Senate"), "US"),
            body("Federal Bureau of Investigation", List.of("FBI"), "US"),
            body("United States Department of Justice", List.of("US Justice Department"), "US"),
            entry("Amnesty International", EntityType.Organization, List.of()),
            entry("Meng Wanzhou", EntityType.Person, List.of()),
            entry("Guo Ping", EntityType.Person, List.of()),
            entry("Robert Strayer", EntityType.Person, List.of()),
            entry("Mike Pompeo", EntityType.Person, List.of()),
            entry("Donald Trump", EntityType.Person, List.of("Trump")),
            entry("Emmanuel Macron", EntityType.Person, List.of("Macron")),
            entry("Satya Nadella", EntityType.Person, List.of("Nadella")),
            entry("Carrie Lam", EntityType.Person, List.of()),
            entry("Michael Cohen", EntityType.Person, List.of("Cohen")),
            entry("Paul Manafort", EntityType.Person, List.of("Manafort")),
            entry("Jesse Furman", EntityType.Person, List.of("Furman")),
            entry("Mobile World Congress", EntityType.NamedEvent, List.of("MWC")),
            entry("Barcelona", EntityType.Location, List.of()),
            entry("Mate X", EntityType.Product, List.of()),
            entry("Entity List", EntityType.Program, List.of())));

    private NewsFixture() {}

    /** The fixture's pipeline: sentences, catalog entities, dates, quotes and events. */
    public static Pipeline pipeline() {
        return Pipeline.of("fixture", List.of(new BodyFinder(), new SentenceSplitter(), new CatalogRecognizer(CATALOG),
                new EntityResolver(), new TimeTagger(), new QuoteExtractor(), new EventExtractor(CATALOG)));
    }

    /** The text annotated as an article published on {@link #PUBLISHED}. */
    public static AnnotatedArticle annotate(String text) {
        return annotate(text, PUBLISHED);
    }

    public static AnnotatedArticle annotate(String text, LocalDate published) {
        AnnotatedArticle doc = new AnnotatedArticle(new Article("fixture", null, published, null, null, text));
        pipeline().extract(doc);
        return doc;
    }

    private static CatalogEntry country(String name, String iso2, List<String> aliases, List<String> demonyms,
                                        List<String> metonyms) {
        return new CatalogEntry(name, EntityType.Country, aliases, null, iso2, null, demonyms, metonyms);
    }

    private static CatalogEntry body(String name, List<String> aliases, String iso2) {
        return new CatalogEntry(name, EntityType.GovernmentBody, aliases, null, iso2, null, List.of(), List.of());
    }

    private static CatalogEntry entry(String name, EntityType type, List<String> aliases) {
        return new CatalogEntry(name, type, aliases, null, null, null, List.of(), List.of());
    }
}
