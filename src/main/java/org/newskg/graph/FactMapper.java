package org.newskg.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newskg.NewsKG;
import org.newskg.article.Article;
import org.newskg.fact.Argument;
import org.newskg.fact.Entity;
import org.newskg.fact.Event;
import org.newskg.fact.Evidence;
import org.newskg.fact.Facts;
import org.newskg.fact.Quote;
import org.newskg.fact.Relation;
import org.newskg.fact.Role;
import org.newskg.vocab.NKG;
import org.newskg.vocab.PROV;

/**
 * Maps one article's {@link Facts} to RDF quads in the article's own named graph: the article
 * and its provenance, then every entity, role, relation, event and quote with its evidence.
 */
public final class FactMapper {

    private final Facts facts;
    private final ArticleProvenance provenance;
    private final StreamRDF out;
    private final Node graph;
    private final Node article;
    private final Set<Node> evidenceWritten = new HashSet<>();

    private FactMapper(Facts facts, ArticleProvenance provenance, StreamRDF out) {
        this.facts = facts;
        this.provenance = provenance;
        this.out = out;
        this.article = Iris.article(facts.article().id());
        this.graph = article;
    }

    /** Writes the quads of one article to {@code out}, in the graph named by the article's IRI. */
    public static void write(Facts facts, ArticleProvenance provenance, StreamRDF out) {
        new FactMapper(facts, provenance, out).write();
    }

    /** The name of the graph that holds an article's facts. */
    public static Node graphName(String articleId) {
        return Iris.article(articleId);
    }

    private void write() {
        writeArticle();
        writeProvenance();
        facts.entities().forEach(this::writeEntity);
        facts.roles().forEach(this::writeRole);
        facts.relations().forEach(this::writeRelation);
        facts.events().forEach(this::writeEvent);
        facts.quotes().forEach(this::writeQuote);
    }

    private void writeArticle() {
        Article a = facts.article();
        add(article, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        add(article, SchemaDO.identifier.asNode(), literal(a.id()));
        if (a.title() != null)
            add(article, SchemaDO.headline.asNode(), literal(a.title()));
        if (a.published() != null)
            add(article, SchemaDO.datePublished.asNode(), typed(a.published().toString(), XSDDatatype.XSDdate));
        if (a.url() != null)
            add(article, SchemaDO.url.asNode(), NodeFactory.createURI(a.url()));
        if (a.source() != null)
            add(article, SchemaDO.publisher.asNode(), literal(a.source()));
        add(article, SchemaDO.text.asNode(), literal(a.document()));
        add(article, NKG.contentHash, literal(provenance.contentHash()));
    }

    private void writeProvenance() {
        Node run = Iris.ingestion(facts.article().id());
        add(run, RDF.type.asNode(), PROV.Activity);
        add(run, RDF.type.asNode(), NKG.Ingestion);
        add(run, PROV.used, article);
        add(run, PROV.endedAtTime, typed(provenance.extractedAt().toString(), XSDDatatype.XSDdateTime));
        add(article, PROV.wasGeneratedBy, run);
        for (String name : facts.extractors()) {
            Node agent = Iris.extractor(name, NewsKG.VERSION);
            add(run, PROV.wasAssociatedWith, agent);
            add(agent, RDF.type.asNode(), NKG.Extractor);
            add(agent, RDFS.label.asNode(), literal(name));
            add(agent, NKG.version, literal(NewsKG.VERSION));
        }
    }

    private void writeEntity(Entity e) {
        Node node = Iris.entity(e);
        add(node, RDF.type.asNode(), Types.of(e.type()));
        add(node, RDFS.label.asNode(), literal(e.name()));
        for (String alias : e.aliases())
            add(node, SKOS.altLabel.asNode(), literal(alias));
        if (e.wikidata() != null)
            add(node, OWL.sameAs.asNode(), Iris.wikidata(e.wikidata()));
        add(node, NKG.mentionedIn, article);
    }

    private void writeRole(Role r) {
        Node person = Iris.entity(r.person()), org = Iris.entity(r.organization());
        Node node = Iris.hashed("role", person.getURI(), org.getURI(), r.title() == null ? "" : r.title());
        add(node, RDF.type.asNode(), NKG.Role);
        add(node, NKG.person, person);
        add(node, NKG.organization, org);
        if (r.title() != null)
            add(node, NKG.title, literal(r.title()));
        reported(node, r.evidence());
    }

    private void writeRelation(Relation r) {
        Node s = Iris.entity(r.subject()), o = Iris.entity(r.object());
        Node p = Types.of(r.predicate());
        add(s, p, o);
        Node statement = Iris.hashed("relation", s.getURI(), p.getURI(), o.getURI());
        add(statement, RDF.type.asNode(), NKG.RelationStatement);
        add(statement, RDF.subject.asNode(), s);
        add(statement, RDF.predicate.asNode(), p);
        add(statement, RDF.object.asNode(), o);
        reported(statement, r.evidence());
    }

    private void writeEvent(Event e) {
        Node node = EventIdentity.iri(e);
        add(node, RDF.type.asNode(), Types.of(e.type()));
        for (Map.Entry<String, List<Argument>> role : e.participants().entrySet()) {
            for (Argument arg : role.getValue()) {
                if (arg.isEntity())
                    add(node, Types.entityRole(role.getKey()), Iris.entity(arg.entity()));
                else
                    add(node, Types.phraseRole(role.getKey()), literal(arg.phrase()));
            }
        }
        if (e.date() != null)
            add(node, NKG.date, Types.dateLiteral(e.date()));
        if (e.place() != null)
            add(node, NKG.place, Iris.entity(e.place()));
        add(node, NKG.modality, Types.of(e.modality()));
        add(node, NKG.confidence, typed(Double.toString(e.confidence()), XSDDatatype.XSDdecimal));
        if (e.extractor() != null)
            add(node, NKG.extractedBy, Iris.extractor(e.extractor(), NewsKG.VERSION));
        reported(node, e.evidence());
    }

    private void writeQuote(Quote q) {
        Node node = Iris.hashed("quote", facts.article().id(), Integer.toString(q.span().start()), q.text());
        add(node, RDF.type.asNode(), NKG.Quote);
        add(node, NKG.speaker, Iris.entity(q.speaker()));
        add(node, NKG.text, literal(q.text()));
        reported(node, q.evidence());
    }

    /** Links a fact to the article that reports it and to the sentence it was read from. */
    private void reported(Node fact, Evidence evidence) {
        add(fact, NKG.reportedIn, article);
        if (evidence == null)
            return;
        Node ev = Iris.hashed("evidence", facts.article().id(),
                Integer.toString(evidence.span().start()), Integer.toString(evidence.span().end()));
        add(fact, NKG.evidence, ev);
        if (!evidenceWritten.add(ev))
            return;
        add(ev, RDF.type.asNode(), OA.SpecificResource.asNode());
        add(ev, OA.hasSource.asNode(), article);
        Node position = NodeFactory.createBlankNode();
        add(ev, OA.hasSelector.asNode(), position);
        add(position, RDF.type.asNode(), OA.TextPositionSelector.asNode());
        add(position, OA.start.asNode(), typed(Integer.toString(evidence.span().start()), XSDDatatype.XSDnonNegativeInteger));
        add(position, OA.end.asNode(), typed(Integer.toString(evidence.span().end()), XSDDatatype.XSDnonNegativeInteger));
        Node quote = NodeFactory.createBlankNode();
        add(ev, OA.hasSelector.asNode(), quote);
        add(quote, RDF.type.asNode(), OA.TextQuoteSelector.asNode());
        add(quote, OA.exact.asNode(), literal(evidence.sentence()));
    }

    private void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
