package org.newskg.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.fact.Facts;
import org.newskg.graph.ArticleProvenance;
import org.newskg.graph.FactMapper;
import org.newskg.vocab.NKG;

/**
 * Writes articles into a dataset, one named graph each, one write transaction each: an article
 * is stored whole or not at all. Writing an unchanged article again changes nothing; a changed
 * one replaces its graph.
 */
public final class ArticleStore {

    /** What writing an article did. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private final DatasetGraph dataset;

    public ArticleStore(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Stores the article's facts unless the store already holds them with the same content hash. */
    public Outcome put(Facts facts, ArticleProvenance provenance) {
        Node graph = FactMapper.graphName(facts.article().id());
        return Txn.calculateWrite(dataset, () -> {
            String stored = storedHash(graph);
            if (provenance.contentHash().equals(stored))
                return Outcome.UNCHANGED;
            if (stored != null)
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            FactMapper.write(facts, provenance, sink);
            return stored == null ? Outcome.ADDED : Outcome.REPLACED;
        });
    }

    /** The content hash recorded for an article, or {@code null} when the store lacks it. */
    public String contentHash(String articleId) {
        Node graph = FactMapper.graphName(articleId);
        return Txn.calculateRead(dataset, () -> storedHash(graph));
    }

    private String storedHash(Node graph) {
        // The article node names its own graph.
        Iterator<Quad> it = dataset.find(graph, graph, NKG.contentHash, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
