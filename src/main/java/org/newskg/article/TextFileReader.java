package org.newskg.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads a plain-text article: the first non-blank line is the title, the whole file is the text
 * (so offsets count from the first character of the file), and the id is the file name.
 */
public final class TextFileReader implements ArticleReader {

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".txt");
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        String origin = file.toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.isBlank())
                return Stream.of(ReadResult.failed(origin, "empty file"));
            String title = text.strip().lines().findFirst().orElse("").strip();
            return Stream.of(ReadResult.ok(origin,
                    new Article(ArticleIds.fromFileName(file), title, null, null, null, text)));
        } catch (IOException e) {
            return Stream.of(ReadResult.failed(origin, "cannot read: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Stream.of(ReadResult.failed(origin, e.getMessage()));
        }
    }
}
