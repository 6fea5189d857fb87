package org.newskg.extract;

import java.util.List;
import org.newskg.extract.entity.BodyPhrases;
import org.newskg.extract.entity.Catalog;
import org.newskg.extract.entity.CatalogRecognizer;
import org.newskg.extract.entity.Coreference;
import org.newskg.extract.entity.EntityResolver;
import org.newskg.extract.entity.NameRecognizer;
import org.newskg.extract.event.EventExtractor;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.extract.quote.QuoteExtractor;
import org.newskg.extract.relation.RelationExtractor;
import org.newskg.extract.role.RoleExtractor;
import org.newskg.extract.text.BodyFinder;
import org.newskg.extract.text.SentenceSplitter;
import org.newskg.extract.time.TimeTagger;

/** The standard extraction pipelines. */
public final class Extractors {

    private Extractors() {}

    /** The full NewsKG pipeline over the bundled catalog. */
    public static Pipeline standard() {
        return standard(Catalog.bundled());
    }

    /** The full NewsKG pipeline over the given catalog. */
    public static Pipeline standard(Catalog catalog) {
        return Pipeline.of("newskg", List.of(
                new BodyFinder(),
                new SentenceSplitter(),
                entities(catalog),
                new RoleExtractor(catalog, Lexicon.english()),
                new RelationExtractor(catalog, Lexicon.english()),
                new TimeTagger(),
                new QuoteExtractor(),
                new EventExtractor(catalog)));
    }

    /**
     * The entity stage: catalog names, other names, one entity per name, and the pronouns and
     * descriptions that refer to them.
     */
    public static Pipeline entities(Catalog catalog) {
        Lexicon lexicon = Lexicon.english();
        return Pipeline.stage("entities", List.of(
                new CatalogRecognizer(catalog),
                new NameRecognizer(lexicon),
                new BodyPhrases(catalog),
                new EntityResolver(),
                new Coreference(lexicon)));
    }
}
