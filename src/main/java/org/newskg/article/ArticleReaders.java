package org.newskg.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The readers NewsKG knows, and the walk over the inputs a user gives: files by their name (or
 * as a forced format says), folders recursively in name order, {@code http(s)} addresses as
 * feeds or pages, and {@code -} as JSON Lines on standard input. Everything is lazy: nothing is
 * opened or fetched before the stream is pulled.
 */
public final class ArticleReaders {

    /** What standard input is called in item names. */
    public static final String STDIN = "<stdin>";

    /** Other names people give formats. */
    private static final Map<String, String> ALIASES = Map.of("ndjson", "jsonl", "text", "txt", "htm", "html",
            "rss", "feed", "atom", "feed");

    private final ReadOptions options;
    private final List<ArticleReader> readers;
    private final JsonLinesReader jsonLines;
    private final UrlReader urls;
    private final ArticleReader forced;

    private ArticleReaders(ReadOptions options) {
        this.options = options;
        Fetcher fetcher = new Fetcher(options);
        HtmlReader html = new HtmlReader(options);
        TextFileReader txt = new TextFileReader(options);
        FeedReader feed = new FeedReader(options, fetcher, html);
        this.jsonLines = new JsonLinesReader(options);
        this.readers = List.of(jsonLines, new JsonArrayReader(options), txt, html,
                new CsvManifestReader(options, List.of(txt, html)), feed);
        this.forced = options.format() == null ? null : byFormat(options.format());
        this.urls = new UrlReader(fetcher, feed, html, forced == null ? null : forced.format());
    }

    /** The readers, configured by the options. */
    public static ArticleReaders create(ReadOptions options) {
        return new ArticleReaders(options);
    }

    /** The format names {@code --input-format} accepts. */
    public static List<String> formats() {
        return create(ReadOptions.defaults()).all().stream().map(ArticleReader::format).toList();
    }

    /**
     * The format a name stands for, aliases resolved ({@code rss} is {@code feed}).
     *
     * @throws IllegalArgumentException for a name no reader has, listing those there are
     */
    public static String formatName(String name) {
        return create(ReadOptions.defaults()).byFormat(name).format();
    }

    /** Every item under the paths, read with the default options and perhaps a forced format. */
    public static Stream<ReadResult> read(List<Path> paths, String format) {
        return create(ReadOptions.defaults().withFormat(format)).read(paths.stream().map(Path::toString).toList());
    }

    public List<ArticleReader> all() {
        return readers;
    }

    /** The reader for a format name ({@code jsonl}, {@code json}, {@code txt}, {@code html}, {@code csv}, {@code feed}). */
    public ArticleReader byFormat(String format) {
        String name = format.strip().toLowerCase(Locale.ROOT);
        String canonical = ALIASES.getOrDefault(name, name);
        return readers.stream().filter(r -> r.format().equals(canonical)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown input format '" + format + "'; known: "
                        + readers.stream().map(ArticleReader::format).toList()));
    }

    /** The reader for a file, judged by its name. */
    public Optional<ArticleReader> forFile(Path file) {
        return readers.stream().filter(r -> r.canRead(file)).findFirst();
    }

    /**
     * Every item of the inputs, lazily and in order. A folder contributes the files some reader
     * accepts (or all its files, when a format is forced); a file no reader accepts, or a path
     * that does not exist, becomes a failed item.
     */
    public Stream<ReadResult> read(List<String> inputs) {
        return inputs.stream().flatMap(this::readInput);
    }

    private Stream<ReadResult> readInput(String input) {
        if (input.equals("-"))
            return readStdin();
        if (UrlReader.isUrl(input))
            return urls.read(input);
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return Stream.of(ReadResult.failed(input, "not a valid path: " + e.getReason()));
        }
        if (!Files.exists(path))
            return Stream.of(ReadResult.failed(input, "no such file or folder"));
        if (Files.isDirectory(path))
            return Stream.of(path).flatMap(this::readFolder);
        return readFile(path);
    }

    private Stream<ReadResult> readFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> forced != null || forFile(f).isPresent()).toList());
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(ReadResult.failed(folder.toString(), "cannot list the folder: " + e.getMessage()));
        }
        files.sort(null);
        return files.stream().flatMap(this::readFile);
    }

    private Stream<ReadResult> readFile(Path file) {
        ArticleReader reader = forced != null ? forced : forFile(file).orElse(null);
        if (reader == null)
            return Stream.of(ReadResult.failed(file.toString(), "unknown file type; expected one of "
                    + readers.stream().map(ArticleReader::format).toList() + " by extension (or give --input-format)"));
        return Stream.of(file).flatMap(reader::read);
    }

    private Stream<ReadResult> readStdin() {
        if (forced != null && forced != jsonLines)
            return Stream.of(ReadResult.failed(STDIN, "standard input is read as JSON Lines only, not as "
                    + forced.format() + "; save it to a file to read it as " + forced.format()));
        InputStream in = new BufferedInputStream(new UncloseableStream(System.in), 64 * 1024);
        try {
            return jsonLines.read(InputFiles.checkedStart((BufferedInputStream) in), STDIN);
        } catch (ReadException e) {
            return Stream.of(ReadResult.failed(STDIN, e.getMessage()));
        } catch (IOException e) {
            return Stream.of(ReadResult.failed(STDIN, "cannot read standard input: " + e.getMessage()));
        }
    }

    /** Standard input, which reading articles must not close. */
    private static final class UncloseableStream extends java.io.FilterInputStream {
        UncloseableStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
