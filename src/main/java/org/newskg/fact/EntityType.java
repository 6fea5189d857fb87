package org.newskg.fact;

/** The twelve kinds of named entity NewsKG recognises (the types of the facts-JSON format). */
public enum EntityType {
    Person, Company, GovernmentBody, Country, InternationalOrganization, Organization,
    Location, Product, Technology, Program, Law, NamedEvent;

    /** Whether an entity of this type can act as an organisation (hold posts, be based somewhere). */
    public boolean isOrganization() {
        return this == Company || this == GovernmentBody || this == InternationalOrganization || this == Organization;
    }

    /** Whether an entity of this type can be an actor in events: a person, an organisation or a state. */
    public boolean isActor() {
        return this == Person || this == Country || isOrganization();
    }

    /** The type named by a catalog or gold file, with a message that lists the valid names. */
    public static EntityType parse(String name) {
        try {
            return valueOf(name.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown entity type '" + name + "'; expected one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
