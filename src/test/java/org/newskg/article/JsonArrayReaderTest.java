package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArrayReaderTest {

    @TempDir
    Path dir;

    private List<ReadResult> read(String content, ReadOptions options) throws IOException {
        Path file = dir.resolve("in.json");
        Files.writeString(file, content);
        try (Stream<ReadResult> results = new JsonArrayReader(options).read(file)) {
            return results.toList();
        }
    }

    private List<ReadResult> read(String content) throws IOException {
        return read(content, ReadOptions.defaults());
    }

    private String origin(int item) {
        return dir.resolve("in.json") + " item " + item;
    }

    @Test
    void reads_each_element_of_an_array() throws IOException {
        List<ReadResult> results = read("""
                [
                  {"id": "a1", "title": "Huawei sues US", "text": "Huawei filed a lawsuit."},
                  {"url": "https://example.com/zte", "text": "ZTE was fined."}
                ]
                """);
        assertEquals(List.of(origin(1), origin(2)), results.stream().map(ReadResult::origin).toList());
        assertEquals("Huawei sues US", results.get(0).article().title());
        assertEquals("example-com-zte", results.get(1).article().id());
    }

    @Test
    void reads_a_single_object() throws IOException {
        List<ReadResult> results = read("{\"id\": \"a1\", \"text\": \"One.\"}");
        assertEquals(1, results.size());
        assertEquals(dir.resolve("in.json").toString(), results.get(0).origin());
        assertEquals("a1", results.get(0).article().id());
    }

    @Test
    void rejects_an_element_without_text_and_reads_the_rest() throws IOException {
        List<ReadResult> results = read("[{\"id\": \"a1\"}, 42, {\"id\": \"a3\", \"text\": \"Three.\"}]");
        assertEquals("no \"text\" field; every article needs its text", results.get(0).error());
        assertEquals(origin(2), results.get(1).origin());
        assertEquals("not a JSON object but a number; each article is an object with at least a \"text\" field",
                results.get(1).error());
        assertEquals("a3", results.get(2).article().id());
    }

    @Test
    void stops_at_broken_json_and_says_the_rest_was_not_read() throws IOException {
        List<ReadResult> results = read("[{\"id\": \"a1\", \"text\": \"One.\"}, {\"id\": \"a2\" \"text\": \"Two.\"}, {}]");
        assertEquals(2, results.size());
        assertTrue(results.get(0).isOk());
        assertEquals(origin(2), results.get(1).origin());
        assertTrue(results.get(1).error().startsWith("invalid JSON: "), results.get(1).error());
        assertTrue(results.get(1).error().endsWith("; the rest of the file was not read"), results.get(1).error());
    }

    @Test
    void rejects_an_element_over_the_size_limit() throws IOException {
        String big = "{\"id\": \"big\", \"text\": \"" + "x".repeat(50_000) + "\"}";
        List<ReadResult> results = read("[{\"id\": \"a1\", \"text\": \"One.\"}, " + big + "]",
                ReadOptions.defaults().withMaxBytes(16 * 1024));
        assertEquals(2, results.size());
        assertEquals(origin(2), results.get(1).origin());
        assertEquals("the item is over the 16 KB limit; raise the limit (--max-size) if it really"
                + " is one article; the rest of the file was not read", results.get(1).error());
    }

    @Test
    void rejects_an_empty_array_and_an_empty_file() throws IOException {
        assertEquals("the array holds no articles", read("[ ]").get(0).error());
        assertEquals("empty file", read("").get(0).error());
    }
}
