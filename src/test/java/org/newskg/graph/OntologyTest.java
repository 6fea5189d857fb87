package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;
import org.newskg.fact.Modality;
import org.newskg.fact.RelationType;
import org.newskg.vocab.NKG;

/** The ontology files load cleanly in Jena and say what the fact model and the mapper rely on. */
class OntologyTest {

    static final Path DIR = Path.of("ontology");
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final Node ONTOLOGY_IRI = uri("https://w3id.org/newskg/ontology");
    static final Node VANN_PREFIX = uri("http://purl.org/vocab/vann/preferredNamespacePrefix");
    static final Node VANN_URI = uri("http://purl.org/vocab/vann/preferredNamespaceUri");
    static final Set<Node> DECLARATIONS = Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), RDFS.Datatype.asNode(),
            OWL.NamedIndividual.asNode());

    final Graph ontology = Ontology.graph();

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    static Node nkg(String local) {
        return uri(NKG.NS + local);
    }

    /** Every Turtle file of ontology/ (ontology, shapes, alignments, examples), catalog aside. */
    static List<Path> turtleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    /** A file parsed with Jena's strict error handler: warnings fail too. */
    static Graph strict(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).strict(true).errorHandler(ErrorHandlerFactory.errorHandlerStrictSilent()).parse(g);
        return g;
    }

    /** The classes a domain or range names: itself, or the members of an owl:unionOf. */
    static Set<Node> classesOf(Graph g, Node expr) {
        if (expr.isURI())
            return Set.of(expr);
        Node union = G.getOneSP(g, expr, OWL.unionOf.asNode());
        return Set.copyOf(G.rdfList(g, union));
    }

    private Set<Node> declaredAs(Node type) {
        return Set.copyOf(G.nodesOfTypeAsList(ontology, type));
    }

    private Set<Node> declaredNkgTerms() {
        return ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(NKG.NS)).toSet();
    }

    @Test
    void every_file_parses_without_warnings() throws IOException {
        for (Path f : turtleFiles())
            assertTrue(strict(f).size() > 0, f.toString());
    }

    @Test
    void the_shipped_files_are_the_ones_in_the_folder() throws IOException {
        for (String resource : List.of(Ontology.ONTOLOGY, Ontology.SHAPES)) {
            try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource + " is not on the classpath");
                assertArrayEquals(Files.readAllBytes(Path.of(resource.substring(1))), in.readAllBytes(), resource);
            }
        }
    }

    @Test
    void the_header_names_version_licence_and_prefix() {
        Node version = G.getOneSP(ontology, ONTOLOGY_IRI, OWL.versionInfo.asNode());
        assertEquals(uri("https://w3id.org/newskg/ontology/" + version.getLiteralLexicalForm()),
                G.getOneSP(ontology, ONTOLOGY_IRI, OWL2_VERSION_IRI));
        assertTrue(ontology.contains(ONTOLOGY_IRI, RDF.type.asNode(), OWL.Ontology.asNode()));
        for (Node p : List.of(DCTerms.title.asNode(), DCTerms.description.asNode(), DCTerms.license.asNode(),
                RDFS.label.asNode(), RDFS.comment.asNode()))
            assertTrue(ontology.contains(ONTOLOGY_IRI, p, Node.ANY), "header lacks " + p);
        assertEquals(NKG.PREFIX, G.getOneSP(ontology, ONTOLOGY_IRI, VANN_PREFIX).getLiteralLexicalForm());
        assertEquals(NKG.NS, G.getOneSP(ontology, ONTOLOGY_IRI, VANN_URI).getLiteralLexicalForm());
    }

    static final Node OWL2_VERSION_IRI = uri("http://www.w3.org/2002/07/owl#versionIRI");

    @Test
    void every_term_is_declared_as_exactly_one_kind_of_thing() {
        for (Node term : declaredNkgTerms()) {
            Set<Node> kinds = new HashSet<>(G.typesOfNodeAsList(ontology, term));
            kinds.retainAll(DECLARATIONS);
            boolean concept = ontology.contains(term, RDF.type.asNode(), NKG.Modality)
                    || ontology.contains(term, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
            assertEquals(1, kinds.size(), term + " is declared as " + kinds);
            if (concept)
                assertEquals(Set.of(OWL.NamedIndividual.asNode()), kinds, term.toString());
        }
    }

    @Test
    void no_file_uses_an_nkg_term_the_ontology_does_not_declare() throws IOException {
        Set<Node> declared = declaredNkgTerms();
        for (Path f : turtleFiles()) {
            Set<String> undeclared = new TreeSet<>();
            strict(f).find().forEach(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                    .filter(n -> n.isURI() && n.getURI().startsWith(NKG.NS) && !declared.contains(n))
                    .forEach(n -> undeclared.add(n.getURI())));
            assertEquals(Set.of(), undeclared, f.toString());
        }
    }

    @Test
    void domains_and_ranges_name_declared_classes_and_datatypes() {
        Set<Node> classes = declaredAs(OWL.Class.asNode());
        Set<Node> datatypes = declaredAs(RDFS.Datatype.asNode());
        for (Node p : declaredAs(OWL.ObjectProperty.asNode())) {
            assertTrue(classes.containsAll(classesOf(ontology, G.getOneSP(ontology, p, RDFS.domain.asNode()))), p + " domain");
            assertTrue(classes.containsAll(classesOf(ontology, G.getOneSP(ontology, p, RDFS.range.asNode()))), p + " range");
        }
        for (Node p : declaredAs(OWL.DatatypeProperty.asNode())) {
            assertTrue(classes.containsAll(classesOf(ontology, G.getOneSP(ontology, p, RDFS.domain.asNode()))), p + " domain");
            Node range = G.getOneSP(ontology, p, RDFS.range.asNode());
            assertTrue(datatypes.contains(range) || range.getURI().startsWith(XSD), p + " range " + range);
        }
    }

    @Test
    void the_partial_date_is_a_date_a_month_or_a_year() {
        Node union = G.getOneSP(ontology, NKG.PartialDate, OWL.equivalentClass.asNode());
        assertEquals(Set.of(uri(XSD + "date"), uri(XSD + "gYearMonth"), uri(XSD + "gYear")), classesOf(ontology, union));
    }

    @Test
    void every_entity_type_is_a_class_under_entity() {
        for (EntityType type : EntityType.values()) {
            Node c = Types.of(type);
            assertTrue(G.isOfType(ontology, c, OWL.Class.asNode()), c.toString());
            assertTrue(G.listSuperClasses(ontology, c).contains(NKG.Entity), type + " is not under nkg:Entity");
            assertEquals(type.isOrganization(), G.listSuperClasses(ontology, c).contains(NKG.Organization), type.name());
            assertEquals(type.isActor(), G.listSuperClasses(ontology, c).contains(NKG.Actor), type.name());
        }
    }

    @Test
    void every_event_type_is_a_class_under_event_with_its_roles_as_properties() {
        for (EventType type : EventType.values()) {
            Node c = Types.of(type);
            assertTrue(ontology.contains(c, RDFS.subClassOf.asNode(), NKG.Event), type.name());
            Set<Node> expected = new HashSet<>();
            Stream.concat(type.keyRoles().stream(), type.otherRoles().stream())
                    .forEach(role -> expected.addAll(properties(type, role)));
            assertEquals(expected, participantPropertiesOf(c), type.name());
        }
    }

    /**
     * The properties a facts-JSON role maps to: a phrase role to a datatype property, any other
     * to an object property, and a Deal's subject and a Tariff's product (either, in FORMAT.md) to both.
     */
    private static Set<Node> properties(EventType type, String role) {
        boolean either = (type == EventType.Deal && role.equals("subject"))
                || (type == EventType.Tariff && role.equals("product"));
        if (either)
            return Set.of(Types.entityRole(role), Types.phraseRole(role));
        return Set.of(EventType.isPhraseRole(role) ? Types.phraseRole(role) : Types.entityRole(role));
    }

    /** The properties whose domain names exactly this event class (among others), not nkg:Event itself. */
    private Set<Node> participantPropertiesOf(Node eventClass) {
        Set<Node> ps = new HashSet<>();
        ontology.find(Node.ANY, RDFS.domain.asNode(), Node.ANY).forEach(t -> {
            if (classesOf(ontology, t.getObject()).contains(eventClass))
                ps.add(t.getSubject());
        });
        return ps;
    }

    @Test
    void every_entity_role_is_under_involves_and_every_phrase_role_is_a_string() {
        Set<Node> entityRoles = new HashSet<>(), phraseRoles = new HashSet<>();
        for (EventType type : EventType.values())
            for (String role : Stream.concat(type.keyRoles().stream(), type.otherRoles().stream()).toList())
                for (Node p : properties(type, role))
                    (G.isOfType(ontology, p, OWL.ObjectProperty.asNode()) ? entityRoles : phraseRoles).add(p);
        for (Node p : entityRoles)
            assertTrue(ontology.contains(p, RDFS.subPropertyOf.asNode(), NKG.involves), p.toString());
        for (Node p : phraseRoles)
            assertEquals(uri(XSD + "string"), G.getOneSP(ontology, p, RDFS.range.asNode()), p.toString());
    }

    @Test
    void every_relation_type_and_modality_is_declared() {
        for (RelationType r : RelationType.values())
            assertTrue(G.isOfType(ontology, Types.of(r), OWL.ObjectProperty.asNode()), r.name());
        for (Modality m : Modality.values()) {
            Node concept = Types.of(m);
            assertTrue(ontology.contains(concept, RDF.type.asNode(), NKG.Modality), m.name());
            assertTrue(ontology.contains(concept, SKOS.inScheme.asNode(), NKG.modalities), m.name());
            assertTrue(ontology.contains(NKG.modalities, SKOS.hasTopConcept.asNode(), concept), m.name());
        }
    }

    @Test
    void the_alignments_tie_nkg_to_schema_sem_prov_and_org() {
        Map<String, Triple> expected = Map.of(
                "schema.ttl", Triple.create(NKG.Event, RDFS.subClassOf.asNode(), uri("https://schema.org/Event")),
                "sem.ttl", Triple.create(NKG.Event, RDFS.subClassOf.asNode(), uri("http://semanticweb.cs.vu.nl/2009/11/sem/Event")),
                "prov.ttl", Triple.create(NKG.Ingestion, RDFS.subClassOf.asNode(), uri("http://www.w3.org/ns/prov#Activity")),
                "org.ttl", Triple.create(NKG.Role, RDFS.subClassOf.asNode(), uri("http://www.w3.org/ns/org#Membership")));
        expected.forEach((file, triple) -> {
            Graph g = strict(DIR.resolve("alignments").resolve(file));
            assertTrue(g.contains(triple), file + " lacks " + triple);
            assertTrue(g.contains(Node.ANY, OWL.imports.asNode(), ONTOLOGY_IRI), file + " does not import the ontology");
        });
        assertTrue(strict(DIR.resolve("alignments/org.ttl")).contains(NKG.Post, RDFS.subClassOf.asNode(),
                uri("http://www.w3.org/ns/org#Post")));
    }

    @Test
    void jenas_owl_reasoner_finds_the_ontology_consistent_and_the_examples_wrong_only_in_date_unions() {
        Model onto = ModelFactory.createModelForGraph(ontology);
        ValidityReport alone = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), onto).validate();
        assertTrue(alone.isValid() && alone.isClean(), () -> reports(alone));
        Model data = ModelFactory.createDefaultModel().add(onto);
        Examples.valid().forEach(f -> data.add(ModelFactory.createModelForGraph(Examples.load(f))));
        ValidityReport withData = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), data).validate();
        // Jena's rule reasoners do not know OWL 2 datatype unions, so every partial date is reported
        // against nkg:PartialDate; nothing else may be.
        List<String> other = new java.util.ArrayList<>();
        withData.getReports().forEachRemaining(r -> {
            String text = r.toString();
            boolean dateUnion = r.getType().equals("dtRange") ? text.contains(NKG.PartialDate.getURI())
                    : Stream.of(NKG.date, NKG.startDate, NKG.endDate).anyMatch(p -> text.contains("<" + p.getURI() + ">"));
            if (!dateUnion)
                other.add(text);
        });
        assertEquals(List.of(), other);
    }

    private static String reports(ValidityReport v) {
        StringBuilder b = new StringBuilder();
        v.getReports().forEachRemaining(r -> b.append(r).append('\n'));
        return b.toString();
    }

    @Test
    void every_event_type_has_one_close_cameo_concept() {
        Graph cameo = strict(DIR.resolve("alignments/cameo.ttl"));
        Node scheme = uri("https://w3id.org/newskg/cameo");
        for (EventType type : EventType.values()) {
            List<Node> matches = G.listSP(cameo, Types.of(type), SKOS.closeMatch.asNode());
            assertEquals(1, matches.size(), type + " has " + matches);
            Node concept = matches.get(0);
            String code = concept.getURI().substring("https://w3id.org/newskg/cameo/".length());
            assertTrue(cameo.contains(concept, SKOS.inScheme.asNode(), scheme), code);
            assertEquals(code, G.getOneSP(cameo, concept, SKOS.notation.asNode()).getLiteralLexicalForm());
            Node top = concept;
            while (G.getZeroOrOneSP(cameo, top, SKOS.broader.asNode()) != null)
                top = G.getOneSP(cameo, top, SKOS.broader.asNode());
            assertTrue(cameo.contains(top, SKOS.topConceptOf.asNode(), scheme), code + " has no top concept");
        }
    }

    @Test
    void every_cameo_concept_is_a_real_cameo_code_with_its_label() throws IOException {
        Path codes = Path.of("../shared/gdelt/cameo_lookups/CAMEO.eventcodes.txt");
        assumeTrue(Files.exists(codes), "../shared is absent");
        Map<String, String> cameoLabels = Files.readAllLines(codes, java.nio.charset.StandardCharsets.ISO_8859_1).stream()
                .skip(1).map(l -> l.split("\t", 2)).filter(p -> p.length == 2)
                .collect(Collectors.toMap(p -> p[0].strip(), p -> p[1].strip(), (a, b) -> a));
        Graph cameo = strict(DIR.resolve("alignments/cameo.ttl"));
        List<Node> concepts = G.nodesOfTypeAsList(cameo, SKOS.Concept.asNode());
        assertTrue(concepts.size() >= 20);
        for (Node c : concepts) {
            String code = G.getOneSP(cameo, c, SKOS.notation.asNode()).getLiteralLexicalForm();
            assertTrue(cameoLabels.containsKey(code), code + " is not a CAMEO code");
            String label = G.getOneSP(cameo, c, SKOS.prefLabel.asNode()).getLiteralLexicalForm();
            if (!code.equals("044")) // the GDELT file mangles the quotes around "third"
                assertEquals(cameoLabels.get(code), label, code);
        }
    }
}
