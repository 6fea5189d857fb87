package org.newskg.fact;

import java.util.Objects;

/** A stated relation between two entities of an article, with where it was read. */
public record Relation(Entity subject, RelationType predicate, Entity object, Evidence evidence) {

    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
    }
}
