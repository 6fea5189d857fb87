package org.newskg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The instance files of {@code ontology/examples/}: valid article graphs and invalid additions to the base. */
final class Examples {

    private Examples() {}

    static final Path DIR = Path.of("ontology", "examples");
    /** The valid graph every invalid example is added to. */
    static final Path BASE = DIR.resolve("valid/huawei-2019.ttl");

    static List<Path> valid() {
        return list(DIR.resolve("valid"));
    }

    static List<Path> invalid() {
        return list(DIR.resolve("invalid"));
    }

    /** The files parsed strictly into one graph. */
    static Graph load(Path... files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : files)
            RDFParser.source(f).strict(true).parse(g);
        return g;
    }

    /** The {@code #+ expect: Severity Shape path} lines of an invalid example, as written. */
    static List<String> expectations(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith("#+ expect:"))
                    .map(l -> l.substring("#+ expect:".length()).strip().replaceAll("\\s+", " "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
