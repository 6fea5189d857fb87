package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    @TempDir
    Path dir;

    private final HtmlReader reader = new HtmlReader(ReadOptions.defaults());

    private ReadResult read(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return reader.read(file).findFirst().orElseThrow();
    }

    private ReadResult read(String html) throws IOException {
        return read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static final String PARAGRAPHS = """
            <p>Germany banned the Iranian airline Mahan Air from its airports on Monday, citing security concerns
            and the airline's transport of military equipment and personnel to Syria.</p>
            <p>The Federal Aviation Office said the ban took effect immediately, and a spokesman for the foreign
            ministry said the decision was taken with European partners, who had been consulted.</p>
            <p>The United States has sanctioned the airline since 2011, accusing it of supporting the Revolutionary
            Guards, and has been encouraging allies such as Germany to do the same.</p>
            """;

    private static final String EXPECTED_PARAGRAPHS = "Germany banned the Iranian airline Mahan Air from its airports"
            + " on Monday, citing security concerns and the airline's transport of military equipment and personnel"
            + " to Syria.\n\nThe Federal Aviation Office said the ban took effect immediately, and a spokesman for the"
            + " foreign ministry said the decision was taken with European partners, who had been consulted.\n\n"
            + "The United States has sanctioned the airline since 2011, accusing it of supporting the Revolutionary"
            + " Guards, and has been encouraging allies such as Germany to do the same.";

    @Test
    void reads_a_news_page_without_its_furniture() throws IOException {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("news-page.html")) {
            page = in.readAllBytes();
        }
        Article a = read("saved.html", page).article();
        assertEquals(new Article("news-example-com-tech-2019-03-07-huawei-sues-us",
                "Huawei sues US government over federal ban", LocalDate.of(2019, 3, 7),
                "https://news.example.com/tech/2019/03/07/huawei-sues-us", "Example Daily", """
                Huawei filed a lawsuit against the US government on Thursday, arguing that a ban on federal \
                agencies buying its equipment is unconstitutional.

                The Chinese telecoms company said the restriction, part of a defence spending law, singled it out \
                without a trial. “The US Congress has repeatedly failed to produce any evidence,” rotating chairman \
                Guo Ping told reporters in Shenzhen.

                The case was filed in a federal court in Plano, Texas, where Huawei has its US headquarters.

                The US Justice Department declined to comment."""), a);
    }

    @Test
    void reads_a_blog_post_without_its_share_bar_related_posts_and_comments() throws IOException {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("blog-post.html")) {
            page = in.readAllBytes();
        }
        Article a = read("blog-post.html", page).article();
        assertEquals("Huawei sues the US", a.title());
        assertEquals(LocalDate.of(2019, 3, 7), a.published());
        assertEquals("Example Blog", a.source());
        assertEquals("Huawei filed a lawsuit against the US government on Thursday, arguing that a ban on federal"
                + " agencies buying its equipment is unconstitutional.\n\nThe company said the law singled it out"
                + " without a trial, and its rotating chairman, Guo Ping, said the US had never produced any evidence.",
                a.text());
    }

    @Test
    void finds_the_text_by_density_when_class_names_say_nothing() throws IOException {
        Article a = read("""
                <html><head><title>Germany bans Mahan Air</title></head><body>
                <div id="x1"><a href="/">Home</a> | <a href="/w">World</a> | <a href="/t">Tech</a> | <a href="/s">Sport</a></div>
                <div id="x2">
                  <div id="x3">""" + PARAGRAPHS + """
                  </div>
                  <div id="x4">
                    <div><a href="/1">Iran issues arrest warrants for 36 people over the downing of a flight</a></div>
                    <div><a href="/2">World leaders call to address Amazon rainforest fires, and more</a></div>
                    <div><a href="/3">European court says Facebook can be ordered to remove posts worldwide</a></div>
                  </div>
                </div>
                <div id="x5">Copyright 2019 Example. <a href="/t">Terms</a> <a href="/p">Privacy</a></div>
                </body></html>
                """).article();
        assertEquals("Germany bans Mahan Air", a.title());
        assertEquals(EXPECTED_PARAGRAPHS, a.text());
        assertEquals("page", a.id());
        assertNull(a.published());
        assertNull(a.url());
    }

    @Test
    void keeps_an_article_split_around_an_advert() throws IOException {
        String[] paragraphs = PARAGRAPHS.strip().split("\n(?=<p>)");
        Article a = read("<html><body><div><div>" + paragraphs[0] + paragraphs[1] + "</div>"
                + "<div><a href=\"https://ads.example.com/1\">Buy the new phone today</a></div>"
                + "<div>" + paragraphs[2] + "<p>The airline did not respond to a request for comment on the ban, which"
                + " follows similar measures by other countries.</p></div></div></body></html>").article();
        assertEquals(EXPECTED_PARAGRAPHS + "\n\nThe airline did not respond to a request for comment on the ban, which"
                + " follows similar measures by other countries.", a.text());
    }

    @Test
    void takes_the_date_from_json_ld_when_meta_tags_lack_it() throws IOException {
        Article a = read("""
                <html><head><title>Germany bans Mahan Air - Example</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "datePublished": "2001-01-01"},
                  {"@type": "NewsArticle", "headline": "Germany bans Iran's Mahan Air", "datePublished": "2019-01-21T16:05:00Z",
                   "publisher": {"@type": "Organization", "name": "Example Wire"}}]}</script>
                </head><body><article>""" + PARAGRAPHS + "</article></body></html>").article();
        assertEquals(LocalDate.of(2019, 1, 21), a.published());
        assertEquals("Germany bans Iran's Mahan Air", a.title());
        assertEquals("Example Wire", a.source());
    }

    @Test
    void takes_the_date_from_a_time_element_last() throws IOException {
        Article a = read("<html><head><title>Germany bans Mahan Air | Example</title></head><body><article>"
                + "<p>Posted <time datetime=\"2019-01-21\">Monday</time></p>" + PARAGRAPHS + "</article></body></html>")
                .article();
        assertEquals(LocalDate.of(2019, 1, 21), a.published());
        assertEquals("Germany bans Mahan Air", a.title());
    }

    @Test
    void rejects_a_page_with_no_article_body() throws IOException {
        ReadResult r = read("""
                <html><head><title>Example Daily: World news</title></head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <ul><li><a href="/1">Huawei sues US government over federal ban</a></li>
                    <li><a href="/2">Germany bans Iranian airline Mahan Air</a></li></ul>
                <p>Page 1 of 20</p>
                </body></html>
                """);
        assertEquals(dir.resolve("page.html").toString(), r.origin());
        assertEquals("no article body found: the page has 12 characters of prose outside navigation, link lists and"
                + " comments; is it an index, login or error page?", r.error());
    }

    @Test
    void decodes_the_charset_the_page_declares() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale fined</title>"
                + "</head><body><article>" + PARAGRAPHS.replace("Germany", "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale")
                + "</article></body></html>";
        Article a = read("cp1252.html", html.getBytes(Charset.forName("windows-1252"))).article();
        assertEquals("Société Générale fined", a.title());
        assertEquals(EXPECTED_PARAGRAPHS.replace("Germany", "Société Générale"), a.text());
    }

    @Test
    void rejects_invalid_utf8_in_a_page_that_claims_utf8() throws IOException {
        String html = "<html><head><meta charset=\"utf-8\"><title>Soci\u00e9t\u00e9</title></head><body><article>"
                + PARAGRAPHS + "</article></body></html>";
        ReadResult r = read("lying.html", html.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("not valid UTF-8: byte 0xE9 at line 1, byte offset 45; save the input as UTF-8"
                + " (e.g. iconv -f windows-1252 -t utf-8)", r.error());
    }

    @Test
    void rejects_an_empty_page() throws IOException {
        assertEquals("empty file", read("").error());
    }
}
