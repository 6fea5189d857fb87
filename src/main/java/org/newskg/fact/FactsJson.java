package org.newskg.fact;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.newskg.article.Article;

/**
 * Writes {@link Facts} in the facts-JSON interchange format ({@code shared/eval/FORMAT.md}):
 * one object per article, with the keys of that format and nothing else.
 */
public final class FactsJson {

    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create();

    private FactsJson() {}

    /** One line of JSON: the form of facts-JSON Lines files. */
    public static String toLine(Facts facts) {
        return COMPACT.toJson(toJson(facts));
    }

    /** Indented JSON for people to read. */
    public static String toPrettyString(Facts facts) {
        return PRETTY.toJson(toJson(facts));
    }

    public static JsonObject toJson(Facts facts) {
        JsonObject o = new JsonObject();
        o.add("article", article(facts.article()));
        o.add("entities", array(facts.entities(), FactsJson::entity));
        o.add("roles", array(facts.roles(), FactsJson::role));
        o.add("relations", array(facts.relations(), FactsJson::relation));
        o.add("events", array(facts.events(), FactsJson::event));
        o.add("quotes", array(facts.quotes(), FactsJson::quote));
        return o;
    }

    private static JsonObject article(Article a) {
        JsonObject o = new JsonObject();
        o.addProperty("id", a.id());
        o.addProperty("title", a.title());
        o.addProperty("published", a.published() == null ? null : a.published().toString());
        o.addProperty("url", a.url());
        o.addProperty("source", a.source());
        return o;
    }

    private static JsonObject entity(Entity e) {
        JsonObject o = new JsonObject();
        o.addProperty("name", e.name());
        o.addProperty("type", e.type().name());
        o.add("aliases", strings(e.aliases()));
        if (e.wikidata() != null)
            o.addProperty("wikidata", e.wikidata());
        return o;
    }

    private static JsonObject role(Role r) {
        JsonObject o = new JsonObject();
        o.addProperty("person", r.person().name());
        o.addProperty("title", r.title());
        o.addProperty("organization", r.organization().name());
        return o;
    }

    private static JsonObject relation(Relation r) {
        JsonObject o = new JsonObject();
        o.addProperty("subject", r.subject().name());
        o.addProperty("predicate", r.predicate().name());
        o.addProperty("object", r.object().name());
        return o;
    }

    private static JsonObject event(Event e) {
        JsonObject o = new JsonObject();
        o.addProperty("type", e.type().name());
        JsonObject participants = new JsonObject();
        for (Map.Entry<String, List<Argument>> role : e.participants().entrySet())
            participants.add(role.getKey(), strings(role.getValue().stream().map(Argument::text).toList()));
        o.add("participants", participants);
        o.addProperty("date", e.date() == null ? null : e.date().toString());
        o.addProperty("place", e.place() == null ? null : e.place().name());
        o.addProperty("modality", e.modality().name());
        o.addProperty("evidence", e.evidence() == null ? null : e.evidence().sentence());
        return o;
    }

    private static JsonObject quote(Quote q) {
        JsonObject o = new JsonObject();
        o.addProperty("speaker", q.speaker().name());
        o.addProperty("text", q.text());
        return o;
    }

    private static <T> JsonArray array(List<T> items, java.util.function.Function<T, JsonObject> f) {
        JsonArray a = new JsonArray();
        items.forEach(item -> a.add(f.apply(item)));
        return a;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(v -> a.add(v == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(v)));
        return a;
    }
}
