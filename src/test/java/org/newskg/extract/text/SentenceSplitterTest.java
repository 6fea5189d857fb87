package org.newskg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.AnnotatedArticle;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        var doc = new AnnotatedArticle(new Article("t", null, null, null, null, text));
        new BodyFinder().extract(doc);
        new SentenceSplitter().extract(doc);
        return doc.sentences().stream().map(s -> doc.text(s.span())).toList();
    }

    @Test
    void splits_at_terminators_before_a_capital() {
        assertEquals(List.of("Huawei sued.", "The US said no!", "Why?"), sentences("Huawei sued. The US said no! Why?"));
    }

    @Test
    void does_not_split_after_titles_initials_or_inside_numbers() {
        assertEquals(List.of("Mr. Ren met John F. Kennedy Jr. at 3.5 p.m. in Shenzhen."),
                sentences("Mr. Ren met John F. Kennedy Jr. at 3.5 p.m. in Shenzhen."));
    }

    @Test
    void us_ends_a_sentence_only_before_a_typical_opener() {
        assertEquals(List.of("It was indicted by the U.S.", "The firm denies it.", "U.S. officials spoke."),
                sentences("It was indicted by the U.S. The firm denies it. U.S. officials spoke."));
        assertEquals(List.of("The U.S. Justice Department spoke."), sentences("The U.S. Justice Department spoke."));
    }

    @Test
    void keeps_closing_quotes_with_their_sentence() {
        assertEquals(List.of("He said: “We deny it.”", "Then he left."), sentences("He said: “We deny it.” Then he left."));
    }

    @Test
    void a_straight_quote_after_a_space_opens_the_next_sentence() {
        assertEquals(List.of("It has been sanctioned since 2011.", "\"The airline flies arms,\" he said."),
                sentences("It has been sanctioned since 2011. \"The airline flies arms,\" he said."));
        assertEquals(List.of("He said: \"We deny it.\"", "Then he left."), sentences("He said: \"We deny it.\" Then he left."));
    }

    @Test
    void line_breaks_end_sentences_and_blank_lines_start_paragraphs() {
        var doc = new AnnotatedArticle(new Article("t", null, null, null, null, "Title here\n\nFirst line\nSecond one."));
        new BodyFinder().extract(doc);
        new SentenceSplitter().extract(doc);
        assertEquals(3, doc.sentences().size());
        assertEquals(List.of(0, 1, 1), doc.sentences().stream().map(s -> s.paragraph()).toList());
    }
}
