package org.newskg.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newskg.fact.Facts;
import org.newskg.fact.FactsJson;

/**
 * Reads gold and predicted facts as score.py does: a facts-JSON file, a JSON array of objects, a
 * JSON Lines file, or a folder searched recursively for {@code *.json*} files. Articles are keyed by
 * {@code article.id}; a later object with the same id replaces an earlier one.
 */
public final class Sheets {

    private Sheets() {}

    /**
     * The articles of a file or folder, by id.
     *
     * @throws IllegalArgumentException naming the file when it is missing or not facts JSON
     */
    public static Map<String, Sheet> load(Path path) {
        if (!Files.exists(path))
            throw new IllegalArgumentException("no such file or folder: " + path);
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        for (Path file : files(path))
            for (JsonObject o : objects(file)) {
                try {
                    Sheet s = Sheet.of(o);
                    sheets.put(s.id(), s);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
                }
            }
        return sheets;
    }

    /** The predicted facts of one article, as a facts-JSON file would hold them. */
    public static Sheet of(Facts facts) {
        return Sheet.of(FactsJson.toJson(facts));
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path))
            return List.of(path);
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.json.*"))
                    .sorted(BY_PARTS).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    /** Python's path order: name by name, not character by character. */
    private static final Comparator<Path> BY_PARTS = (a, b) -> {
        for (int i = 0; i < Math.min(a.getNameCount(), b.getNameCount()); i++) {
            int c = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (c != 0)
                return c;
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    };

    private static List<JsonObject> objects(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<JsonObject> out = new ArrayList<>();
        if (text.isEmpty())
            return out;
        try {
            JsonElement whole = JsonParser.parseString(text);
            if (whole instanceof JsonArray a)
                a.forEach(e -> out.add(object(file, e)));
            else
                out.add(object(file, whole));
            return out;
        } catch (JsonParseException wholeFailed) {
            if (text.startsWith("["))
                throw new IllegalArgumentException(file + ": invalid JSON: " + wholeFailed.getMessage(), wholeFailed);
        }
        int lineNo = 0;
        for (String line : text.split("\r?\n|\r")) {
            lineNo++;
            if (line.isBlank())
                continue;
            try {
                out.add(object(file, JsonParser.parseString(line)));
            } catch (JsonParseException e) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": invalid JSON: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static JsonObject object(Path file, JsonElement e) {
        if (e instanceof JsonObject o)
            return o;
        throw new IllegalArgumentException(file + ": expected facts-JSON objects, found " + e);
    }
}
