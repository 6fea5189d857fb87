package org.newskg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.article.ArticleReaders;
import org.newskg.article.ReadResult;
import org.newskg.extract.AnnotatedArticle;

class BodyFinderTest {

    private static final String NEWS = """
            Huawei sues the US government

            Huawei filed a lawsuit against the US government on Thursday, arguing that a ban on federal agencies \
            buying its equipment is unconstitutional.

            The case was filed in a federal court in Plano, Texas, where Huawei has its US headquarters. The US \
            Justice Department declined to comment on the case, and a spokesman said the law would be defended.
            """;

    private static String body(String text) {
        return text.substring(0, BodyFinder.bodyEnd(text));
    }

    @Test
    void ends_the_seed_article_before_read_full_story_here() {
        Path seed = Path.of("../shared/articles/seed-huawei-5g-mwc.txt");
        assumeTrue(Files.exists(seed), "../shared is absent");
        Article article = ArticleReaders.read(List.of(seed), null).findFirst().orElseThrow().article();
        AnnotatedArticle doc = new AnnotatedArticle(article);
        new BodyFinder().extract(doc);
        String body = doc.text().substring(0, doc.bodyEnd());
        String rest = doc.text().substring(doc.bodyEnd());
        assertTrue(body.endsWith("which has banned its federal agents from using the equipment, citing privacy"
                + " concerns.\n\n"), body);
        assertTrue(rest.startsWith("Read full story here…"), rest);
        assertFalse(body.contains("backdoor for local authorities"));
        assertFalse(body.contains("Notify of"));
    }

    @Test
    void ends_before_a_comment_section_even_under_a_short_article() {
        String text = NEWS + "\n3 Comments\n\nBob\n\n" + "I never trusted them and I never will, whatever the court says. ".repeat(20);
        assertEquals(NEWS + "\n", body(text));
    }

    @Test
    void ends_before_a_share_block() {
        String text = NEWS + "\nShare this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nRelated\n";
        assertEquals(NEWS + "\n", body(text));
    }

    @Test
    void ends_before_a_subscribe_line_that_closes_the_text() {
        assertEquals(NEWS + "\n", body(NEWS + "\nSubscribe to our newsletter\n"));
    }

    @Test
    void ends_before_a_republishing_note() {
        String text = NEWS + "\nThis article is republished from The Conversation under a Creative Commons license."
                + " Read the original article.\n";
        assertEquals(NEWS + "\n", body(text));
        assertEquals(NEWS + "\n", body(NEWS + "\nThe post Huawei sues the US appeared first on Example News.\n"));
    }

    @Test
    void a_share_line_or_comment_count_under_the_headline_is_not_a_trailer() {
        String text = "Huawei sues the US government\n\nPlease Share This Story!\n12 Comments\n\n" + NEWS;
        assertEquals(text, body(text));
    }

    @Test
    void a_lone_advertisement_or_read_more_line_inside_the_news_is_not_a_trailer() {
        String text = NEWS + "\nAdvertisement\n\nRead more: Canada to rule on Huawei extradition\n\n" + NEWS
                + "\nAdvertisement\n\n" + NEWS;
        assertEquals(text, body(text));
    }

    @Test
    void a_sentence_that_mentions_comments_or_sharing_is_news() {
        String text = NEWS + "\nShare prices fell 3% after the company said it had 12 comments from regulators.\n"
                + "Subscribers to the service were told to expect delays.\n";
        assertEquals(text, body(text));
    }

    @Test
    void cuts_no_article_of_the_wikinews_bbc_and_conll_corpora() {
        for (String corpus : List.of("corpus/wikinews/articles.jsonl", "corpus/bbc/articles.jsonl",
                "eval/conll-testa/articles.jsonl")) {
            Path file = Path.of("../shared").resolve(corpus);
            assumeTrue(Files.exists(file), "../shared is absent");
            try (Stream<ReadResult> results = ArticleReaders.read(List.of(file), null)) {
                List<String> cut = results.map(ReadResult::article)
                        .filter(a -> BodyFinder.bodyEnd(a.document()) < a.document().length())
                        .map(a -> a.id() + ": " + a.document().substring(BodyFinder.bodyEnd(a.document()))).toList();
                assertEquals(List.of(), cut, corpus);
            }
        }
    }
}
