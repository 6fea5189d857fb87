package org.newskg.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    private final JsonLinesReader reader = new JsonLinesReader(ReadOptions.defaults());

    private List<ReadResult> read(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        try (Stream<ReadResult> results = reader.read(file)) {
            return results.toList();
        }
    }

    private List<ReadResult> read(String content) throws IOException {
        return read("in.jsonl", content.getBytes(UTF_8));
    }

    @Test
    void reads_one_article_per_line() throws IOException {
        List<ReadResult> results = read("""
                {"id": "a1", "title": "Huawei sues US", "published": "2019-03-07", "url": "https://example.com/a1", "source": "Example", "text": "Huawei filed a lawsuit."}
                {"id": "a2", "text": "ZTE was fined."}
                """);
        assertEquals(2, results.size());
        Article a1 = results.get(0).article();
        assertEquals(new Article("a1", "Huawei sues US", LocalDate.of(2019, 3, 7), "https://example.com/a1", "Example",
                "Huawei filed a lawsuit."), a1);
        assertEquals(dir.resolve("in.jsonl") + ":1", results.get(0).origin());
        assertEquals(dir.resolve("in.jsonl") + ":2", results.get(1).origin());
        assertNull(results.get(1).article().published());
    }

    @Test
    void derives_a_missing_id_from_the_url_else_from_the_content() throws IOException {
        List<ReadResult> results = read("""
                {"url": "https://www.example.com/news/huawei-sues.html", "text": "Huawei filed a lawsuit."}
                {"title": "ZTE fined", "text": "ZTE was fined."}
                """);
        assertEquals("example-com-news-huawei-sues", results.get(0).article().id());
        assertEquals(ArticleIds.fromContent("ZTE fined", "ZTE was fined."), results.get(1).article().id());
    }

    @Test
    void rejects_a_line_that_does_not_parse_and_reads_the_rest() throws IOException {
        List<ReadResult> results = read("""
                {"id": "a1", "text": "One."}
                {"id": "a2", "text": "Two.
                {"id": "a3", "text": "Three."}
                """);
        assertEquals(3, results.size());
        assertTrue(results.get(0).isOk());
        assertFalse(results.get(1).isOk());
        assertEquals(dir.resolve("in.jsonl") + ":2", results.get(1).origin());
        assertTrue(results.get(1).error().startsWith("invalid JSON: "), results.get(1).error());
        assertEquals("a3", results.get(2).article().id());
    }

    @Test
    void rejects_article_without_text() throws IOException {
        List<ReadResult> results = read("""
                {"id": "a1", "title": "No text here"}
                {"id": "a2", "text": "  "}
                {"id": "a3", "body": "Text under another name."}
                ["not", "an", "object"]
                {"id": "a5", "text": "Fine."}
                """);
        assertEquals("no \"text\" field; every article needs its text", results.get(0).error());
        assertEquals("the text is empty", results.get(1).error());
        assertEquals("no \"text\" field; every article needs its text (rename \"body\" or \"content\" to \"text\")",
                results.get(2).error());
        assertEquals("not a JSON object but an array; each article is an object with at least a \"text\" field",
                results.get(3).error());
        assertTrue(results.get(4).isOk());
    }

    @Test
    void rejects_a_date_it_cannot_read_rather_than_dropping_it() throws IOException {
        List<ReadResult> results = read("{\"id\": \"a1\", \"published\": \"last Tuesday\", \"text\": \"One.\"}\n");
        assertTrue(results.get(0).error().startsWith("publication date 'last Tuesday' is not a date"));
    }

    @Test
    void rejects_a_line_of_invalid_utf8_and_reads_the_rest() throws IOException {
        byte[] latin1 = "{\"id\": \"a1\", \"text\": \"Soci\u00e9t\u00e9 G\u00e9n\u00e9rale.\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] good = "{\"id\": \"a2\", \"text\": \"Fine.\"}\n".getBytes(UTF_8);
        List<ReadResult> results = read("in.jsonl", concat(good, latin1, good));
        assertEquals(3, results.size());
        assertEquals(dir.resolve("in.jsonl") + ":2", results.get(1).origin());
        assertEquals("not valid UTF-8: byte 0xE9 at byte offset 26; save the input as UTF-8"
                + " (e.g. iconv -f windows-1252 -t utf-8)", results.get(1).error());
        assertTrue(results.get(2).isOk());
    }

    @Test
    void rejects_a_line_over_the_size_limit_without_holding_it() throws IOException {
        JsonLinesReader small = new JsonLinesReader(ReadOptions.defaults().withMaxBytes(1024));
        String big = "{\"id\": \"big\", \"text\": \"" + "x".repeat(5000) + "\"}";
        Path file = dir.resolve("big.jsonl");
        Files.writeString(file, "{\"id\": \"a1\", \"text\": \"One.\"}\n" + big + "\n{\"id\": \"a3\", \"text\": \"Three.\"}\n");
        List<ReadResult> results;
        try (Stream<ReadResult> s = small.read(file)) {
            results = s.toList();
        }
        assertEquals(3, results.size());
        assertEquals(file + ":2", results.get(1).origin());
        assertEquals("the line is 5025 bytes, over the 1 KB limit; raise the limit (--max-size) if it really is"
                + " one article", results.get(1).error());
        assertEquals("a3", results.get(2).article().id());
    }

    @Test
    void rejects_an_empty_file() throws IOException {
        List<ReadResult> results = read(" \n\n");
        assertEquals(1, results.size());
        assertEquals(dir.resolve("in.jsonl").toString(), results.get(0).origin());
        assertEquals("empty file", results.get(0).error());
    }

    @Test
    void rejects_a_binary_file() throws IOException {
        List<ReadResult> results = read("in.jsonl", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'x'});
        assertEquals(1, results.size());
        assertEquals("binary file (it holds NUL bytes), not text; give a UTF-8 text, HTML, JSON, CSV or feed file",
                results.get(0).error());
    }

    @Test
    void skips_blank_lines_a_byte_order_mark_and_carriage_returns() throws IOException {
        byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"id\": \"a1\", \"text\": \"One.\"}\r\n\r\n{\"id\": \"a2\", \"text\": \"Two.\"}".getBytes(UTF_8));
        List<ReadResult> results = read("in.jsonl", content);
        assertEquals(List.of("a1", "a2"), results.stream().map(r -> r.article().id()).toList());
        assertEquals(dir.resolve("in.jsonl") + ":3", results.get(1).origin());
    }

    @Test
    void streams_without_reading_ahead() {
        // An endless input: only a reader that streams line by line can give the first items.
        InputStream endless = new InputStream() {
            private final byte[] line = "{\"text\": \"Again.\"}\n".getBytes(UTF_8);
            private long n;

            @Override
            public int read() {
                return line[(int) (n++ % line.length)];
            }
        };
        try (Stream<ReadResult> results = reader.read(endless, "endless")) {
            assertEquals(List.of("endless:1", "endless:2", "endless:3"),
                    results.limit(3).map(ReadResult::origin).toList());
        }
    }

    @Test
    void reads_a_stream_such_as_standard_input() {
        InputStream in = new ByteArrayInputStream("{\"id\": \"a1\", \"text\": \"One.\"}\n".getBytes(UTF_8));
        try (Stream<ReadResult> results = reader.read(in, "<stdin>")) {
            ReadResult r = results.findFirst().orElseThrow();
            assertEquals("<stdin>:1", r.origin());
            assertEquals("One.", r.article().text());
        }
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts)
            out.writeBytes(p);
        return out.toByteArray();
    }
}
