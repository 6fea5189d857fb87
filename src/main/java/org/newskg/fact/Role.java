package org.newskg.fact;

import java.util.Objects;

/**
 * A person's post in an organisation or state, as the article words it.
 *
 * @param title lower case, as worded ("chief financial officer")
 */
public record Role(Entity person, String title, Entity organization, Evidence evidence) {

    public Role {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organization, "organization");
    }
}
