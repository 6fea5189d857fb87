package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @TempDir
    Path dir;

    @Test
    void update_replaces_the_figures_between_the_markers_and_keeps_the_prose() throws IOException {
        Path doc = Files.writeString(dir.resolve("B.md"), """
                # Benchmarks
                <!-- bench:begin -->
                old figures
                <!-- bench:end -->
                ## What the profile shows
                """);
        BenchReport.update(doc, "new figures\n");
        assertEquals("""
                # Benchmarks
                <!-- bench:begin -->
                new figures
                <!-- bench:end -->
                ## What the profile shows
                """, Files.readString(doc));
    }

    @Test
    void update_adds_the_markers_to_a_file_without_them() throws IOException {
        Path doc = Files.writeString(dir.resolve("B.md"), "# Benchmarks\n");
        BenchReport.update(doc, "figures\n");
        assertEquals("# Benchmarks\n<!-- bench:begin -->\nfigures\n<!-- bench:end -->\n", Files.readString(doc));
    }
}
