package org.newskg.fact;

/**
 * The filler of an event role: an entity of the article, or a short phrase for roles such as
 * {@code charge} or {@code amount} (a Deal's subject may be either).
 */
public record Argument(Entity entity, String phrase) {

    public Argument {
        if ((entity == null) == (phrase == null))
            throw new IllegalArgumentException("an argument is an entity or a phrase, not both");
    }

    public static Argument of(Entity entity) {
        return new Argument(entity, null);
    }

    public static Argument of(String phrase) {
        return new Argument(null, phrase);
    }

    public boolean isEntity() {
        return entity != null;
    }

    /** The entity's canonical name or the phrase. */
    public String text() {
        return entity != null ? entity.name() : phrase;
    }
}
