package org.newskg.article;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Reads JSON Lines: one article object per line with {@code id}, {@code title}, {@code published},
 * {@code url}, {@code source} and {@code text}. A line that does not parse fails alone.
 */
public final class JsonLinesReader implements ArticleReader {

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean canRead(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        BufferedReader in;
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Stream.of(ReadResult.failed(file.toString(), "cannot open: " + e.getMessage()));
        }
        AtomicInteger lineNo = new AtomicInteger();
        return in.lines()
                .map(line -> new Object[] {lineNo.incrementAndGet(), line})
                .filter(pair -> !((String) pair[1]).isBlank())
                .map(pair -> parseLine(file + ":" + pair[0], (String) pair[1]))
                .onClose(() -> closeQuietly(in));
    }

    /** One line as an article, or a failure that says what is wrong with it. */
    static ReadResult parseLine(String origin, String line) {
        try {
            JsonElement json = JsonParser.parseString(line);
            if (!json.isJsonObject())
                return ReadResult.failed(origin, "not a JSON object");
            return ReadResult.ok(origin, fromJson(json.getAsJsonObject()));
        } catch (JsonParseException e) {
            return ReadResult.failed(origin, "invalid JSON: " + rootMessage(e));
        } catch (IllegalArgumentException | NullPointerException e) {
            return ReadResult.failed(origin, e.getMessage());
        }
    }

    static Article fromJson(JsonObject o) {
        return new Article(string(o, "id"), string(o, "title"), PublicationDates.parse(string(o, "published")),
                string(o, "url"), string(o, "source"), string(o, "text"));
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null)
            e = e.getCause();
        return e.getMessage();
    }

    private static void closeQuietly(BufferedReader in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
