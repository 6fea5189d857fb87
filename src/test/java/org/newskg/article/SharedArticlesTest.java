package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dev set, the seed article, both corpora and the CoNLL articles in ../shared read without a single error. */
class SharedArticlesTest {

    private static final Path SHARED = Path.of("../shared");

    private static List<ReadResult> read(String path) {
        Path file = SHARED.resolve(path);
        assumeTrue(Files.exists(file), "../shared is absent");
        try (Stream<ReadResult> results = ArticleReaders.read(List.of(file), null)) {
            return results.toList();
        }
    }

    private static List<String> errors(List<ReadResult> results) {
        return results.stream().filter(r -> !r.isOk()).map(r -> r.origin() + ": " + r.error()).toList();
    }

    @Test
    void reads_the_dev_set() {
        List<ReadResult> results = read("eval/dev/articles.jsonl");
        assertEquals(List.of(), errors(results));
        assertEquals(8, results.size());
        assertEquals("seed-huawei-5g-mwc", results.get(0).article().id());
    }

    @Test
    void reads_the_wikinews_corpus_with_its_dates() {
        List<ReadResult> results = read("corpus/wikinews/articles.jsonl");
        assertEquals(List.of(), errors(results));
        assertEquals(280, results.size());
        assertEquals(280, results.stream().filter(r -> r.article().published() != null).count());
    }

    @Test
    void reads_the_bbc_corpus() {
        List<ReadResult> results = read("corpus/bbc/articles.jsonl");
        assertEquals(List.of(), errors(results));
        assertEquals(2213, results.size());
    }

    @Test
    void reads_the_conll_articles() {
        List<ReadResult> results = read("eval/conll-testa/articles.jsonl");
        assertEquals(List.of(), errors(results));
        assertEquals(216, results.size());
    }

    @Test
    void the_seed_text_file_gives_the_same_document_as_its_dev_set_entry() {
        Article fromText = read("articles/seed-huawei-5g-mwc.txt").get(0).article();
        Article fromJson = read("eval/dev/articles.jsonl").get(0).article();
        assertEquals(fromJson.id(), fromText.id());
        assertEquals(fromJson.title(), fromText.title());
        assertEquals(fromJson.document(), fromText.document());
    }
}
