package org.newskg.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvManifestReaderTest {

    @TempDir
    Path dir;

    private List<ReadResult> read(byte[] content) throws IOException {
        Path manifest = dir.resolve("manifest.csv");
        Files.write(manifest, content);
        ReadOptions options = ReadOptions.defaults();
        CsvManifestReader reader = new CsvManifestReader(options,
                List.of(new TextFileReader(options), new HtmlReader(options)));
        try (Stream<ReadResult> results = reader.read(manifest)) {
            return results.toList();
        }
    }

    private List<ReadResult> read(String content) throws IOException {
        return read(content.getBytes(UTF_8));
    }

    private String line(int n) {
        return dir.resolve("manifest.csv") + ":" + n;
    }

    @Test
    void reads_articles_from_columns() throws IOException {
        List<ReadResult> results = read("""
                id,title,published,url,source,text
                a1,Huawei sues US,2019-03-07,https://example.com/a1,Example,Huawei filed a lawsuit.
                a2,"ZTE fined, again",,,,"ZTE was fined ""heavily"",
                the ministry said."
                """);
        assertEquals(2, results.size());
        assertEquals(new Article("a1", "Huawei sues US", LocalDate.of(2019, 3, 7), "https://example.com/a1",
                "Example", "Huawei filed a lawsuit."), results.get(0).article());
        assertEquals(line(2), results.get(0).origin());
        Article a2 = results.get(1).article();
        assertEquals("ZTE fined, again", a2.title());
        assertEquals("ZTE was fined \"heavily\",\nthe ministry said.", a2.text());
        assertNull(a2.published());
        assertEquals(line(3), results.get(1).origin());
    }

    @Test
    void reads_a_manifest_with_a_byte_order_mark_and_any_column_order() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Text,Extra,ID\r\nHuawei filed a lawsuit.,ignored,a1\r\n".getBytes(UTF_8);
        List<ReadResult> results = read(JsonLinesReaderTest.concat(bom, body));
        assertEquals("a1", results.get(0).article().id());
        assertEquals("Huawei filed a lawsuit.", results.get(0).article().text());
    }

    @Test
    void reads_files_named_by_a_path_column_with_the_row_overriding_their_metadata() throws IOException {
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("texts/huawei.txt"), "Huawei sues\nSource: Wire\n\nHuawei filed a lawsuit.\n");
        List<ReadResult> results = read("""
                path,published,source
                texts/huawei.txt,2019-03-07,
                texts/missing.txt,,
                """);
        Article a = results.get(0).article();
        assertEquals(new Article("huawei", "Huawei sues", LocalDate.of(2019, 3, 7), null, "Wire",
                "Huawei filed a lawsuit."), a);
        assertEquals(line(3), results.get(1).origin());
        assertEquals("path " + dir.resolve("texts/missing.txt") + ": no such file", results.get(1).error());
    }

    @Test
    void rejects_a_row_with_the_wrong_number_of_columns_and_reads_the_rest() throws IOException {
        List<ReadResult> results = read("""
                id,title,text
                a1,Huawei sues,Huawei filed a lawsuit.
                a2,ZTE fined, again,ZTE was fined.
                a3,Nokia wins,Nokia won a contract.
                """);
        assertEquals(3, results.size());
        assertEquals(line(3), results.get(1).origin());
        assertEquals("the row has 4 fields but the header has 3; put fields that hold commas, quotes or line breaks"
                + " in double quotes", results.get(1).error());
        assertEquals("a3", results.get(2).article().id());
        assertEquals(line(4), results.get(2).origin());
    }

    @Test
    void rejects_a_row_without_text_and_one_with_both_text_and_path() throws IOException {
        List<ReadResult> results = read("""
                id,text,path
                a1,,
                a2,Some text.,texts/a2.txt
                a3,Fine.,
                """);
        assertEquals("the text is empty", results.get(0).error());
        assertEquals("the row gives both text and path; give one", results.get(1).error());
        assertTrue(results.get(2).isOk());
    }

    @Test
    void rejects_a_manifest_without_text_or_path_column() throws IOException {
        List<ReadResult> results = read("id,title,body\na1,Huawei sues,Huawei filed a lawsuit.\n");
        assertEquals(1, results.size());
        assertEquals(dir.resolve("manifest.csv").toString(), results.get(0).origin());
        assertEquals("the header [id, title, body] has neither a text nor a path column; a manifest gives each"
                + " article's text or the path of its file", results.get(0).error());
    }

    @Test
    void stops_at_broken_quoting_and_says_the_rest_was_not_read() throws IOException {
        List<ReadResult> results = read("id,text\na1,Fine.\na2,\"Never closed\na3,Lost.\n");
        assertEquals(2, results.size());
        assertTrue(results.get(0).isOk());
        assertEquals(line(3), results.get(1).origin());
        assertEquals("a quoted field is never closed; end it with a double quote; the rest of the file was not read",
                results.get(1).error());
    }

    @Test
    void rejects_a_manifest_with_invalid_utf8_naming_the_line() throws IOException {
        byte[] content = JsonLinesReaderTest.concat("id,text\na1,Fine.\na2,Soci".getBytes(UTF_8),
                new byte[] {(byte) 0xE9}, "t\u00e9.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        List<ReadResult> results = read(content);
        assertEquals(1, results.size());
        assertEquals(dir.resolve("manifest.csv").toString(), results.get(0).origin());
        assertEquals("not valid UTF-8: byte 0xE9 at line 3, byte offset 24; save the input as UTF-8"
                + " (e.g. iconv -f windows-1252 -t utf-8)", results.get(0).error());
    }

    @Test
    void rejects_an_empty_manifest() throws IOException {
        assertEquals("empty file", read("").get(0).error());
    }
}
