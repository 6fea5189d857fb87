package org.newskg.article;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a plain-text article: the first line is the title, optional header lines
 * ({@code Published:}, {@code URL:}, {@code Source:}, {@code ID:}) may follow it, and the text
 * starts after the next blank line. The header lines are metadata, not text: the stored document
 * is the title, a blank line and the text ({@link Article#document()}), so offsets never count
 * them. The id is the file name unless an {@code ID:} line gives one.
 */
public final class TextFileReader implements ArticleReader {

    /** A first line this long is a paragraph, not a title. */
    private static final int MAX_TITLE = 300;
    private static final Pattern HEADER = Pattern.compile(
            "(?i)(title|published|date|url|link|source|id)\\s*:\\s*(.*)");

    private final long maxBytes;

    public TextFileReader(ReadOptions options) {
        this.maxBytes = options.maxBytes();
    }

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public boolean canRead(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".txt");
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        String origin = file.toString();
        try {
            String text = InputFiles.utf8(InputFiles.readAll(file, maxBytes));
            return Stream.of(ReadResult.ok(origin, parse(text, ArticleIds.fromFileName(file))));
        } catch (ReadException | IllegalArgumentException e) {
            return Stream.of(ReadResult.failed(origin, e.getMessage()));
        }
    }

    /** The article a text file holds; {@code defaultId} is used unless an {@code ID:} line gives one. */
    static Article parse(String content, String defaultId) {
        List<String> lines = ArticleText.tidy(content).lines().toList();
        Map<String, String> header = new HashMap<>();
        String title = null;
        int i = 0;
        for (; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            Matcher m = HEADER.matcher(lines.get(i));
            if (m.matches())
                header.put(key(m.group(1)), m.group(2));
            else if (i == 0 && lines.get(i).length() <= MAX_TITLE)
                title = lines.get(i);
            else
                break;
        }
        if (i < lines.size() && !lines.get(i).isEmpty() && title == null && header.isEmpty())
            i = 0;
        String text = String.join("\n", lines.subList(i, lines.size()));
        if (text.isBlank())
            throw new ReadException(title == null ? "no text" : "a title but no text; the text follows the title"
                    + " (and any Published:, URL:, Source: lines) after a blank line");
        String id = header.getOrDefault("id", defaultId);
        return new Article(id, header.getOrDefault("title", title), PublicationDates.parse(header.get("published")),
                header.get("url"), header.get("source"), text);
    }

    private static String key(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "date" -> "published";
            case "link" -> "url";
            default -> name.toLowerCase(Locale.ROOT);
        };
    }
}
