package org.newskg.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Feeds and pages fetched from a real HTTP server on a loopback port. */
class UrlReaderTest {

    private static HttpServer server;
    private static String base;

    private static String page(String title, String body) {
        return "<html><head><title>" + title + " | Example</title>"
                + "<meta property=\"article:published_time\" content=\"2019-03-07T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/tech\">Tech</a></nav><article><p>" + body + "</p></article>"
                + "<footer>© Example</footer></body></html>";
    }

    private static final String HUAWEI = "Huawei filed a lawsuit against the US government on Thursday, arguing that"
            + " a ban on federal agencies buying its equipment is unconstitutional, the company said in Shenzhen.";
    private static final String ZTE = "ZTE agreed to pay a fine of one billion dollars and to replace its board,"
            + " the US Commerce Department said on Thursday, ending a ban on American suppliers selling to it.";

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/feed", ex -> answer(ex, 200, "application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example Tech</title>
                <item><title>Huawei sues</title><link>%1$s/story/huawei</link><description>Huawei sues the US.</description></item>
                <item><title>Broken</title><link>%1$s/status/500</link><description>A story on a failing server.</description></item>
                <item><title>ZTE fined</title><link>/story/zte</link><description>ZTE is fined.</description></item>
                </channel></rss>
                """.formatted(base)));
        server.createContext("/story/huawei", ex -> answer(ex, 200, "text/html; charset=utf-8", page("Huawei sues", HUAWEI)));
        server.createContext("/story/zte", ex -> answer(ex, 200, "text/html", page("ZTE fined", ZTE)));
        server.createContext("/status/500", ex -> answer(ex, 500, "text/plain", "Internal Server Error"));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", base + "/story/huawei");
            answer(ex, 301, "text/plain", "");
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(ex, 200, "text/html", page("Late", HUAWEI));
        });
        server.createContext("/big", ex -> answer(ex, 200, "text/html", page("Big", HUAWEI.repeat(2000))));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static List<ReadResult> read(ReadOptions options, String... urls) {
        try (Stream<ReadResult> results = ArticleReaders.create(options).read(List.of(urls))) {
            return results.toList();
        }
    }

    private static List<ReadResult> read(String... urls) {
        return read(ReadOptions.defaults(), urls);
    }

    @Test
    void reads_a_feed_from_a_url() {
        List<ReadResult> results = read(base + "/feed");
        assertEquals(3, results.size());
        assertEquals(base + "/feed item 1", results.get(0).origin());
        assertEquals("Huawei sues the US.", results.get(0).article().text());
        assertEquals("Example Tech", results.get(0).article().source());
        assertEquals(base + "/story/zte", results.get(2).article().url());
    }

    @Test
    void follows_links_to_read_each_items_page() {
        List<ReadResult> results = read(ReadOptions.defaults().withFollowLinks(true), base + "/feed");
        assertEquals(3, results.size());
        Article huawei = results.get(0).article();
        assertEquals(HUAWEI, huawei.text());
        assertEquals("Huawei sues", huawei.title());
        assertEquals(LocalDate.of(2019, 3, 7), huawei.published());
        assertEquals("Example Tech", huawei.source());
        assertEquals(ArticleIds.fromUrl(base + "/story/huawei"), huawei.id());
        assertEquals(base + "/feed item 2", results.get(1).origin());
        assertEquals("linked page " + base + "/status/500: the server answered HTTP 500; try again later;"
                + " without --follow-links the feed's own text is read", results.get(1).error());
        assertEquals(ZTE, results.get(2).article().text());
    }

    @Test
    void reads_a_page_from_a_url_following_redirects() {
        List<ReadResult> results = read(base + "/moved");
        assertEquals(1, results.size());
        assertEquals(base + "/moved", results.get(0).origin());
        Article a = results.get(0).article();
        assertEquals(HUAWEI, a.text());
        assertEquals(base + "/story/huawei", a.url());
        assertEquals("Huawei sues", a.title());
    }

    @Test
    void rejects_a_url_that_answers_500_and_reads_the_rest() {
        List<ReadResult> results = read(base + "/status/500", base + "/story/zte");
        assertEquals(base + "/status/500", results.get(0).origin());
        assertEquals("the server answered HTTP 500; try again later", results.get(0).error());
        assertEquals(ZTE, results.get(1).article().text());
    }

    @Test
    void rejects_a_url_not_found() {
        assertEquals("the server answered HTTP 404; check the URL", read(base + "/nowhere").get(0).error());
    }

    @Test
    void rejects_a_url_that_times_out() {
        ReadOptions quick = ReadOptions.defaults().withTimeout(Duration.ofMillis(300));
        List<ReadResult> results = read(quick, base + "/slow");
        assertEquals("no answer within 300 ms; try again later or raise --fetch-timeout", results.get(0).error());
    }

    @Test
    void rejects_an_unreachable_url() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/feed";
        List<ReadResult> results = read(url);
        assertEquals(url, results.get(0).origin());
        assertEquals("cannot connect to 127.0.0.1:" + closedPort + " (connection refused); is the URL right and the"
                + " server up?", results.get(0).error());
    }

    @Test
    void rejects_an_answer_over_the_size_limit() {
        List<ReadResult> results = read(ReadOptions.defaults().withMaxBytes(64 * 1024), base + "/big");
        assertEquals("the answer is over the 64 KB limit; raise the limit (--max-size) if it really is one article",
                results.get(0).error());
    }
}
