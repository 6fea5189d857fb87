package org.newskg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.fact.Facts;
import org.newskg.graph.ArticleProvenance;
import org.newskg.graph.ArticleValidator;
import org.newskg.graph.EventLinker;
import org.newskg.graph.FactMapper;
import org.newskg.graph.Finding;
import org.newskg.graph.Iris;
import org.newskg.graph.ValidationRecord;
import org.newskg.vocab.NKG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles into a dataset, one named graph each: an article is stored whole or not at all,
 * alone in its write transaction or with others in one. Writing an unchanged article again changes nothing; a changed
 * one replaces its graph. Each graph is checked against the NewsKG shapes before it is written;
 * one that does not conform is still stored, and its report is logged and kept, in the same
 * transaction, in the article's validation graph ({@link Iris#validation}).
 */
public final class ArticleStore {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleStore.class);

    /** What writing an article did. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private final DatasetGraph dataset;
    private final ArticleValidator validator;

    public ArticleStore(DatasetGraph dataset) {
        this(dataset, ArticleValidator.standard());
    }

    public ArticleStore(DatasetGraph dataset, ArticleValidator validator) {
        this.dataset = dataset;
        this.validator = validator;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Stores the article's facts unless the store already holds them with the same content hash. */
    public Outcome put(Facts facts, ArticleProvenance provenance) {
        return putAll(List.of(new Put(facts, provenance))).get(0);
    }

    /** One article to store. */
    public record Put(Facts facts, ArticleProvenance provenance) {}

    /**
     * Stores several articles in one write transaction, in order, each added, replaced or left
     * unchanged as {@link #put} would. One commit for many articles saves a disk sync and the index
     * blocks TDB2 copies on every commit. When any of them fails, the transaction is abandoned and
     * none of them is stored.
     */
    public List<Outcome> putAll(List<Put> articles) {
        return Txn.calculateWrite(dataset, () -> {
            List<Outcome> outcomes = new ArrayList<>(articles.size());
            for (Put a : articles)
                outcomes.add(write(a.facts(), a.provenance()));
            return outcomes;
        });
    }

    /** Writes one article inside the caller's write transaction. */
    private Outcome write(Facts facts, ArticleProvenance provenance) {
        String id = facts.article().id();
        Node graph = FactMapper.graphName(id);
        Node validation = Iris.validation(id);
        String stored = storedHash(graph);
        if (provenance.contentHash().equals(stored))
            return Outcome.UNCHANGED;
        // Map and check in memory first: a mapping error leaves the store untouched. Events another
        // article already reported (or this one, in an earlier version) keep their IRIs.
        Graph triples = FactMapper.toGraph(facts, provenance, new EventLinker(dataset, id));
        List<Finding> findings = validator.check(id, triples);
        dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        dataset.deleteAny(validation, Node.ANY, Node.ANY, Node.ANY);
        triples.find().forEach(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        if (!findings.isEmpty()) {
            log(id, findings);
            ValidationRecord.write(id, findings, provenance.extractedAt(), StreamRDFLib.dataset(dataset));
        }
        return stored == null ? Outcome.ADDED : Outcome.REPLACED;
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

    private static void log(String id, List<Finding> findings) {
        long violations = findings.stream().filter(Finding::isViolation).count();
        Finding first = findings.stream().filter(Finding::isViolation).findFirst().orElse(findings.get(0));
        String line = "article '" + id + "' does not conform to the NewsKG shapes: " + violations + " violation(s), "
                + (findings.size() - violations) + " warning(s); first: " + first.focusNode() + " "
                + (first.path() == null ? "" : first.path() + " ") + first.message()
                + " (stored anyway; `newskg validate` lists them all)";
        if (violations > 0)
            LOG.warn(line);
        else
            LOG.info(line);
    }
}
