package org.newskg.article;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads a JSON file holding an array of article objects, or one article object (see
 * {@link JsonArticles} for the fields). The array is streamed one element at a time; items are
 * named {@code file item n}. An element that is not an article fails alone; broken JSON ends the
 * file, since nothing after it can be trusted.
 */
public final class JsonArrayReader implements ArticleReader {

    private final long maxBytes;

    public JsonArrayReader(ReadOptions options) {
        this.maxBytes = options.maxBytes();
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".json");
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        try {
            Elements elements = new Elements(file.toString(), new ItemBudget(InputFiles.openUtf8(file), maxBytes));
            return Stream.generate(elements::next).takeWhile(Objects::nonNull).onClose(elements::close);
        } catch (ReadException e) {
            return Stream.of(ReadResult.failed(file.toString(), e.getMessage()));
        }
    }

    /** Walks the top-level array, or reads the one top-level object; {@code null} at the end. */
    private static final class Elements {

        private final String file;
        private final ItemBudget budget;
        private final JsonReader json;
        private int item;
        private boolean inArray;
        private boolean finished;

        Elements(String file, ItemBudget budget) {
            this.file = file;
            this.budget = budget;
            this.json = new JsonReader(new InputStreamReader(budget, StandardCharsets.UTF_8.newDecoder()));
        }

        ReadResult next() {
            if (finished)
                return null;
            try {
                if (!inArray && json.peek() != JsonToken.BEGIN_ARRAY) {
                    finished = true;
                    return element(file);
                }
                if (!inArray) {
                    json.beginArray();
                    inArray = true;
                }
                if (!json.hasNext()) {
                    finished = true;
                    return item == 0 ? ReadResult.failed(file, "the array holds no articles") : null;
                }
                item++;
                return element(file + " item " + item);
            } catch (IOException | JsonParseException | IllegalStateException | ReadException e) {
                finished = true;
                return ReadResult.failed(item == 0 ? file : file + " item " + item,
                        describe(e) + "; the rest of the file was not read");
            }
        }

        private ReadResult element(String origin) {
            budget.startItem();
            var element = JsonParser.parseReader(json);
            try {
                return ReadResult.ok(origin, JsonArticles.fromJson(element));
            } catch (ReadException | IllegalArgumentException e) {
                return ReadResult.failed(origin, e.getMessage());
            }
        }

        private static String describe(Exception e) {
            if (e instanceof ReadException)
                return e.getMessage();
            Throwable root = e;
            while (root.getCause() != null)
                root = root.getCause();
            return "invalid JSON: " + root.getMessage();
        }

        void close() {
            try {
                json.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
