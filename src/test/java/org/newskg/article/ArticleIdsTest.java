package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void file_name_without_extension() {
        assertEquals("seed-huawei-5g-mwc", ArticleIds.fromFileName(Path.of("articles/seed-huawei-5g-mwc.txt")));
    }

    @Test
    void url_gives_host_and_path_as_words() {
        assertEquals("example-com-news-2019-03-huawei-sues-us",
                ArticleIds.fromUrl("https://www.example.com/news/2019/03/huawei-sues-us.html"));
        assertEquals("en-wikinews-org-wiki-germany-bans-mahan-air",
                ArticleIds.fromUrl("https://en.wikinews.org/wiki/Germany_bans_Mahan_Air"));
    }

    @Test
    void url_with_query_adds_a_hash_that_keeps_ids_apart() {
        String a = ArticleIds.fromUrl("https://example.com/story.php?id=1");
        String b = ArticleIds.fromUrl("https://example.com/story.php?id=2");
        assertTrue(a.matches("example-com-story-[0-9a-f]{16}"), a);
        assertNotEquals(a, b);
    }

    @Test
    void content_hash_ignores_whitespace_differences() {
        String a = ArticleIds.fromContent("Title", "Some text.\r\n\r\nMore.");
        assertEquals(a, ArticleIds.fromContent(" Title ", "Some text.\n\n\nMore. "));
        assertTrue(a.matches("sha-[0-9a-f]{16}"), a);
        assertNotEquals(a, ArticleIds.fromContent("Title", "Other text."));
    }
}
