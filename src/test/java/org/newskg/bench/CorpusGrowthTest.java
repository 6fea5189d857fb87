package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.article.Article;
import org.newskg.article.ReadResult;

class CorpusGrowthTest {

    @TempDir
    Path dir;

    private CorpusGrowth growth() throws IOException {
        Path base = Files.writeString(dir.resolve("base.jsonl"), """
                {"id": "a", "published": "2019-03-07", "url": "https://example.org/a", "text": "Huawei sued the US."}
                {"id": "b", "text": "ZTE waits for Canada."}
                """);
        return new CorpusGrowth(List.of(base));
    }

    @Test
    void repeats_the_base_under_new_ids_a_week_later_per_generation() throws IOException {
        List<Article> articles;
        try (var s = growth().articles(0, 5)) {
            articles = s.map(ReadResult::article).toList();
        }
        assertEquals(List.of("a", "b", "a-g1", "b-g1", "a-g2"), articles.stream().map(Article::id).toList());
        assertEquals(LocalDate.of(2019, 3, 7), articles.get(0).published());
        assertEquals(LocalDate.of(2019, 3, 14), articles.get(2).published());
        assertEquals(LocalDate.of(2019, 3, 21), articles.get(4).published());
        assertEquals("https://example.org/a#g1", articles.get(2).url());
        assertEquals("Huawei sued the US.", articles.get(4).text());
    }

    @Test
    void an_undated_article_gets_a_date_from_its_id_in_2004_or_2005() throws IOException {
        Article b;
        try (var s = growth().articles(1, 2)) {
            b = s.findFirst().orElseThrow().article();
        }
        assertTrue(b.published().getYear() == 2004 || b.published().getYear() == 2005, b.published().toString());
        try (var s = growth().articles(3, 4)) {
            assertEquals(b.published().plusWeeks(1), s.findFirst().orElseThrow().article().published());
        }
    }

    @Test
    void the_generation_is_read_back_from_the_id() {
        assertEquals(0, CorpusGrowth.generationOf("bbc-tech-001"));
        assertEquals(12, CorpusGrowth.generationOf("bbc-tech-001-g12"));
    }
}
