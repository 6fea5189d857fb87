package org.newskg.fact;

import java.util.List;
import java.util.Objects;
import org.newskg.article.Article;

/**
 * Everything NewsKG extracted from one article: the model that both the RDF mapper and the
 * facts-JSON writer serialise.
 *
 * @param extractors the names of the extractors that ran, in order, for provenance
 */
public record Facts(Article article, List<Entity> entities, List<Role> roles, List<Relation> relations,
                    List<Event> events, List<Quote> quotes, List<String> extractors) {

    public Facts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        extractors = List.copyOf(extractors);
    }
}
