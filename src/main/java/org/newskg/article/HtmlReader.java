package org.newskg.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newskg.article.html.MainText;
import org.newskg.article.html.PageMetadata;

/**
 * Reads a saved or fetched news page: the headline, publication date, canonical URL and
 * publisher from the page's metadata, and the main text without the page's furniture
 * ({@link MainText}). The charset is the one the page declares (byte order mark, then
 * {@code <meta charset>}); a page in UTF-8 must be valid UTF-8. The id comes from the canonical
 * URL, else from the file name.
 */
public final class HtmlReader implements ArticleReader {

    /** A page with less main text than this has no article on it (an index, a login wall, an error page). */
    static final int MIN_BODY = 150;

    private final long maxBytes;

    public HtmlReader(ReadOptions options) {
        this.maxBytes = options.maxBytes();
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean canRead(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        String origin = file.toString();
        try {
            return Stream.of(ReadResult.ok(origin, parse(InputFiles.readAll(file, maxBytes), null,
                    ArticleIds.fromFileName(file))));
        } catch (ReadException | IllegalArgumentException e) {
            return Stream.of(ReadResult.failed(origin, e.getMessage()));
        }
    }

    /**
     * The article on a page.
     *
     * @param pageUrl   where the page came from (resolves relative links), or {@code null} for a file
     * @param defaultId the id when the page has no URL, or {@code null} for a hash of the content
     * @throws ReadException when the page has no article body or is not valid in its charset
     */
    Article parse(byte[] bytes, String pageUrl, String defaultId) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, pageUrl == null ? "" : pageUrl);
        } catch (IOException e) {
            throw new ReadException("cannot parse the page: " + e.getMessage(), e);
        }
        if (page.charset().equals(StandardCharsets.UTF_8))
            InputFiles.utf8(bytes);
        PageMetadata meta = PageMetadata.of(page, pageUrl);
        String text = MainText.of(page);
        if (text.length() < MIN_BODY)
            throw new ReadException("no article body found: the page has " + text.length() + " characters of prose"
                    + " outside navigation, link lists and comments; is it an index, login or error page?");
        LocalDate published = meta.dates().stream().map(PublicationDates::tryParse).filter(Objects::nonNull)
                .findFirst().orElse(null);
        String id = meta.url() != null ? ArticleIds.fromUrl(meta.url())
                : defaultId != null ? defaultId : ArticleIds.fromContent(meta.title(), text);
        return new Article(id, meta.title(), published, meta.url(), meta.siteName(), text);
    }
}
