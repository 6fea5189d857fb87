package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The canned queries shipped in {@code queries/} (inside the jar), found by name. */
public final class CannedQueries {

    private static final String DIR = "queries";

    private CannedQueries() {}

    /** Every bundled query, by name (the file name without {@code .rq}), sorted. */
    public static List<CannedQuery> all() {
        URL url = CannedQueries.class.getResource("/" + DIR);
        if (url == null)
            return List.of();
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return list(fs.getPath("/" + DIR));
                }
            }
            return list(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bundled queries", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled query with this name, if any. */
    public static Optional<CannedQuery> byName(String name) {
        String resource = "/" + DIR + "/" + name + (name.endsWith(".rq") ? "" : ".rq");
        try (InputStream in = CannedQueries.class.getResourceAsStream(resource)) {
            if (in == null)
                return Optional.empty();
            return Optional.of(CannedQuery.parse(stripRq(name), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled query " + name, e);
        }
    }

    /** A query file of the user's. */
    public static CannedQuery fromFile(Path file) {
        try {
            return CannedQuery.parse(stripRq(file.getFileName().toString()), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<CannedQuery> list(Path dir) throws IOException {
        List<CannedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                out.add(CannedQuery.parse(stripRq(rel), Files.readString(f)));
            }
        }
        return out;
    }

    private static String stripRq(String name) {
        return name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
    }
}
