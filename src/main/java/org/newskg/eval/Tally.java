package org.newskg.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of score.py for one article or, summed, for a set: a {@link Count} per section and
 * a {@link Share} per detail, under score.py's names.
 */
public record Tally(Count entities, Count entitiesUntyped, Count roles, Count relations, Count events,
                    Count eventArgs, Count quotes, Share roleTitle, Share eventDate, Share eventModality) {

    /** The sections that macro F1 averages. */
    public static final List<String> SECTIONS = List.of("entities", "roles", "relations", "events", "quotes");

    public static final Tally ZERO = new Tally(Count.ZERO, Count.ZERO, Count.ZERO, Count.ZERO, Count.ZERO,
            Count.ZERO, Count.ZERO, Share.ZERO, Share.ZERO, Share.ZERO);

    public Tally plus(Tally o) {
        return new Tally(entities.plus(o.entities), entitiesUntyped.plus(o.entitiesUntyped), roles.plus(o.roles),
                relations.plus(o.relations), events.plus(o.events), eventArgs.plus(o.eventArgs), quotes.plus(o.quotes),
                roleTitle.plus(o.roleTitle), eventDate.plus(o.eventDate), eventModality.plus(o.eventModality));
    }

    /** The counts by score.py's key, in its order. */
    public Map<String, Count> counts() {
        Map<String, Count> m = new LinkedHashMap<>();
        m.put("entities", entities);
        m.put("entities_untyped", entitiesUntyped);
        m.put("roles", roles);
        m.put("relations", relations);
        m.put("events", events);
        m.put("event_args", eventArgs);
        m.put("quotes", quotes);
        return m;
    }

    /** The shares by score.py's key, in its order. */
    public Map<String, Share> shares() {
        Map<String, Share> m = new LinkedHashMap<>();
        m.put("role_title", roleTitle);
        m.put("event_date", eventDate);
        m.put("event_modality", eventModality);
        return m;
    }

    /** The mean F1 of the five sections; a section with nothing in gold or prediction counts as 1. */
    public double macroF1() {
        double sum = 0;
        for (String s : SECTIONS) {
            Double f1 = counts().get(s).f1();
            sum += f1 == null ? 1.0 : f1;
        }
        return Round.places(sum / SECTIONS.size(), 4);
    }
}
