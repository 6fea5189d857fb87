package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Modality;

/**
 * One literal sentence and the event expected from it: at least these names in each role
 * (phrases by a word they contain) and this modality. Written as
 * {@code of("Sentence.", "Type", "role=Name,Name; role=phrase", "modality")}.
 */
record EventCase(String sentence, EventType type, Map<String, List<String>> roles, Modality modality) {

    static EventCase of(String sentence, String type, String roles, String modality) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String part : roles.split(";")) {
            if (part.isBlank())
                continue;
            String[] kv = part.strip().split("=", 2);
            map.put(kv[0], new ArrayList<>(List.of(kv[1].split(","))));
        }
        return new EventCase(sentence, EventType.valueOf(type), map, Modality.valueOf(modality));
    }

    /** The events of the fixture's pipeline for the sentence. */
    List<Event> events() {
        return NewsFixture.annotate(sentence).events();
    }

    /** Whether the sentence gives an event of the case's type, roles and modality. */
    boolean isMetBy(List<Event> events) {
        return events.stream().anyMatch(this::fits);
    }

    private boolean fits(Event e) {
        if (e.type() != type || e.modality() != modality)
            return false;
        for (Map.Entry<String, List<String>> role : roles.entrySet())
            for (String want : role.getValue())
                if (e.role(role.getKey()).stream().noneMatch(a -> a.text().equals(want) || !a.isEntity() && a.text().contains(want)))
                    return false;
        return e.evidence() != null && e.confidence() > 0 && e.confidence() <= 1;
    }

    @Override
    public String toString() {
        return type + ": " + sentence;
    }
}
