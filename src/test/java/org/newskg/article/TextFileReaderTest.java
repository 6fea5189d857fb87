package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {

    @TempDir
    Path dir;

    private ReadResult read(String name, byte[] content, ReadOptions options) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return new TextFileReader(options).read(file).findFirst().orElseThrow();
    }

    private ReadResult read(String content) throws IOException {
        return read("huawei-sues.txt", content.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    }

    @Test
    void reads_title_header_lines_and_text() throws IOException {
        Article a = read("""
                Huawei sues the US government
                Published: 2019-03-07
                URL: https://example.com/huawei-sues
                Source: Example News

                Huawei filed a lawsuit on Thursday.

                The company says the ban is unconstitutional.
                """).article();
        assertEquals(new Article("huawei-sues", "Huawei sues the US government", LocalDate.of(2019, 3, 7),
                "https://example.com/huawei-sues", "Example News",
                "Huawei filed a lawsuit on Thursday.\n\nThe company says the ban is unconstitutional."), a);
    }

    @Test
    void header_lines_are_not_part_of_the_stored_document() throws IOException {
        Article a = read("Huawei sues\nPublished: 2019-03-07\nSource: Example\n\nHuawei filed a lawsuit.\n").article();
        assertEquals("Huawei sues\n\nHuawei filed a lawsuit.", a.document());
    }

    @Test
    void a_file_without_headers_is_title_and_text() throws IOException {
        Article a = read("Huawei sues\n\nHuawei filed a lawsuit.\n").article();
        assertEquals("Huawei sues", a.title());
        assertNull(a.published());
        assertEquals("Huawei sues\n\nHuawei filed a lawsuit.", a.document());
    }

    @Test
    void text_may_follow_the_title_without_a_blank_line() throws IOException {
        Article a = read("Huawei sues\nHuawei filed a lawsuit.\n").article();
        assertEquals("Huawei sues", a.title());
        assertEquals("Huawei filed a lawsuit.", a.text());
    }

    @Test
    void a_long_first_line_is_text_not_a_title() throws IOException {
        String paragraph = "Huawei filed a lawsuit against the US government, ".repeat(8).strip();
        Article a = read(paragraph + "\n\nMore text.\n").article();
        assertNull(a.title());
        assertEquals(paragraph + "\n\nMore text.", a.document());
    }

    @Test
    void an_id_line_names_the_article() throws IOException {
        assertEquals("hw-2019-03", read("Huawei sues\nID: hw-2019-03\n\nText.\n").article().id());
    }

    @Test
    void rejects_a_title_without_text() throws IOException {
        assertEquals("a title but no text; the text follows the title (and any Published:, URL:, Source: lines)"
                + " after a blank line", read("Huawei sues\nPublished: 2019-03-07\n").error());
    }

    @Test
    void rejects_a_header_date_it_cannot_read() throws IOException {
        ReadResult r = read("Huawei sues\nPublished: Thursday\n\nText.\n");
        assertEquals(dir.resolve("huawei-sues.txt").toString(), r.origin());
        assertEquals("publication date 'Thursday' is not a date NewsKG reads; write an ISO date (2019-03-07),"
                + " an ISO timestamp or an RFC 822 date (Thu, 07 Mar 2019)", r.error());
    }

    @Test
    void rejects_an_empty_file() throws IOException {
        assertEquals("empty file", read("\n  \n").error());
    }

    @Test
    void rejects_a_binary_file() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("binary file (it holds NUL bytes), not text; give a UTF-8 text, HTML, JSON, CSV or feed file",
                read("image.txt", png, ReadOptions.defaults()).error());
    }

    @Test
    void rejects_utf16_text_with_the_fix() throws IOException {
        byte[] utf16 = "\uFEFFHuawei sues\n\nText.".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("UTF-16 text; save it as UTF-8", read("utf16.txt", utf16, ReadOptions.defaults()).error());
    }

    @Test
    void rejects_invalid_utf8_naming_the_line() throws IOException {
        byte[] latin1 = "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale\n\nLa banque a \u00e9t\u00e9 condamn\u00e9e."
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("not valid UTF-8: byte 0xE9 at line 1, byte offset 4; save the input as UTF-8"
                + " (e.g. iconv -f windows-1252 -t utf-8)", read("latin1.txt", latin1, ReadOptions.defaults()).error());
    }

    @Test
    void rejects_a_50_mb_file_under_the_default_limit_without_reading_it() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        ReadResult r = new TextFileReader(ReadOptions.defaults()).read(file).findFirst().orElseThrow();
        assertEquals(file.toString(), r.origin());
        assertEquals("the file is 50 MB, over the 20 MB limit; raise the limit (--max-size) if it really is one"
                + " article", r.error());
    }

    @Test
    void the_size_limit_is_configurable() throws IOException {
        byte[] content = ("Title\n\n" + "word ".repeat(400)).getBytes(StandardCharsets.UTF_8);
        assertEquals("the file is 2007 bytes, over the 1 KB limit; raise the limit (--max-size) if it really is one"
                + " article", read("a.txt", content, ReadOptions.defaults().withMaxBytes(1024)).error());
        assertEquals("Title", read("a.txt", content, ReadOptions.defaults().withMaxBytes(4096)).article().title());
    }
}
