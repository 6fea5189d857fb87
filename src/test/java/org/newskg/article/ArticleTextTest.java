package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void composes_letters_and_marks_to_nfc() {
        assertEquals("Société Générale", ArticleText.tidy("Socie\u0301te\u0301 Ge\u0301ne\u0301rale"));
    }

    @Test
    void keeps_typographic_quotes_apostrophes_and_dashes() {
        String text = "Huawei’s “5G” plans — and ZTE’s – were ‘under review’…";
        assertEquals(text, ArticleText.tidy(text));
    }

    @Test
    void makes_every_line_break_a_newline() {
        assertEquals("one\ntwo\nthree\nfour", ArticleText.tidy("one\r\ntwo\rthree\u2028four"));
    }

    @Test
    void makes_every_space_one_plain_space() {
        assertEquals("on whether the US", ArticleText.tidy("on\u00a0whether \t the\u2009\u2009US"));
    }

    @Test
    void strips_line_ends_and_keeps_at_most_one_blank_line() {
        assertEquals("Friday, January 4, 2019\n\nAn apartment building\ncollapsed.",
                ArticleText.tidy("  Friday, January 4, 2019 \n\n\n  An apartment building  \ncollapsed.\n\n"));
    }

    @Test
    void drops_invisible_characters() {
        assertEquals("extradition of Meng", ArticleText.tidy("\uFEFFextra\u00ADdition\u200B of\u0007 Meng"));
    }

    @Test
    void tidying_twice_changes_nothing() {
        String once = ArticleText.tidy(" A\u00a0 b\r\n\r\n\r\nc\u0301 \n");
        assertEquals(once, ArticleText.tidy(once));
    }

    @Test
    void puts_a_one_line_field_on_one_line() {
        assertEquals("Huawei sues the US government", ArticleText.line(" Huawei sues\n the US\n\ngovernment "));
        assertNull(ArticleText.line(" \n "));
    }
}
