package org.newskg.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newskg.article.ReadResult;
import org.newskg.extract.Extraction;
import org.newskg.ingest.Extracted;
import org.newskg.ingest.ParallelExtraction;

/** Predicted facts made by running extraction over articles, ready to score. */
public final class Predictions {

    private Predictions() {}

    /**
     * Extracts every article (on {@code threads} threads) and returns its facts by article id.
     *
     * @param failed told of each item that could not be read or extracted: its origin and why
     */
    public static Map<String, Sheet> extract(Stream<ReadResult> items, Extraction extraction, int threads,
                                             Consumer<String> failed) {
        Map<String, Sheet> out = new LinkedHashMap<>();
        new ParallelExtraction(extraction, threads).run(items, probe -> false, (Extracted item) -> {
            if (item.failed())
                failed.accept(item.origin() + ": " + item.error());
            else
                out.put(item.article().id(), Sheets.of(item.facts()));
        });
        return out;
    }
}
