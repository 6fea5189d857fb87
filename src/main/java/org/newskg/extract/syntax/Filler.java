package org.newskg.extract.syntax;

import java.util.List;
import org.newskg.fact.Entity;

/**
 * What fills a slot of a verb or noun (its subject, object or a prepositional object): the
 * entities it names and where it stands.
 *
 * @param entities  the entities the phrase (or coordinated phrases) stand for, in order
 * @param possessor the owner named by the first phrase ("Huawei's equipment"), or {@code null}
 * @param from      first chunk of the filler
 * @param to        chunk after the last
 */
public record Filler(List<Entity> entities, Entity possessor, int from, int to) {

    public static final Filler NONE = new Filler(List.of(), null, -1, -1);

    public Filler {
        entities = List.copyOf(entities);
    }

    public boolean isEmpty() {
        return entities.isEmpty();
    }

    public boolean exists() {
        return from >= 0;
    }
}
