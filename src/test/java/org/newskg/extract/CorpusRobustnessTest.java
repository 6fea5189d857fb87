package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadResult;

/**
 * Every article of the bulk corpora extracts without an exception: real news holds forms no
 * unit test thought of, and one failing article costs a user its facts.
 */
class CorpusRobustnessTest {

    static final Extraction EXTRACTION = Extraction.standard();

    @ParameterizedTest
    @ValueSource(strings = {"../shared/corpus/bbc/articles.jsonl", "../shared/corpus/wikinews/articles.jsonl"})
    void every_article_of_the_corpus_extracts(String corpus) {
        Path file = Path.of(corpus);
        assumeTrue(Files.exists(file), corpus + " is absent");
        List<String> failures = new ArrayList<>();
        int articles = 0;
        for (ReadResult r : ArticleReaders.read(List.of(file), null).toList()) {
            if (!r.isOk())
                continue; // reading is the readers' tests' business
            articles++;
            try {
                EXTRACTION.extract(r.article());
            } catch (RuntimeException e) {
                failures.add(r.article().id() + ": " + e + " at " + ownFrame(e));
            }
        }
        assertTrue(articles > 100, "only " + articles + " articles read from " + corpus);
        assertEquals(List.of(), failures);
    }

    private static StackTraceElement ownFrame(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace())
            if (frame.getClassName().startsWith("org.newskg."))
                return frame;
        return e.getStackTrace()[0];
    }
}
