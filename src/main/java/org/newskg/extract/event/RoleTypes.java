package org.newskg.extract.event;

import java.util.Set;
import org.newskg.extract.syntax.Referents;
import org.newskg.fact.Entity;
import org.newskg.fact.EntityType;
import org.newskg.fact.EventType;

/** Which kinds of entity may fill which role: a person is arrested, a court rules, a product is launched. */
final class RoleTypes {

    /** Roles whose filler acts or is acted on as a party: people, organisations, states (and US states). */
    private static final Set<String> PERSON_ROLES = Set.of("person");

    /** Roles that a doer fills, and to which an official's organisation or state is added. */
    static final Set<String> SPEAKING_FOR = Set.of("accuser", "denier", "actor", "plaintiff", "prosecutor",
            "requester", "investigator", "authority", "imposer");

    /** Roles of speech, where any post the article gives a person says whom they speak for. */
    static final Set<String> SPEECH = Set.of("accuser", "denier", "actor");

    private RoleTypes() {}

    static boolean fits(EventType type, String role, Entity e) {
        EntityType t = e.type();
        if (PERSON_ROLES.contains(role))
            return t == EntityType.Person;
        return switch (role) {
            case "court" -> Referents.isCourt(e);
            case "product" -> t == EntityType.Product || t == EntityType.Technology;
            case "event" -> t == EntityType.NamedEvent || t == EntityType.InternationalOrganization;
            case "subject" -> true;
            case "organization" -> t.isOrganization() || t == EntityType.Country;
            case "participant", "party" -> t.isActor() || t == EntityType.Location;
            default -> t.isActor() || t == EntityType.Location && type != EventType.Conference;
        };
    }
}
