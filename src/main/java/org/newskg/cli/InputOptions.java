package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The article inputs of {@code ingest}, {@code extract} and {@code up}, and how many threads extract them. */
public final class InputOptions {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files or folders (read recursively): JSON Lines (.jsonl) or plain text (.txt).")
    List<Path> paths;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every file as this format instead of judging by its extension: jsonl or txt.")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads. Default: the number of cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    Stream<ReadResult> read() {
        return ArticleReaders.read(paths, format);
    }
}
