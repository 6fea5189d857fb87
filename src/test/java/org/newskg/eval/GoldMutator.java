package org.newskg.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Turns gold facts into a plausible, imperfect prediction, reproducibly from a seed: facts dropped,
 * renamed to aliases, retyped, re-titled, re-dated, truncated, duplicated, shuffled and invented,
 * so that every matching rule of the scorer is exercised on real gold files.
 */
final class GoldMutator {

    private static final String[] TYPES = {"Person", "Company", "GovernmentBody", "Country", "Organization",
            "Location", "Product", "Technology", "Law", "NamedEvent"};
    private static final String[] MODALITIES = {"asserted", "alleged", "denied", "hypothetical"};

    private final Random random;

    GoldMutator(long seed) {
        this.random = new Random(seed);
    }

    /** A prediction for the article, or {@code null} to leave the article without one. */
    JsonObject mutate(JsonObject gold) {
        if (chance(0.05))
            return null;
        JsonObject p = gold.deepCopy();
        List<String> names = new ArrayList<>();
        for (JsonElement e : array(p, "entities"))
            names.add(str(e.getAsJsonObject(), "name"));
        names.add("Acme Holdings");
        p.add("entities", each(array(p, "entities"), this::entity, () -> {
            JsonObject e = new JsonObject();
            e.addProperty("name", "Invented " + random.nextInt(5));
            e.addProperty("type", pick(TYPES));
            return e;
        }));
        p.add("roles", each(array(p, "roles"), r -> {
            if (chance(0.2))
                r.addProperty("title", chance(0.3) ? "chief" : chance(0.5) ? "Deputy " + str(r, "title") : truncate(str(r, "title")));
            if (chance(0.1))
                r.addProperty("person", pick(names));
            if (chance(0.1))
                r.addProperty("organization", lower(str(r, "organization")));
        }, () -> role(pick(names), pick(names))));
        p.add("relations", each(array(p, "relations"), r -> {
            if (chance(0.1))
                r.addProperty("predicate", chance(0.5) ? "makes" : "memberOf");
            if (chance(0.1))
                r.addProperty("object", pick(names));
        }, () -> relation(pick(names), pick(names))));
        p.add("events", each(array(p, "events"), e -> event(e, names), () -> {
            JsonObject e = new JsonObject();
            e.addProperty("type", "Meeting");
            JsonObject parts = new JsonObject();
            parts.add("participant", strings(pick(names), pick(names)));
            e.add("participants", parts);
            return e;
        }));
        p.add("quotes", each(array(p, "quotes"), q -> {
            if (chance(0.25))
                q.addProperty("text", truncate(str(q, "text")));
            if (chance(0.3))
                q.addProperty("text", garble(str(q, "text")));
            if (chance(0.1))
                q.addProperty("speaker", pick(names));
        }, () -> {
            JsonObject q = new JsonObject();
            q.addProperty("speaker", pick(names));
            q.addProperty("text", "Nothing anyone said at all " + random.nextInt(3));
            return q;
        }));
        return p;
    }

    private void entity(JsonObject e) {
        JsonArray aliases = e.get("aliases") instanceof JsonArray a ? a : new JsonArray();
        if (chance(0.2) && !aliases.isEmpty())
            e.add("name", aliases.get(random.nextInt(aliases.size())));
        if (chance(0.1))
            e.addProperty("type", pick(TYPES));
        if (chance(0.1))
            e.addProperty("name", "the " + lower(str(e, "name")) + "'s");
        if (chance(0.3))
            e.remove("aliases");
        if (chance(0.5))
            e.remove("type_alternatives");
    }

    private void event(JsonObject e, List<String> names) {
        if (chance(0.1))
            e.addProperty("type", chance(0.5) ? "Accusation" : "Ban");
        if (e.get("participants") instanceof JsonObject parts) {
            for (String role : new ArrayList<>(parts.keySet())) {
                JsonArray values = parts.get(role) instanceof JsonArray a ? a : new JsonArray();
                if (chance(0.1) && !values.isEmpty())
                    values.remove(random.nextInt(values.size()));
                if (chance(0.1))
                    values.add(pick(names));
                if (chance(0.1) && !values.isEmpty())
                    values.set(0, new JsonPrimitive(truncate(values.get(0).isJsonNull() ? "" : values.get(0).getAsString())));
                if (chance(0.05))
                    parts.remove(role);
            }
        }
        if (chance(0.2))
            e.add("date", chance(0.3) ? JsonNull.INSTANCE : new JsonPrimitive(chance(0.5) ? "2019" : "2019-03-05"));
        if (chance(0.2))
            e.addProperty("modality", pick(MODALITIES));
    }

    /** Mutates each item in place, drops some, duplicates some, adds an invented one, and may shuffle. */
    private JsonArray each(JsonArray items, java.util.function.Consumer<JsonObject> mutate,
                           java.util.function.Supplier<JsonObject> invent) {
        List<JsonElement> out = new ArrayList<>();
        for (JsonElement e : items) {
            if (chance(0.15))
                continue;
            if (chance(0.5) && e instanceof JsonObject o)
                o.remove("optional");
            mutate.accept(e.getAsJsonObject());
            out.add(e);
            if (chance(0.05))
                out.add(e.deepCopy());
        }
        if (chance(0.6))
            out.add(invent.get());
        if (chance(0.3))
            Collections.shuffle(out, random);
        JsonArray a = new JsonArray();
        out.forEach(a::add);
        return a;
    }

    private JsonObject role(String person, String org) {
        JsonObject r = new JsonObject();
        r.addProperty("person", person);
        r.addProperty("title", "spokesman");
        r.addProperty("organization", org);
        return r;
    }

    private JsonObject relation(String s, String o) {
        JsonObject r = new JsonObject();
        r.addProperty("subject", s);
        r.addProperty("predicate", "basedIn");
        r.addProperty("object", o);
        return r;
    }

    private String truncate(String text) {
        List<String> words = List.of(text.split(" "));
        int keep = Math.max(1, (int) Math.round(words.size() * (0.5 + random.nextDouble() / 2)));
        return String.join(" ", words.subList(0, Math.min(keep, words.size())));
    }

    /** Replaces up to a third of the words, so texts land on both sides of the 80% overlap rule. */
    private String garble(String text) {
        String[] words = text.split(" ");
        int n = random.nextInt(words.length / 3 + 1);
        for (int i = 0; i < n; i++)
            words[random.nextInt(words.length)] = "zz" + random.nextInt(100);
        return String.join(" ", words);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.get(key) instanceof JsonArray a ? a : new JsonArray();
    }

    private static String str(JsonObject o, String key) {
        return o.get(key) == null || o.get(key).isJsonNull() ? "" : o.get(key).getAsString();
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonArray strings(String... values) {
        JsonArray a = new JsonArray();
        for (String v : values)
            a.add(v);
        return a;
    }
}
