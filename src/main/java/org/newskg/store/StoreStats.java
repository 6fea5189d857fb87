package org.newskg.store;

import java.nio.file.Path;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Counts of what a store holds.
 *
 * @param triples quads over all article graphs
 * @param bytes   size of the store's files on disk
 */
public record StoreStats(long articles, long entities, long events, long quotes, long triples, long bytes) {

    private static final String QUERY = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles)
              (COUNT(DISTINCT ?entity) AS ?entities)
              (COUNT(DISTINCT ?event) AS ?events)
              (COUNT(DISTINCT ?quote) AS ?quotes)
            WHERE {
              { GRAPH ?g { ?article a schema:NewsArticle } }
              UNION { GRAPH ?g { ?entity nkg:mentionedIn ?a } }
              UNION { GRAPH ?g { ?event nkg:confidence ?c } }
              UNION { GRAPH ?g { ?quote a nkg:Quote } }
            }""";

    public static StoreStats of(DatasetGraph dataset, Path dir) {
        return Txn.calculateRead(dataset, () -> {
            long articles, entities, events, quotes;
            try (QueryExec qe = QueryExec.dataset(dataset).query(QUERY).build()) {
                RowSet rs = qe.select();
                var row = rs.next();
                articles = count(row, "articles");
                entities = count(row, "entities");
                events = count(row, "events");
                quotes = count(row, "quotes");
            }
            long triples = dataset.stream().count();
            return new StoreStats(articles, entities, events, quotes, triples, Stores.sizeOnDisk(dir));
        });
    }

    private static long count(org.apache.jena.sparql.engine.binding.Binding row, String var) {
        return ((Number) row.get(var).getLiteralValue()).longValue();
    }
}
