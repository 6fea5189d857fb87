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

    /** Other roles that a doer fills. */
    static final Set<String> OTHER_DOERS = Set.of("acquirer", "company", "court", "attacker", "custodian");

    /** Words that name a gathering: a conference, summit, congress or show. */
    private static final Set<String> GATHERING_WORDS = Set.of("congress", "conference", "summit", "forum", "expo",
            "fair", "convention", "symposium", "meeting", "davos", "ces", "dialogue", "exhibition", "mwc", "talks",
            "meet", "trade show", "air show", "motor show", "auto show", "electronics show");

    /** Roles of speech, where any post the article gives a person says whom they speak for. */
    static final Set<String> SPEECH = Set.of("accuser", "denier", "actor");

    private RoleTypes() {}

    /** Whether a named event is a gathering by its name ("Mobile World Congress", "G20 summit"), not a war or a cup. */
    static boolean isGathering(Entity e) {
        java.util.List<String> names = new java.util.ArrayList<>(e.aliases());
        names.add(e.name());
        for (String name : names) {
            String[] words = name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+");
            for (int i = 0; i < words.length; i++)
                if (GATHERING_WORDS.contains(words[i]) || i > 0 && GATHERING_WORDS.contains(words[i - 1] + " " + words[i]))
                    return true;
        }
        return false;
    }

    static boolean fits(EventType type, String role, Entity e) {
        EntityType t = e.type();
        if (PERSON_ROLES.contains(role))
            return t == EntityType.Person;
        return switch (role) {
            case "court" -> Referents.isCourt(e); // a judge comes in only through Courts
            case "product" -> t == EntityType.Product || t == EntityType.Technology;
            case "target" -> type != EventType.Acquisition ? t.isActor() || t == EntityType.Location
                    : t != EntityType.Person && t != EntityType.Country && t != EntityType.NamedEvent; // a firm, a brand or a site is bought; a player or a state is not
            case "event" -> t == EntityType.NamedEvent && isGathering(e) || t == EntityType.InternationalOrganization;
            case "subject" -> true;
            case "organization" -> (t.isOrganization() || t == EntityType.Country) && !Referents.isCourt(e); // a court removes, it does not employ
            case "participant", "party" -> t.isActor() || t == EntityType.Location;
            default -> t.isActor() || t == EntityType.Location && type != EventType.Conference;
        };
    }
}
