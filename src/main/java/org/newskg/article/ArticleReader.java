package org.newskg.article;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads one input format. Readers are lazy: a large file is streamed, one item at a time, and a
 * bad item becomes a failed {@link ReadResult} without stopping the rest of the file.
 */
public interface ArticleReader {

    /** Short format name, as given to {@code --input-format} (e.g. {@code jsonl}). */
    String format();

    /** Whether this reader handles the file, judged by its name. */
    boolean canRead(Path file);

    /** The items of the file. The caller closes the stream. */
    Stream<ReadResult> read(Path file);
}
