package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    @TempDir
    Path dir;

    private List<ReadResult> read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        ReadOptions options = ReadOptions.defaults();
        FeedReader reader = new FeedReader(options, new Fetcher(options), new HtmlReader(options));
        try (Stream<ReadResult> results = reader.read(file)) {
            return results.toList();
        }
    }

    @Test
    void reads_one_article_per_rss_item() throws IOException {
        List<ReadResult> results = read("tech.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                  <title>Example Tech</title>
                  <link>https://example.com/</link>
                  <item>
                    <title>Huawei sues US government</title>
                    <link>https://example.com/2019/03/huawei-sues</link>
                    <guid>https://example.com/?p=101</guid>
                    <pubDate>Thu, 07 Mar 2019 10:00:00 +0000</pubDate>
                    <description>Short summary.</description>
                    <content:encoded><![CDATA[<p>Huawei filed a lawsuit.</p><p>The company said the ban is unconstitutional.</p>]]></content:encoded>
                  </item>
                  <item>
                    <title>ZTE fined</title>
                    <link>https://example.com/2019/03/zte-fined</link>
                    <dc:date>2019-03-08</dc:date>
                    <description>&lt;p&gt;ZTE was fined &amp;amp; warned.&lt;/p&gt;</description>
                  </item>
                  <item>
                    <title>Photo of the day</title>
                    <link>https://example.com/photo</link>
                  </item>
                </channel>
                </rss>
                """);
        assertEquals(3, results.size());
        assertEquals(new Article("example-com-2019-03-huawei-sues", "Huawei sues US government", LocalDate.of(2019, 3, 7),
                "https://example.com/2019/03/huawei-sues", "Example Tech",
                "Huawei filed a lawsuit.\n\nThe company said the ban is unconstitutional."), results.get(0).article());
        assertEquals(dir.resolve("tech.rss") + " item 1", results.get(0).origin());
        assertEquals("ZTE was fined & warned.", results.get(1).article().text());
        assertEquals(LocalDate.of(2019, 3, 8), results.get(1).article().published());
        assertEquals(dir.resolve("tech.rss") + " item 3", results.get(2).origin());
        assertEquals("the item has no content or description; give --follow-links to read its page",
                results.get(2).error());
    }

    @Test
    void reads_one_article_per_atom_entry() throws IOException {
        List<ReadResult> results = read("news.atom", """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Example Atom</title>
                  <entry>
                    <title>Nokia wins contract</title>
                    <link rel="alternate" href="https://example.org/nokia"/>
                    <link rel="edit" href="https://example.org/edit/1"/>
                    <id>tag:example.org,2019:1</id>
                    <published>2019-03-09T08:00:00Z</published>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Nokia won a 5G contract.</p><p>Ericsson <b>lost</b>.</p></div></content>
                  </entry>
                  <entry>
                    <title>Plain</title>
                    <id>tag:example.org,2019:2</id>
                    <updated>2019-03-10T08:00:00Z</updated>
                    <summary>Text with &lt;b&gt; kept as text.</summary>
                  </entry>
                </feed>
                """);
        Article nokia = results.get(0).article();
        assertEquals("example-org-nokia", nokia.id());
        assertEquals("https://example.org/nokia", nokia.url());
        assertEquals("Example Atom", nokia.source());
        assertEquals(LocalDate.of(2019, 3, 9), nokia.published());
        assertEquals("Nokia won a 5G contract.\n\nEricsson lost.", nokia.text());
        Article plain = results.get(1).article();
        assertEquals("Text with <b> kept as text.", plain.text());
        assertEquals(LocalDate.of(2019, 3, 10), plain.published());
        assertTrue(plain.id().startsWith("url-"), plain.id());
    }

    @Test
    void rejects_a_feed_that_is_not_xml() throws IOException {
        List<ReadResult> results = read("broken.xml", "Huawei sues US government\n\nThis is not XML.\n");
        assertEquals(1, results.size());
        assertEquals(dir.resolve("broken.xml").toString(), results.get(0).origin());
        assertEquals("not well-formed XML (line 1, column 1: Content is not allowed in prolog.); a feed must be RSS"
                + " or Atom XML", results.get(0).error());
    }

    @Test
    void rejects_xml_that_is_not_a_feed() throws IOException {
        assertEquals("not an RSS or Atom feed: the root element is <html>; for a web page give --input-format html",
                read("page.xml", "<html><body><p>Hello.</p></body></html>").get(0).error());
        assertEquals("the feed has no items",
                read("empty.rss", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>").get(0).error());
    }

    @Test
    void does_not_expand_external_entities() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        List<ReadResult> results = read("evil.rss", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>Evil</title><item><title>x</title>"
                + "<description>Leak: &xxe;</description></item></channel></rss>");
        assertEquals(1, results.size());
        assertFalse(String.valueOf(results.get(0).article()).contains("TOP SECRET"));
        assertFalse(String.valueOf(results.get(0).error()).contains("TOP SECRET"));
    }
}
