package org.newskg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.fact.Facts;
import org.newskg.graph.ArticleProvenance;
import org.newskg.graph.FactMapper;
import org.newskg.vocab.NKG;

/**
 * Writes articles into a dataset, one named graph each: an article is stored whole or not at all,
 * alone in its write transaction or with others in one. Writing an unchanged article again changes nothing; a changed
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
        return putAll(List.of(prepare(facts, provenance))).get(0);
    }

    /**
     * An article's quads, mapped and ready to write.
     *
     * @param graph the article's graph
     */
    public record Prepared(Node graph, String contentHash, List<Quad> quads) {
        public Prepared {
            quads = List.copyOf(quads);
        }
    }

    /**
     * Maps an article's facts to quads outside any transaction, so a mapping error touches no store.
     *
     * @throws RuntimeException from the mapper when the facts cannot be mapped
     */
    public static Prepared prepare(Facts facts, ArticleProvenance provenance) {
        List<Quad> quads = new ArrayList<>();
        FactMapper.write(facts, provenance, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        return new Prepared(FactMapper.graphName(facts.article().id()), provenance.contentHash(), quads);
    }

    /**
     * Stores several articles in one write transaction, in order, each added, replaced or left
     * unchanged as {@link #put} would. One commit for many articles saves a disk sync and the index
     * blocks TDB2 copies on every commit. When the transaction fails, none of them is stored.
     */
    public List<Outcome> putAll(List<Prepared> articles) {
        return Txn.calculateWrite(dataset, () -> {
            List<Outcome> outcomes = new ArrayList<>(articles.size());
            for (Prepared a : articles) {
                String stored = storedHash(a.graph());
                if (a.contentHash().equals(stored)) {
                    outcomes.add(Outcome.UNCHANGED);
                    continue;
                }
                if (stored != null)
                    dataset.deleteAny(a.graph(), Node.ANY, Node.ANY, Node.ANY);
                a.quads().forEach(dataset::add);
                outcomes.add(stored == null ? Outcome.ADDED : Outcome.REPLACED);
            }
            return outcomes;
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
