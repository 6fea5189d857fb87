package org.newskg.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReadersTest {

    @TempDir
    Path dir;

    private static List<String> summary(Stream<ReadResult> results) {
        try (results) {
            return results.map(r -> r.isOk() ? "ok " + r.article().id() : "failed " + r.error()).toList();
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void reads_a_folder_recursively_in_name_order_skipping_files_of_no_known_format() throws IOException {
        write("b/two.txt", "Two\n\nText two.\n");
        write("a.jsonl", "{\"id\": \"one\", \"text\": \"Text one.\"}\n");
        write("b/c/three.html", "<html><body><article><p>" + "Text three is long enough to be an article. ".repeat(5)
                + "</p></article></body></html>");
        write("b/style.css", "body {}");
        write("b/.hidden.txt", "Hidden\n\nNot read.\n");
        assertEquals(List.of("ok one", "ok three", "ok two"),
                summary(ArticleReaders.create(ReadOptions.defaults()).read(List.of(dir.toString()))));
    }

    @Test
    void a_bad_item_fails_alone_and_the_batch_goes_on() throws IOException {
        Path empty = write("empty.txt", "");
        Path bad = write("bad.jsonl", "{\"id\": \"a1\", \"text\": \"One.\"}\nnot json\n{\"id\": \"a3\", \"text\": \"Three.\"}\n");
        Path good = write("good.txt", "Good\n\nFine text.\n");
        List<String> results = summary(ArticleReaders.read(List.of(empty, bad, dir.resolve("missing.txt"), good), null));
        assertEquals(6, results.size());
        assertEquals("failed empty file", results.get(0));
        assertEquals("ok a1", results.get(1));
        assertEquals("ok a3", results.get(3));
        assertEquals("failed no such file or folder", results.get(4));
        assertEquals("ok good", results.get(5));
    }

    @Test
    void names_the_origin_of_every_failure() throws IOException {
        Path file = write("notes.docx", "not an article format");
        ReadResult r = ArticleReaders.read(List.of(file), null).findFirst().orElseThrow();
        assertEquals(file.toString(), r.origin());
        assertEquals("unknown file type; expected one of [jsonl, json, txt, html, csv, feed] by extension"
                + " (or give --input-format)", r.error());
    }

    @Test
    void a_forced_format_overrides_the_file_name() throws IOException {
        Path file = write("export.dat", "{\"id\": \"a1\", \"text\": \"One.\"}\n");
        assertEquals(List.of("ok a1"), summary(ArticleReaders.read(List.of(file), "jsonl")));
        assertEquals(List.of("ok a1"), summary(ArticleReaders.read(List.of(file), "ndjson")));
    }

    @Test
    void rejects_an_unknown_format_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleReaders.create(ReadOptions.defaults().withFormat("docx")));
        assertEquals("unknown input format 'docx'; known: [jsonl, json, txt, html, csv, feed]", e.getMessage());
    }

    @Test
    void lists_the_formats_and_their_aliases() {
        assertEquals(List.of("jsonl", "json", "txt", "html", "csv", "feed"), ArticleReaders.formats());
        ArticleReaders readers = ArticleReaders.create(ReadOptions.defaults());
        assertEquals("feed", readers.byFormat("RSS").format());
        assertEquals("feed", readers.byFormat("atom").format());
        assertEquals("html", readers.byFormat("htm").format());
    }

    @Test
    void a_dash_reads_json_lines_from_standard_input() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"id\": \"a1\", \"text\": \"One.\"}\nnot json\n".getBytes(UTF_8)));
            try (Stream<ReadResult> results = ArticleReaders.create(ReadOptions.defaults()).read(List.of("-"))) {
                List<ReadResult> list = results.toList();
                assertEquals("<stdin>:1", list.get(0).origin());
                assertEquals("a1", list.get(0).article().id());
                assertEquals("<stdin>:2", list.get(1).origin());
            }
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void standard_input_is_json_lines_only() {
        ReadResult r = ArticleReaders.create(ReadOptions.defaults().withFormat("csv")).read(List.of("-"))
                .findFirst().orElseThrow();
        assertEquals("<stdin>", r.origin());
        assertEquals("standard input is read as JSON Lines only, not as csv; save it to a file to read it as csv",
                r.error());
    }
}
