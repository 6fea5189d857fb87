package org.newskg.article;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads JSON Lines: one article object per line (see {@link JsonArticles} for the fields). The
 * file is streamed; a line that does not parse, is not UTF-8 or is over the size limit fails alone.
 */
public final class JsonLinesReader implements ArticleReader {

    private final long maxBytes;

    public JsonLinesReader(ReadOptions options) {
        this.maxBytes = options.maxBytes();
    }

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
        InputStream in;
        try {
            in = InputFiles.open(file);
        } catch (ReadException e) {
            return Stream.of(ReadResult.failed(file.toString(), e.getMessage()));
        }
        return read(in, file.toString());
    }

    /**
     * The articles of a JSON Lines stream, such as standard input; items are named
     * {@code name:line}. Closing the returned stream closes the input.
     */
    public Stream<ReadResult> read(InputStream in, String name) {
        return ByteLines.of(in, maxBytes)
                .filter(line -> line.tooLong() || !isBlank(line.bytes()))
                .map(line -> parse(name + ":" + line.number(), line))
                .onClose(() -> close(in));
    }

    private ReadResult parse(String origin, ByteLines.Line line) {
        if (line.tooLong())
            return ReadResult.failed(origin, InputFiles.tooLarge("the line", line.length(), maxBytes).getMessage());
        try {
            return ReadResult.ok(origin, JsonArticles.fromJson(JsonParser.parseString(InputFiles.utf8(line.bytes()))));
        } catch (JsonParseException e) {
            return ReadResult.failed(origin, "invalid JSON: " + rootMessage(e));
        } catch (ReadException | IllegalArgumentException e) {
            return ReadResult.failed(origin, e.getMessage());
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes)
            if (!Character.isWhitespace(b))
                return false;
        return true;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null)
            e = e.getCause();
        return e.getMessage();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
