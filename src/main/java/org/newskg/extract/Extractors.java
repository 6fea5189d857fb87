package org.newskg.extract;

import java.util.List;
import org.newskg.extract.entity.Catalog;
import org.newskg.extract.entity.CatalogRecognizer;
import org.newskg.extract.entity.EntityResolver;
import org.newskg.extract.entity.NameRecognizer;
import org.newskg.extract.lexicon.Lexicon;
import org.newskg.extract.text.BodyFinder;
import org.newskg.extract.text.SentenceSplitter;

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
                new CatalogRecognizer(catalog),
                new NameRecognizer(Lexicon.english()),
                new EntityResolver()));
    }
}
