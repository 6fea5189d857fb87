package org.newskg.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputOptionsTest {

    @TempDir
    Path dir;

    @Test
    void an_unknown_input_format_is_a_usage_error() {
        Cli r = Cli.run("extract", MainTest.EXAMPLE, "--input-format", "docx");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("unknown input format 'docx'; known: [jsonl, json, txt, html, csv, feed]"), r.err());
    }

    @Test
    void a_bad_size_or_timeout_is_a_usage_error() {
        Cli size = Cli.run("extract", MainTest.EXAMPLE, "--max-size", "lots");
        assertEquals(2, size.status(), size.err());
        assertTrue(size.err().contains("size 'lots' is not a size; write e.g. 20MB, 512KB or 1GB"), size.err());
        Cli timeout = Cli.run("extract", MainTest.EXAMPLE, "--fetch-timeout", "0");
        assertEquals(2, timeout.status(), timeout.err());
        assertTrue(timeout.err().contains("'0' is not a positive number of seconds"), timeout.err());
    }

    @Test
    void the_size_limit_fails_a_larger_file() {
        Cli r = Cli.run("extract", MainTest.EXAMPLE, "--max-size", "100");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("error: " + MainTest.EXAMPLE + ": the file is "), r.err());
        assertTrue(r.err().contains("over the 100 bytes limit"), r.err());
    }

    @Test
    void extract_reads_a_manifest_and_reports_its_bad_row() throws IOException {
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "id,title,text\n"
                + "a1,Huawei sues,\"Huawei sued the US government in Texas, the company said.\"\n"
                + "a2,ZTE fined, again,ZTE was fined.\n");
        Cli r = Cli.run("extract", manifest.toString(), "--format", "facts-json");
        assertEquals(1, r.status());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("\"id\":\"a1\""), r.out());
        assertTrue(r.err().contains("error: " + manifest + ":3: the row has 4 fields but the header has 3"), r.err());
    }

    @Test
    void extract_reads_a_feed_from_an_address_following_its_links() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/feed", ex -> answer(ex, "application/rss+xml", "<rss version=\"2.0\"><channel>"
                + "<title>Example</title><item><title>Huawei sues</title><link>" + base + "/story</link>"
                + "<description>Summary only.</description></item></channel></rss>"));
        server.createContext("/story", ex -> answer(ex, "text/html", "<html><body><nav><a href=\"/\">Home</a></nav>"
                + "<article><p>Huawei filed a lawsuit against the US government on Thursday, arguing that a ban on"
                + " federal agencies buying its equipment is unconstitutional, the company said.</p></article>"
                + "</body></html>"));
        server.start();
        try {
            Cli r = Cli.run("extract", base + "/feed", "--follow-links", "--fetch-timeout", "5", "--format", "facts-json");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("\"title\":\"Huawei sues\""), r.out());
            assertTrue(r.out().contains("\"name\":\"Huawei\""), r.out());
        } finally {
            server.stop(0);
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
