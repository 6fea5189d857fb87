package org.newskg.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened (or is alleged, denied or only planned), with its participants.
 *
 * @param participants role name to fillers, in the order the roles were found
 * @param date         the date the text ties to it, or {@code null}
 * @param place        where it happened, or {@code null}
 * @param confidence   0..1, the extractor's belief that the event is stated as typed
 * @param extractor    the name of the extractor that found it
 */
public record Event(EventType type, Map<String, List<Argument>> participants, PartialDate date, Entity place,
                    Modality modality, Evidence evidence, double confidence, String extractor) {

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        for (String role : participants.keySet())
            if (!type.hasRole(role))
                throw new IllegalArgumentException(type + " has no role '" + role + "'");
        Map<String, List<Argument>> copy = new LinkedHashMap<>();
        participants.forEach((role, args) -> copy.put(role, List.copyOf(args)));
        participants = java.util.Collections.unmodifiableMap(copy);
    }

    /** The fillers of one role, empty when the role is not filled. */
    public List<Argument> role(String role) {
        return participants.getOrDefault(role, List.of());
    }
}
