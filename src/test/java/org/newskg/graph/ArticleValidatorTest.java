package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Facts;
import org.newskg.fact.Modality;
import org.newskg.fact.Quote;
import org.newskg.vocab.NKG;

class ArticleValidatorTest {

    final ArticleValidator validator = ArticleValidator.standard();

    private static Facts with(List<Event> events, List<Quote> quotes) {
        Facts f = HandBuiltFacts.facts();
        return new Facts(f.article(), f.entities(), List.of(), List.of(), events, quotes, f.extractors());
    }

    private List<String> findings(Facts facts) {
        return validator.check("a", FactMapper.toGraph(facts, HandBuiltFacts.PROVENANCE)).stream()
                .map(f -> f.severityName() + " " + f.shape().getURI().replace("https://w3id.org/newskg/shapes#", "")
                        + " " + (f.path() == null ? "-" : f.path().getLocalName()))
                .toList();
    }

    private static Event lawsuit(Map<String, List<Argument>> roles, boolean withEvidence) {
        return new Event(EventType.Lawsuit, roles, null, null, Modality.asserted,
                withEvidence ? HandBuiltFacts.sentence(0) : null, 0.8, "hand");
    }

    @Test
    void an_event_without_evidence_is_a_violation() {
        Event e = lawsuit(Map.of("plaintiff", List.of(Argument.of(HandBuiltFacts.ACME)),
                "defendant", List.of(Argument.of(HandBuiltFacts.GLOBEX))), false);
        assertEquals(List.of("Violation EventShape evidence"), findings(with(List.of(e), List.of())));
    }

    @Test
    void a_lawsuit_without_plaintiff_is_only_a_warning() {
        Event e = lawsuit(Map.of("defendant", List.of(Argument.of(HandBuiltFacts.GLOBEX))), true);
        List<Finding> found = validator.check("a", FactMapper.toGraph(with(List.of(e), List.of()), HandBuiltFacts.PROVENANCE));
        assertEquals(1, found.size());
        assertEquals(Severity.Warning, found.get(0).severity());
        assertEquals(NKG.hasPlaintiff, found.get(0).path());
    }

    @Test
    void a_quote_said_at_an_event_the_article_does_not_report_is_a_violation() {
        Event unreported = lawsuit(Map.of("defendant", List.of(Argument.of(HandBuiltFacts.GLOBEX))), true);
        Quote q = new Quote(HandBuiltFacts.ZED, "We are ready.", null, HandBuiltFacts.sentence(5), unreported);
        assertEquals(List.of("Violation QuoteShape saidAt"), findings(with(List.of(), List.of(q))));
    }

    @Test
    void a_phrase_where_only_an_entity_fits_breaks_the_closed_event_shape() {
        Event launch = new Event(EventType.ProductLaunch, Map.of("company", List.of(Argument.of(HandBuiltFacts.ACME)),
                "product", List.of(Argument.of("a new phone"))), null, null, Modality.asserted, HandBuiltFacts.sentence(3),
                0.8, "hand");
        assertEquals(List.of("Violation ProductLaunchShape hasProduct", "Violation ProductLaunchShape productPhrase"),
                findings(with(List.of(launch), List.of())).stream().sorted().toList());
    }

    @Test
    void without_the_class_hierarchy_a_company_would_not_count_as_an_actor() {
        Event e = lawsuit(Map.of("plaintiff", List.of(Argument.of(HandBuiltFacts.ACME)),
                "defendant", List.of(Argument.of(HandBuiltFacts.GLOBEX))), true);
        Graph g = FactMapper.toGraph(with(List.of(e), List.of()), HandBuiltFacts.PROVENANCE);
        assertEquals(List.of(), validator.check("a", g));
        ArticleValidator flat = ArticleValidator.of(Ontology.shapes(), GraphFactory.createDefaultGraph());
        assertTrue(flat.check("a", g).stream().anyMatch(f -> NKG.hasPlaintiff.equals(f.path())));
    }
}
