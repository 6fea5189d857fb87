package org.newskg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The NewsKG ontology ({@code ontology/newskg.ttl}) as Jena nodes, local names as written there.
 * A test checks that this class and the ontology declare the same terms.
 */
public final class NKG {

    private NKG() {}

    public static final String NS = "https://w3id.org/newskg/ontology#";
    public static final String PREFIX = "nkg";

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // ---- entities
    public static final Node Entity = term("Entity");
    public static final Node Actor = term("Actor");
    public static final Node Party = term("Party");
    public static final Node Place = term("Place");
    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node Company = term("Company");
    public static final Node GovernmentBody = term("GovernmentBody");
    public static final Node InternationalOrganization = term("InternationalOrganization");
    public static final Node Country = term("Country");
    public static final Node Location = term("Location");
    public static final Node Product = term("Product");
    public static final Node Technology = term("Technology");
    public static final Node Program = term("Program");
    public static final Node Law = term("Law");
    public static final Node NamedEvent = term("NamedEvent");

    // ---- roles and posts
    public static final Node Role = term("Role");
    public static final Node Post = term("Post");
    public static final Node person = term("person");
    public static final Node organization = term("organization");
    public static final Node post = term("post");
    public static final Node postIn = term("postIn");
    public static final Node title = term("title");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node PartialDate = term("PartialDate");

    // ---- relations
    public static final Node RelationStatement = term("RelationStatement");
    public static final Node basedIn = term("basedIn");
    public static final Node makes = term("makes");
    public static final Node subsidiaryOf = term("subsidiaryOf");
    public static final Node memberOf = term("memberOf");
    public static final Node nationalityOf = term("nationalityOf");
    public static final Node operates = term("operates");

    // ---- events
    public static final Node Event = term("Event");
    public static final Node Conference = term("Conference");
    public static final Node Meeting = term("Meeting");
    public static final Node Lawsuit = term("Lawsuit");
    public static final Node Indictment = term("Indictment");
    public static final Node Arrest = term("Arrest");
    public static final Node Extradition = term("Extradition");
    public static final Node Investigation = term("Investigation");
    public static final Node Ruling = term("Ruling");
    public static final Node Fine = term("Fine");
    public static final Node Sanction = term("Sanction");
    public static final Node Ban = term("Ban");
    public static final Node Tariff = term("Tariff");
    public static final Node Lobbying = term("Lobbying");
    public static final Node Accusation = term("Accusation");
    public static final Node Denial = term("Denial");
    public static final Node ProductLaunch = term("ProductLaunch");
    public static final Node Deal = term("Deal");
    public static final Node Acquisition = term("Acquisition");
    public static final Node Appointment = term("Appointment");
    public static final Node Departure = term("Departure");
    public static final Node Cyberattack = term("Cyberattack");

    public static final Node date = term("date");
    public static final Node place = term("place");
    public static final Node modality = term("modality");
    public static final Node confidence = term("confidence");
    public static final Node identityKey = term("identityKey");
    public static final Node extractedBy = term("extractedBy");

    // ---- participant roles (entity-valued, all under involves)
    public static final Node involves = term("involves");
    public static final Node hasNamedEvent = term("hasNamedEvent");
    public static final Node hasOrganizer = term("hasOrganizer");
    public static final Node hasSponsor = term("hasSponsor");
    public static final Node hasAttendee = term("hasAttendee");
    public static final Node hasSpeaker = term("hasSpeaker");
    public static final Node hasParticipant = term("hasParticipant");
    public static final Node hasPlaintiff = term("hasPlaintiff");
    public static final Node hasDefendant = term("hasDefendant");
    public static final Node hasCourt = term("hasCourt");
    public static final Node hasProsecutor = term("hasProsecutor");
    public static final Node hasPerson = term("hasPerson");
    public static final Node hasAuthority = term("hasAuthority");
    public static final Node hasRequester = term("hasRequester");
    public static final Node hasCustodian = term("hasCustodian");
    public static final Node hasInvestigator = term("hasInvestigator");
    public static final Node hasTarget = term("hasTarget");
    public static final Node hasParty = term("hasParty");
    public static final Node hasImposer = term("hasImposer");
    public static final Node hasProduct = term("hasProduct");
    public static final Node hasActor = term("hasActor");
    public static final Node hasOpponent = term("hasOpponent");
    public static final Node hasAccuser = term("hasAccuser");
    public static final Node hasAccused = term("hasAccused");
    public static final Node hasDenier = term("hasDenier");
    public static final Node hasCompany = term("hasCompany");
    public static final Node hasSubject = term("hasSubject");
    public static final Node hasAcquirer = term("hasAcquirer");
    public static final Node hasOrganization = term("hasOrganization");
    public static final Node hasAttacker = term("hasAttacker");

    // ---- phrase attributes
    public static final Node claim = term("claim");
    public static final Node charge = term("charge");
    public static final Node allegation = term("allegation");
    public static final Node scope = term("scope");
    public static final Node amount = term("amount");
    public static final Node subjectPhrase = term("subjectPhrase");
    public static final Node productPhrase = term("productPhrase");

    // ---- modality (a SKOS concept scheme)
    public static final Node Modality = term("Modality");
    public static final Node modalities = term("modalities");
    public static final Node asserted = term("asserted");
    public static final Node alleged = term("alleged");
    public static final Node denied = term("denied");
    public static final Node hypothetical = term("hypothetical");

    // ---- quotes
    public static final Node Quote = term("Quote");
    public static final Node speaker = term("speaker");
    public static final Node text = term("text");
    public static final Node passage = term("passage");
    public static final Node saidAt = term("saidAt");

    // ---- articles, evidence and provenance
    public static final Node mentionedIn = term("mentionedIn");
    public static final Node reportedIn = term("reportedIn");
    public static final Node evidence = term("evidence");
    public static final Node contentHash = term("contentHash");
    public static final Node Ingestion = term("Ingestion");
    public static final Node Extractor = term("Extractor");
    public static final Node version = term("version");
}
