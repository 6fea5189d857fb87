package org.newskg.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The readers NewsKG knows, chosen by file name or by format name, and the walk over the paths
 * a user gives: files as they are, folders recursively in name order.
 */
public final class ArticleReaders {

    private static final List<ArticleReader> READERS = List.of(new JsonLinesReader(), new TextFileReader());

    private ArticleReaders() {}

    public static List<ArticleReader> all() {
        return READERS;
    }

    /** The reader for a format name ({@code jsonl}, {@code txt}). */
    public static ArticleReader byFormat(String format) {
        return READERS.stream().filter(r -> r.format().equalsIgnoreCase(format)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown input format '" + format + "'; known: "
                        + READERS.stream().map(ArticleReader::format).toList()));
    }

    /** The reader for a file, judged by its name. */
    public static Optional<ArticleReader> forFile(Path file) {
        return READERS.stream().filter(r -> r.canRead(file)).findFirst();
    }

    /**
     * Every item under the paths, lazily. A folder contributes the files some reader accepts; a
     * file no reader accepts, or a path that does not exist, becomes a failed item.
     *
     * @param format a format name that overrides detection, or {@code null}
     */
    public static Stream<ReadResult> read(List<Path> paths, String format) {
        ArticleReader forced = format == null ? null : byFormat(format);
        return paths.stream().flatMap(p -> readPath(p, forced));
    }

    private static Stream<ReadResult> readPath(Path path, ArticleReader forced) {
        if (!Files.exists(path))
            return Stream.of(ReadResult.failed(path.toString(), "no such file or folder"));
        if (Files.isDirectory(path))
            return filesUnder(path).stream()
                    .filter(f -> forced != null || forFile(f).isPresent())
                    .flatMap(f -> readFile(f, forced));
        return readFile(path, forced);
    }

    private static Stream<ReadResult> readFile(Path file, ArticleReader forced) {
        ArticleReader reader = forced != null ? forced : forFile(file).orElse(null);
        if (reader == null)
            return Stream.of(ReadResult.failed(file.toString(), "unknown file type; expected one of "
                    + READERS.stream().map(ArticleReader::format).toList() + " (or give --input-format)"));
        return reader.read(file);
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).toList());
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
