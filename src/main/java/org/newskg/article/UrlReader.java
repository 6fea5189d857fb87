package org.newskg.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads an {@code http(s)} address: a feed (one article per item) or a news page (one
 * article), told apart by the answer's content type, or as {@code --input-format} says.
 */
final class UrlReader {

    private final Fetcher fetcher;
    private final FeedReader feeds;
    private final HtmlReader pages;
    private final String format;

    UrlReader(Fetcher fetcher, FeedReader feeds, HtmlReader pages, String format) {
        this.fetcher = fetcher;
        this.feeds = feeds;
        this.pages = pages;
        this.format = format;
    }

    static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** The items at the address, fetched when the stream is first pulled. */
    Stream<ReadResult> read(String url) {
        return Stream.of(url).flatMap(this::fetchAndRead);
    }

    private Stream<ReadResult> fetchAndRead(String url) {
        try {
            if (format != null && !format.equals(feeds.format()) && !format.equals(pages.format()))
                throw new ReadException("an address is read as a feed or a web page, not as " + format
                        + "; give --input-format feed or html, or none");
            Fetcher.Page page = fetcher.get(new URI(url));
            if (isFeed(page))
                return feeds.items(page.body(), url, page.uri());
            return Stream.of(ReadResult.ok(url, pages.parse(page.body(), page.uri().toString(), null)));
        } catch (URISyntaxException e) {
            return Stream.of(ReadResult.failed(url, "not a valid URL: " + e.getMessage()));
        } catch (ReadException | IllegalArgumentException e) {
            return Stream.of(ReadResult.failed(url, e.getMessage()));
        }
    }

    private boolean isFeed(Fetcher.Page page) {
        if (format != null)
            return format.equals(feeds.format());
        String type = page.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html"))
            return false;
        if (type.contains("xml") || type.contains("rss") || type.contains("atom"))
            return true;
        String start = new String(page.body(), 0, Math.min(page.body().length, 512), StandardCharsets.UTF_8).strip();
        return start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed");
    }
}
