package org.newskg.graph;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;
import org.newskg.fact.Modality;
import org.newskg.fact.PartialDate;
import org.newskg.fact.RelationType;
import org.newskg.vocab.NKG;

/** The ontology term for each kind of fact: entity and event classes, relations, roles, modalities. */
final class Types {

    private Types() {}

    private static final Map<String, Node> ENTITY_ROLES = Map.ofEntries(
            Map.entry("event", NKG.hasNamedEvent), Map.entry("organizer", NKG.hasOrganizer),
            Map.entry("sponsor", NKG.hasSponsor), Map.entry("attendee", NKG.hasAttendee),
            Map.entry("speaker", NKG.hasSpeaker), Map.entry("participant", NKG.hasParticipant),
            Map.entry("plaintiff", NKG.hasPlaintiff), Map.entry("defendant", NKG.hasDefendant),
            Map.entry("court", NKG.hasCourt), Map.entry("prosecutor", NKG.hasProsecutor),
            Map.entry("person", NKG.hasPerson), Map.entry("authority", NKG.hasAuthority),
            Map.entry("requester", NKG.hasRequester), Map.entry("custodian", NKG.hasCustodian),
            Map.entry("investigator", NKG.hasInvestigator), Map.entry("target", NKG.hasTarget),
            Map.entry("party", NKG.hasParty), Map.entry("imposer", NKG.hasImposer),
            Map.entry("product", NKG.hasProduct), Map.entry("actor", NKG.hasActor),
            Map.entry("against", NKG.hasOpponent), Map.entry("accuser", NKG.hasAccuser),
            Map.entry("accused", NKG.hasAccused), Map.entry("denier", NKG.hasDenier),
            Map.entry("company", NKG.hasCompany), Map.entry("subject", NKG.hasSubject),
            Map.entry("acquirer", NKG.hasAcquirer), Map.entry("organization", NKG.hasOrganization),
            Map.entry("attacker", NKG.hasAttacker));

    private static final Map<String, Node> PHRASE_ROLES = Map.of(
            "claim", NKG.claim, "charge", NKG.charge, "allegation", NKG.allegation, "scope", NKG.scope,
            "amount", NKG.amount, "title", NKG.title, "subject", NKG.subjectPhrase, "product", NKG.productPhrase);

    static Node of(EntityType type) {
        return NodeFactory.createURI(NKG.NS + type.name());
    }

    static Node of(EventType type) {
        return NodeFactory.createURI(NKG.NS + type.name());
    }

    static Node of(RelationType type) {
        return NodeFactory.createURI(NKG.NS + type.name());
    }

    static Node of(Modality modality) {
        return NodeFactory.createURI(NKG.NS + modality.name());
    }

    /** The property linking an event to an entity in this role. */
    static Node entityRole(String role) {
        Node p = ENTITY_ROLES.get(role);
        if (p == null)
            throw new IllegalArgumentException("no ontology property for entity role '" + role + "'");
        return p;
    }

    /** The property linking an event to a phrase in this role. */
    static Node phraseRole(String role) {
        Node p = PHRASE_ROLES.get(role);
        if (p == null)
            throw new IllegalArgumentException("no ontology property for phrase role '" + role + "'");
        return p;
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the date is known. */
    static Node dateLiteral(PartialDate d) {
        XSDDatatype type = d.hasDay() ? XSDDatatype.XSDdate : d.hasMonth() ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(d.toString(), type);
    }
}
