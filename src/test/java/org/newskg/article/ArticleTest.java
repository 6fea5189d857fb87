package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void document_is_title_blank_line_and_text() {
        Article a = new Article("a1", "Huawei sues US", null, null, null, "Huawei filed a lawsuit.");
        assertEquals("Huawei sues US\n\nHuawei filed a lawsuit.", a.document());
    }

    @Test
    void document_is_the_text_alone_when_it_opens_with_the_title() {
        Article a = new Article("a1", "Huawei sues US", null, null, null, "Huawei sues US\n\nHuawei filed a lawsuit.");
        assertEquals("Huawei sues US\n\nHuawei filed a lawsuit.", a.document());
    }

    @Test
    void tidies_text_and_fields_when_built() {
        Article a = new Article(" a1 ", " Huawei\nsues ", null, " ", " BBC\u00a0News ", "Line one \r\n\r\n\r\nLine\u00a0two");
        assertEquals("a1", a.id());
        assertEquals("Huawei sues", a.title());
        assertNull(a.url());
        assertEquals("BBC News", a.source());
        assertEquals("Line one\n\nLine two", a.text());
    }

    @Test
    void rejects_article_without_text() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Article("a1", "Title", null, null, null, " \u200B\n "));
        assertEquals("article 'a1' has no text", e.getMessage());
    }

    @Test
    void rejects_blank_id() {
        assertThrows(IllegalArgumentException.class, () -> new Article(" ", null, null, null, null, "text"));
    }
}
