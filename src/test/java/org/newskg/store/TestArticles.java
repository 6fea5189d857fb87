package org.newskg.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newskg.article.Article;
import org.newskg.fact.Argument;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Evidence;
import org.newskg.fact.Facts;
import org.newskg.fact.Modality;
import org.newskg.fact.Span;
import org.newskg.graph.ArticleProvenance;

/** Small articles for store tests: one lawsuit that conforms, or breaks the shapes for want of evidence. */
public final class TestArticles {

    private TestArticles() {}

    static final String TEXT = "Acme sued Globex.";
    static final Entity ACME = new Entity("Acme", EntityType.Company, List.of(), null, List.of(new Span(0, 4)));
    static final Entity GLOBEX = new Entity("Globex", EntityType.Company, List.of(), null, List.of(new Span(10, 16)));

    /** An article with one lawsuit; without evidence the lawsuit breaks the shapes. */
    public static Facts lawsuit(String id, boolean withEvidence) {
        Event e = new Event(EventType.Lawsuit, Map.of("plaintiff", List.of(Argument.of(ACME)),
                "defendant", List.of(Argument.of(GLOBEX))), null, null, Modality.asserted,
                withEvidence ? new Evidence(TEXT, new Span(0, TEXT.length())) : null, 0.9, "test");
        return new Facts(new Article(id, null, null, null, null, TEXT), List.of(ACME, GLOBEX), List.of(), List.of(),
                List.of(e), List.of(), List.of("test"));
    }

    public static ArticleProvenance prov(String hash) {
        return new ArticleProvenance(Instant.parse("2026-01-01T00:00:00Z"), hash);
    }
}
