package org.newskg.graph;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
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
import org.newskg.fact.Span;
import org.newskg.vocab.NKG;
import org.newskg.vocab.PROV;

/**
 * Maps one article's {@link Facts} to RDF quads in the article's own named graph: the article
 * and its provenance, then every entity, role, relation, event and quote with the passages of the
 * article they were read from (W3C Web Annotation specific resources).
 */
public final class FactMapper {

    private final Facts facts;
    private final ArticleProvenance provenance;
    private final StreamRDF out;
    private final Node graph;
    private final Node article;
    private final String document;
    private final CodePoints codePoints;
    private final Set<Node> passagesWritten = new HashSet<>();
    private final Function<Event, Node> eventIris;

    private FactMapper(Facts facts, ArticleProvenance provenance, Function<Event, Node> eventIris, StreamRDF out) {
        this.facts = facts;
        this.provenance = provenance;
        this.eventIris = eventIris;
        this.out = out;
        this.article = Iris.article(facts.article().id());
        this.graph = article;
        this.document = facts.article().document();
        this.codePoints = new CodePoints(document);
    }

    /**
     * Writes the quads of one article to {@code out}, in the graph named by the article's IRI,
     * with event IRIs minted from the events alone.
     */
    public static void write(Facts facts, ArticleProvenance provenance, StreamRDF out) {
        write(facts, provenance, EventLinker.unlinked(facts.article().id()), out);
    }

    /** Writes the quads of one article, naming its events with {@code eventIris} (see {@link EventLinker}). */
    public static void write(Facts facts, ArticleProvenance provenance, Function<Event, Node> eventIris, StreamRDF out) {
        new FactMapper(facts, provenance, eventIris, out).write();
    }

    /** The triples of one article's graph, in memory (to validate before storing). */
    public static Graph toGraph(Facts facts, ArticleProvenance provenance) {
        return toGraph(facts, provenance, EventLinker.unlinked(facts.article().id()));
    }

    /** The triples of one article's graph, in memory, its events named by {@code eventIris}. */
    public static Graph toGraph(Facts facts, ArticleProvenance provenance, Function<Event, Node> eventIris) {
        Graph g = GraphFactory.createDefaultGraph();
        write(facts, provenance, eventIris, GraphSink.of(g));
        return g;
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
            add(article, SchemaDO.url.asNode(), url(a.url()));
        if (a.source() != null)
            add(article, SchemaDO.publisher.asNode(), literal(a.source()));
        add(article, SchemaDO.text.asNode(), literal(document));
        add(article, NKG.contentHash, literal(provenance.contentHash()));
    }

    /** The ingestion run: which article it used, when it ended, which extractors (at which version) ran. */
    private void writeProvenance() {
        Node run = Iris.ingestion(facts.article().id());
        add(run, RDF.type.asNode(), PROV.Activity);
        add(run, RDF.type.asNode(), NKG.Ingestion);
        add(run, PROV.used, article);
        add(run, PROV.endedAtTime, typed(provenance.extractedAt().toString(), XSDDatatype.XSDdateTime));
        Set<String> extractors = new LinkedHashSet<>(facts.extractors());
        facts.events().stream().map(Event::extractor).filter(Objects::nonNull).forEach(extractors::add);
        for (String name : extractors) {
            Node agent = Iris.extractor(name, NewsKG.VERSION);
            add(run, PROV.wasAssociatedWith, agent);
            add(agent, RDF.type.asNode(), PROV.SoftwareAgent);
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
        for (Span mention : e.mentions())
            add(node, NKG.evidence, passage(mention, textAt(mention)));
    }

    private void writeRole(Role r) {
        Node person = Iris.entity(r.person()), org = Iris.entity(r.organization());
        Node node = Iris.role(person, org, r.title());
        add(node, RDF.type.asNode(), NKG.Role);
        add(node, NKG.person, person);
        add(node, NKG.organization, org);
        if (r.title() != null && !r.title().isBlank()) {
            add(node, NKG.title, literal(r.title()));
            Node post = Iris.post(org, r.title());
            add(node, NKG.post, post);
            add(post, RDF.type.asNode(), NKG.Post);
            add(post, NKG.postIn, org);
            // One title per post, however the roles that hold it spell it.
            add(post, NKG.title, literal(r.title().strip().toLowerCase(Locale.ROOT)));
            add(post, NKG.reportedIn, article);
        }
        reported(node, r.evidence());
    }

    private void writeRelation(Relation r) {
        Node s = Iris.entity(r.subject()), o = Iris.entity(r.object());
        Node p = Types.of(r.predicate());
        add(s, p, o);
        Node statement = Iris.relation(s, p, o);
        add(statement, RDF.type.asNode(), NKG.RelationStatement);
        add(statement, RDF.subject.asNode(), s);
        add(statement, RDF.predicate.asNode(), p);
        add(statement, RDF.object.asNode(), o);
        reported(statement, r.evidence());
    }

    private void writeEvent(Event e) {
        Node node = eventIris.apply(e);
        add(node, RDF.type.asNode(), Types.of(e.type()));
        Map<Node, Set<Node>> key = EventIdentity.key(e);
        if (EventIdentity.hasKey(key))
            add(node, NKG.identityKey, literal(EventIdentity.keyString(e, key)));
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
        add(node, NKG.confidence, decimal(e.confidence()));
        if (e.extractor() != null)
            add(node, NKG.extractedBy, Iris.extractor(e.extractor(), NewsKG.VERSION));
        reported(node, e.evidence());
    }

    private void writeQuote(Quote q) {
        Node node = Iris.quote(facts.article().id(), q.span() == null ? -1 : q.span().start(), q.text());
        add(node, RDF.type.asNode(), NKG.Quote);
        add(node, NKG.speaker, Iris.entity(q.speaker()));
        add(node, NKG.text, literal(q.text()));
        if (q.span() != null)
            add(node, NKG.passage, passage(q.span(), textAt(q.span())));
        if (q.saidAt() != null)
            add(node, NKG.saidAt, eventIris.apply(q.saidAt()));
        reported(node, q.evidence());
    }

    /** Links a fact to the article that reports it and to the sentence it was read from. */
    private void reported(Node fact, Evidence evidence) {
        add(fact, NKG.reportedIn, article);
        if (evidence != null)
            add(fact, NKG.evidence, passage(evidence.span(), evidence.sentence()));
    }

    /**
     * A passage of the article as a Web Annotation specific resource, written once per article:
     * its offsets (in code points) and its text, so it can be found again even if offsets drift.
     */
    private Node passage(Span span, String exact) {
        Node node = Iris.passage(facts.article().id(), span);
        if (!passagesWritten.add(node))
            return node;
        add(node, RDF.type.asNode(), OA.SpecificResource.asNode());
        add(node, OA.hasSource.asNode(), article);
        Node position = Iris.selector(node, "position");
        add(node, OA.hasSelector.asNode(), position);
        add(position, RDF.type.asNode(), OA.TextPositionSelector.asNode());
        add(position, OA.start.asNode(), nonNegative(codePoints.offset(span.start())));
        add(position, OA.end.asNode(), nonNegative(codePoints.offset(span.end())));
        Node quote = Iris.selector(node, "quote");
        add(node, OA.hasSelector.asNode(), quote);
        add(quote, RDF.type.asNode(), OA.TextQuoteSelector.asNode());
        add(quote, OA.exact.asNode(), literal(exact));
        return node;
    }

    private String textAt(Span span) {
        if (span.end() > document.length())
            throw new IllegalArgumentException("span [" + span.start() + ", " + span.end() + ") of article '"
                    + facts.article().id() + "' runs past the end of its text (length " + document.length() + ")");
        return span.of(document);
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

    private static Node nonNegative(int n) {
        return typed(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    /** xsd:decimal has no exponent: 1.0E-4 is written 0.0001. */
    private static Node decimal(double d) {
        if (!Double.isFinite(d))
            throw new IllegalArgumentException("confidence " + d + " is not a number");
        return typed(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    /** An absolute IRI as a node; anything else as text (the shapes flag it as a warning). */
    private static Node url(String url) {
        try {
            if (IRIx.create(url).isAbsolute())
                return NodeFactory.createURI(url);
        } catch (IRIException e) {
            // fall through: keep the text so nothing the source gave is lost
        }
        return literal(url);
    }
}
