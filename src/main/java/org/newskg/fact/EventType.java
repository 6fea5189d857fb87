package org.newskg.fact;

import java.util.List;
import java.util.Set;

/**
 * The kinds of event NewsKG extracts, each with the participant roles that identify it (key
 * roles) and the roles that add detail, as in the facts-JSON format.
 */
public enum EventType {
    Conference(List.of("event"), List.of("organizer", "sponsor", "attendee", "speaker")),
    Meeting(List.of("participant"), List.of()),
    Lawsuit(List.of("plaintiff", "defendant"), List.of("court", "claim")),
    Indictment(List.of("defendant", "prosecutor"), List.of("charge")),
    Arrest(List.of("person"), List.of("authority")),
    Extradition(List.of("person", "requester"), List.of("custodian")),
    Investigation(List.of("investigator", "target"), List.of()),
    Ruling(List.of("court"), List.of("party")),
    Fine(List.of("authority", "target"), List.of("amount")),
    Sanction(List.of("imposer", "target"), List.of()),
    Ban(List.of("imposer", "target"), List.of("scope")),
    Tariff(List.of("imposer", "target"), List.of("product")),
    Lobbying(List.of("actor", "target"), List.of("against")),
    Accusation(List.of("accuser", "accused"), List.of("allegation")),
    Denial(List.of("denier"), List.of("allegation")),
    ProductLaunch(List.of("company", "product"), List.of()),
    Deal(List.of("party"), List.of("subject", "amount")),
    Acquisition(List.of("acquirer", "target"), List.of("amount")),
    Appointment(List.of("person", "organization"), List.of("title")),
    Departure(List.of("person", "organization"), List.of("title")),
    Cyberattack(List.of("target"), List.of("attacker"));

    /** Roles whose values are short phrases rather than entity names. */
    private static final Set<String> PHRASE_ROLES = Set.of("charge", "claim", "allegation", "scope", "amount", "title");

    private final List<String> keyRoles;
    private final List<String> otherRoles;

    EventType(List<String> keyRoles, List<String> otherRoles) {
        this.keyRoles = keyRoles;
        this.otherRoles = otherRoles;
    }

    public List<String> keyRoles() {
        return keyRoles;
    }

    public List<String> otherRoles() {
        return otherRoles;
    }

    public boolean hasRole(String role) {
        return keyRoles.contains(role) || otherRoles.contains(role);
    }

    /** Whether the role holds a phrase ("theft of trade secrets") rather than an entity. */
    public static boolean isPhraseRole(String role) {
        return PHRASE_ROLES.contains(role);
    }
}
