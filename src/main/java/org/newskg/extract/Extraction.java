package org.newskg.extract;

import org.newskg.article.Article;
import org.newskg.fact.Facts;

/** Runs a pipeline over articles and returns their facts. Thread-safe. */
public final class Extraction {

    private final Pipeline pipeline;

    public Extraction(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The standard pipeline over the bundled catalog. */
    public static Extraction standard() {
        return new Extraction(Extractors.standard());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Facts extract(Article article) {
        AnnotatedArticle doc = new AnnotatedArticle(article);
        pipeline.extract(doc);
        return doc.facts(pipeline.extractorNames());
    }
}
