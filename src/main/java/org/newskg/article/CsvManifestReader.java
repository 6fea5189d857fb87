package org.newskg.article;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV manifest (RFC 4180, UTF-8 with or without a byte order mark, a header row): each
 * row is an article, given by the columns {@code id}, {@code title}, {@code published},
 * {@code url}, {@code source} and {@code text}, or by a {@code path} column naming a text or
 * HTML file relative to the manifest, whose metadata the row's other columns override. Other
 * columns are ignored. Rows are named {@code manifest.csv:line} and streamed; a row with the
 * wrong number of fields fails alone, while broken quoting ends the file.
 */
public final class CsvManifestReader implements ArticleReader {

    private static final List<String> FIELDS = List.of("id", "title", "published", "url", "source", "text", "path");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).get();

    private final long maxBytes;
    private final List<ArticleReader> fileReaders;

    /** @param fileReaders the readers for files a {@code path} column may name: one article per file */
    CsvManifestReader(ReadOptions options, List<ArticleReader> fileReaders) {
        this.maxBytes = options.maxBytes();
        this.fileReaders = fileReaders;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".csv");
    }

    @Override
    public Stream<ReadResult> read(Path manifest) {
        String origin = manifest.toString();
        try {
            ItemBudget budget = new ItemBudget(InputFiles.openUtf8(manifest), maxBytes);
            CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(budget,
                    StandardCharsets.UTF_8.newDecoder())).setFormat(FORMAT).get();
            Rows rows = new Rows(manifest, parser, budget, columns(parser.getHeaderNames()));
            return Stream.generate(rows::next).takeWhile(Objects::nonNull).onClose(rows::close);
        } catch (ReadException e) {
            return Stream.of(ReadResult.failed(origin, e.getMessage()));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return Stream.of(ReadResult.failed(origin, "cannot read the header row: " + describe(e)));
        }
    }

    /** Where each known column is, by lower-case name. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (FIELDS.contains(name))
                columns.putIfAbsent(name, i);
        }
        if (!columns.containsKey("text") && !columns.containsKey("path"))
            throw new ReadException("the header " + header + " has neither a text nor a path column;"
                    + " a manifest gives each article's text or the path of its file");
        return columns;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null)
            root = root.getCause();
        if (root instanceof ReadException)
            return root.getMessage();
        String message = String.valueOf(root.getMessage());
        if (message.contains("EOF reached before encapsulated token finished"))
            return "a quoted field is never closed; end it with a double quote";
        return "broken CSV: " + message;
    }

    /** The manifest's rows as results, {@code null} at the end. */
    private final class Rows {

        private final Path manifest;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final ItemBudget budget;
        private final Map<String, Integer> columns;
        private final int width;
        private boolean finished;

        Rows(Path manifest, CSVParser parser, ItemBudget budget, Map<String, Integer> columns) {
            this.manifest = manifest;
            this.parser = parser;
            this.records = parser.iterator();
            this.budget = budget;
            this.columns = columns;
            this.width = parser.getHeaderNames().size();
        }

        ReadResult next() {
            while (!finished) {
                String origin = manifest + ":" + (parser.getCurrentLineNumber() + 1);
                try {
                    budget.startItem();
                    if (!records.hasNext()) {
                        finished = true;
                        return null;
                    }
                    CSVRecord record = records.next();
                    if (record.size() == 1 && record.get(0).isBlank() && width > 1)
                        continue;
                    return row(origin, record);
                } catch (UncheckedIOException | IllegalStateException | ReadException e) {
                    finished = true;
                    return ReadResult.failed(origin, describe(e) + "; the rest of the file was not read");
                }
            }
            return null;
        }

        private ReadResult row(String origin, CSVRecord record) {
            if (record.size() != width)
                return ReadResult.failed(origin, "the row has " + record.size() + " fields but the header has "
                        + width + "; put fields that hold commas, quotes or line breaks in double quotes");
            ArticleFields fields = new ArticleFields(get(record, "id"), get(record, "title"), get(record, "published"),
                    get(record, "url"), get(record, "source"), get(record, "text"));
            String path = get(record, "path");
            try {
                if (path == null || path.isBlank())
                    return ReadResult.ok(origin, fields.toArticle());
                if (fields.text() != null && !fields.text().isBlank())
                    return ReadResult.failed(origin, "the row gives both text and path; give one");
                Path folder = manifest.getParent() == null ? Path.of("") : manifest.getParent();
                return fromFile(origin, folder.resolve(path.strip()), fields);
            } catch (ReadException | IllegalArgumentException e) {
                return ReadResult.failed(origin, e.getMessage());
            }
        }

        private ReadResult fromFile(String origin, Path file, ArticleFields fields) {
            ArticleReader reader = fileReaders.stream().filter(r -> r.canRead(file)).findFirst()
                    .orElseThrow(() -> new ReadException("path " + file.getFileName() + " is not one of the article"
                            + " files a manifest can name: " + fileReaders.stream().map(ArticleReader::format).toList()));
            try (Stream<ReadResult> results = reader.read(file)) {
                ReadResult result = results.findFirst().orElseThrow();
                if (!result.isOk())
                    return ReadResult.failed(origin, "path " + file + ": " + result.error());
                return ReadResult.ok(origin, fields.over(result.article()));
            }
        }

        private String get(CSVRecord record, String column) {
            Integer i = columns.get(column);
            return i == null ? null : record.get(i);
        }

        void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
