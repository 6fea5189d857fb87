package org.newskg.cli;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadOptions;
import org.newskg.article.ReadResult;
import org.newskg.article.Sizes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The article inputs of {@code ingest}, {@code extract} and {@code up}, and how many threads extract them. */
public final class InputOptions {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files or folders (read recursively), http(s) addresses of feeds or pages, or - for"
                    + " JSON Lines on standard input. A file is read by its extension: jsonl, json, txt, html, csv"
                    + " (a manifest), rss, atom or xml (a feed); see docs/input-formats.md.")
    List<String> inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = FormatName.class,
            description = "Read every input as this format instead of judging by its extension: jsonl, json, txt,"
                    + " html, csv or feed.")
    String format;

    @Option(names = "--follow-links",
            description = "For a feed, fetch each item's page and read its main text instead of the feed's summary.")
    boolean followLinks;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = Size.class,
            description = "The largest item read: a file or fetched page, a JSON line, a CSV row. Default: 20MB.")
    long maxBytes = ReadOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", converter = Seconds.class,
            description = "How long one fetch may take, connecting and downloading. Default: 30.")
    Duration timeout = ReadOptions.DEFAULT_TIMEOUT;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads. Default: the number of cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    Stream<ReadResult> read() {
        ReadOptions options = new ReadOptions(format, followLinks, maxBytes, timeout);
        return ArticleReaders.create(options).read(inputs);
    }

    /** Whether reading the inputs twice (to count them first) reads the same and costs no fetch. */
    boolean rereadable() {
        return inputs.stream().noneMatch(i -> i.equals("-") || i.matches("(?i)https?://.*"));
    }

    static final class FormatName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return ArticleReaders.formatName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long bytes = Sizes.parse(value);
                if (bytes <= 0)
                    throw new TypeConversionException("the size limit must be positive, not " + value);
                return bytes;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Seconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                double seconds = Double.parseDouble(value);
                if (seconds > 0)
                    return Duration.ofMillis(Math.round(seconds * 1000));
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new TypeConversionException("'" + value + "' is not a positive number of seconds");
        }
    }
}
