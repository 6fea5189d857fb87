package org.newskg.article;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.newskg.article.html.BlockText;
import org.w3c.dom.Element;

/**
 * Reads RSS 2.0, RSS 1.0 and Atom feeds: one article per item, named {@code feed item n}, with
 * the item's title, link, date and its content (else its description or summary) as the text.
 * With {@link ReadOptions#followLinks()} the text is the linked page's main text instead, read by
 * the {@link HtmlReader}; an item whose page cannot be fetched then fails rather than falling
 * back to a summary. Either way the id comes from the item's link, so re-reading with or without
 * the pages replaces one with the other.
 */
public final class FeedReader implements ArticleReader {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final ReadOptions options;
    private final Fetcher fetcher;
    private final HtmlReader html;

    FeedReader(ReadOptions options, Fetcher fetcher, HtmlReader html) {
        this.options = options;
        this.fetcher = fetcher;
        this.html = html;
    }

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public boolean canRead(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml");
    }

    @Override
    public Stream<ReadResult> read(Path file) {
        try {
            return items(InputFiles.readAll(file, options.maxBytes()), file.toString(), null);
        } catch (ReadException e) {
            return Stream.of(ReadResult.failed(file.toString(), e.getMessage()));
        }
    }

    /** The items of a feed; {@code feedUrl} resolves relative links, or is {@code null}. */
    Stream<ReadResult> items(byte[] bytes, String origin, URI feedUrl) {
        Element root;
        try {
            root = FeedXml.parse(bytes).getDocumentElement();
        } catch (ReadException e) {
            return Stream.of(ReadResult.failed(origin, e.getMessage()));
        }
        boolean atom = root.getLocalName().equals("feed") && ATOM.equals(root.getNamespaceURI());
        if (!atom && !root.getLocalName().equals("rss") && !root.getLocalName().equals("RDF"))
            return Stream.of(ReadResult.failed(origin, "not an RSS or Atom feed: the root element is <"
                    + root.getTagName() + ">" + (root.getLocalName().equalsIgnoreCase("html")
                            ? "; for a web page give --input-format html" : "")));
        Element channel = atom ? root : FeedXml.first(root, "channel");
        String feedTitle = channel == null ? null : FeedXml.text(channel, "title");
        List<Element> items = FeedXml.descendants(root, atom ? "entry" : "item");
        if (items.isEmpty())
            return Stream.of(ReadResult.failed(origin, "the feed has no items"));
        return IntStream.range(0, items.size()).mapToObj(i -> {
            String itemOrigin = origin + " item " + (i + 1);
            try {
                return ReadResult.ok(itemOrigin, article(items.get(i), atom, feedTitle, feedUrl));
            } catch (ReadException | IllegalArgumentException e) {
                return ReadResult.failed(itemOrigin, e.getMessage());
            }
        });
    }

    private Article article(Element item, boolean atom, String feedTitle, URI feedUrl) {
        String title = FeedXml.text(item, "title");
        String link = resolve(feedUrl, atom ? atomLink(item) : FeedXml.text(item, "link"));
        LocalDate published = PublicationDates.tryParse(atom ? FeedXml.text(item, "published", "updated")
                : FeedXml.text(item, "pubDate", "date"));
        String guid = FeedXml.text(item, atom ? "id" : "guid");
        String id = link != null ? ArticleIds.fromUrl(link) : guid != null ? ArticleIds.fromUrl(guid) : null;
        if (options.followLinks()) {
            if (link == null)
                throw new ReadException("the item has no link to follow");
            Article page = page(link);
            return new Article(id, title != null ? title : page.title(), page.published() != null ? page.published()
                    : published, page.url(), feedTitle != null ? feedTitle : page.source(), page.text());
        }
        String text = content(item, atom);
        if (text == null || text.isBlank())
            throw new ReadException("the item has no content or description"
                    + (link != null ? "; give --follow-links to read its page" : ""));
        return new Article(id != null ? id : ArticleIds.fromContent(title, text), title, published, link, feedTitle,
                text);
    }

    private Article page(String link) {
        try {
            Fetcher.Page page = fetcher.get(URI.create(link));
            return html.parse(page.body(), page.uri().toString(), null);
        } catch (ReadException e) {
            throw new ReadException("linked page " + link + ": " + e.getMessage()
                    + "; without --follow-links the feed's own text is read", e);
        } catch (IllegalArgumentException e) {
            throw new ReadException("the item's link '" + link + "' is not a URL");
        }
    }

    /** The fullest text the item carries, as plain paragraphs. */
    private static String content(Element item, boolean atom) {
        Element content = atom ? FeedXml.first(item, "content", "summary") : FeedXml.first(item, "encoded", "description");
        if (content == null)
            return null;
        String type = content.getAttribute("type");
        if (atom && type.equals("xhtml"))
            return BlockText.of(Jsoup.parseBodyFragment(FeedXml.innerXml(content)).body());
        String value = content.getTextContent();
        if (atom && (type.isEmpty() || type.equals("text")) || !value.contains("<"))
            return value;
        return BlockText.of(Jsoup.parseBodyFragment(value).body());
    }

    private static String atomLink(Element entry) {
        String any = null;
        for (Element link : FeedXml.children(entry, "link")) {
            String rel = link.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate"))
                return link.getAttribute("href");
            any = any == null ? link.getAttribute("href") : any;
        }
        return any;
    }

    private static String resolve(URI base, String link) {
        if (link == null || link.isBlank())
            return null;
        try {
            return base == null ? link.strip() : base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }
}
