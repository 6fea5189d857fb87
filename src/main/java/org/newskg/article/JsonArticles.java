package org.newskg.article;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Articles from JSON objects with the fields {@code id}, {@code title}, {@code published},
 * {@code url}, {@code source} and {@code text}; only {@code text} is required (see
 * {@link ArticleFields}). Other fields are ignored.
 */
final class JsonArticles {

    private JsonArticles() {}

    static Article fromJson(JsonElement json) {
        if (!json.isJsonObject())
            throw new ReadException("not a JSON object but " + kind(json)
                    + "; each article is an object with at least a \"text\" field");
        JsonObject o = json.getAsJsonObject();
        if (!o.has("text"))
            throw new ReadException("no \"text\" field; every article needs its text"
                    + (o.has("body") || o.has("content") ? " (rename \"body\" or \"content\" to \"text\")" : ""));
        return new ArticleFields(string(o, "id"), string(o, "title"), string(o, "published"), string(o, "url"),
                string(o, "source"), string(o, "text")).toArticle();
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull())
            return null;
        if (!e.isJsonPrimitive())
            throw new ReadException("the \"" + key + "\" field is " + kind(e) + ", not a string");
        return e.getAsString();
    }

    private static String kind(JsonElement e) {
        if (e.isJsonArray())
            return "an array";
        if (e.isJsonObject())
            return "an object";
        if (e.isJsonNull())
            return "null";
        return e.getAsJsonPrimitive().isString() ? "a string" : e.getAsJsonPrimitive().isNumber() ? "a number" : "a boolean";
    }
}
