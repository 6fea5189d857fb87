package org.newskg.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The facts of one article as the scorer sees them, read from a facts-JSON object (gold or
 * predicted). Absent values are {@code null} or empty, as score.py's {@code .get} reads them.
 */
public record Sheet(String id, List<Entity> entities, List<Role> roles, List<Relation> relations,
                    List<Event> events, List<Quote> quotes) {

    /** A gold or predicted item; a gold item may be optional. */
    public interface Item {
        boolean optional();
    }

    public record Entity(String name, String type, List<String> aliases, List<String> typeAlternatives,
                         boolean optional) implements Item {
        @Override
        public String toString() {
            return name + " (" + type + ")";
        }
    }

    public record Role(String person, String title, List<String> titleAlternatives, String organization,
                       boolean optional) implements Item {
        @Override
        public String toString() {
            return person + ", " + title + ", " + organization;
        }
    }

    public record Relation(String subject, String predicate, String object, boolean optional) implements Item {
        @Override
        public String toString() {
            return subject + " " + predicate + " " + object;
        }
    }

    /** @param participants role to names (or phrases), in the order the file gives them */
    public record Event(String type, Map<String, List<String>> participants, String date, String modality,
                        boolean optional) implements Item {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(String.valueOf(type));
            participants.forEach((role, names) -> b.append(' ').append(role).append('=').append(names));
            return b.append(" date=").append(date).append(" modality=").append(modality).toString();
        }
    }

    public record Quote(String speaker, String text, boolean optional) implements Item {
        @Override
        public String toString() {
            String t = String.valueOf(text);
            return speaker + ": \"" + (t.length() > 80 ? t.substring(0, 77) + "..." : t) + "\"";
        }
    }

    public Sheet {
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /** An article with no facts: what a missing prediction scores as. */
    public static Sheet empty(String id) {
        return new Sheet(id, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Reads one facts-JSON object.
     *
     * @throws IllegalArgumentException when it has no {@code article.id}
     */
    public static Sheet of(JsonObject o) {
        JsonObject article = o.get("article") instanceof JsonObject a ? a : null;
        String id = article == null ? null : string(article.get("id"));
        if (id == null)
            throw new IllegalArgumentException("a facts-JSON object has no article.id; every object needs "
                    + "{\"article\": {\"id\": ...}}");
        return new Sheet(id,
                items(o, "entities", e -> new Entity(string(e, "name"), string(e, "type"), strings(e.get("aliases")),
                        strings(e.get("type_alternatives")), optional(e))),
                items(o, "roles", r -> new Role(string(r, "person"), string(r, "title"),
                        strings(r.get("title_alternatives")), string(r, "organization"), optional(r))),
                items(o, "relations", r -> new Relation(string(r, "subject"), string(r, "predicate"),
                        string(r, "object"), optional(r))),
                items(o, "events", e -> new Event(string(e, "type"), participants(e.get("participants")),
                        string(e, "date"), string(e, "modality"), optional(e))),
                items(o, "quotes", q -> new Quote(string(q, "speaker"), string(q, "text"), optional(q))));
    }

    private static <T> List<T> items(JsonObject o, String key, Function<JsonObject, T> read) {
        List<T> out = new ArrayList<>();
        if (o.get(key) instanceof JsonArray a)
            for (JsonElement e : a)
                if (e instanceof JsonObject item)
                    out.add(read.apply(item));
        return out;
    }

    private static Map<String, List<String>> participants(JsonElement e) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (e instanceof JsonObject o)
            o.entrySet().forEach(role -> out.put(role.getKey(), strings(role.getValue())));
        return Collections.unmodifiableMap(out);
    }

    private static String string(JsonObject o, String key) {
        return string(o.get(key));
    }

    /** A JSON scalar as text (numbers as written); {@code null} for null, absent or non-scalar. */
    private static String string(JsonElement e) {
        return e instanceof JsonPrimitive p ? p.getAsString() : null;
    }

    private static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e instanceof JsonArray a)
            a.forEach(v -> out.add(string(v)));
        return Collections.unmodifiableList(out);
    }

    /** Python's truth value of the item's {@code optional} key. */
    private static boolean optional(JsonObject o) {
        JsonElement e = o.get("optional");
        if (e instanceof JsonPrimitive p) {
            if (p.isBoolean())
                return p.getAsBoolean();
            if (p.isNumber())
                return p.getAsDouble() != 0;
            return !p.getAsString().isEmpty();
        }
        if (e instanceof JsonArray a)
            return !a.isEmpty();
        return e instanceof JsonObject obj && !obj.isEmpty();
    }
}
