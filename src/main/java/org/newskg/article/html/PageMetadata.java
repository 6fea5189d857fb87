package org.newskg.article.html;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself, from the usual places: Open Graph and article meta tags,
 * schema.org JSON-LD, microdata, {@code <link rel="canonical">}, {@code <time>} and {@code <title>}.
 *
 * @param title    the headline, or {@code null}
 * @param dates    candidate publication dates as written, most trusted first (the caller parses them)
 * @param url      the canonical URL, else the page's own address, or {@code null}
 * @param siteName the publisher's name, or {@code null}
 */
public record PageMetadata(String title, List<String> dates, String url, String siteName) {

    /** Meta tags that name the publication date and nothing else. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "datePublished");
    /** Meta tags that usually hold the publication date, in common use but less exact. */
    private static final List<String> DATE_META = List.of("pubdate", "publishdate", "publish-date", "publish_date",
            "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "date", "sailthru.date",
            "parsely-pub-date", "article.published");

    /** The page's metadata; {@code pageUrl} is where it came from, or {@code null} for a file. */
    public static PageMetadata of(Document page, String pageUrl) {
        List<JsonObject> articles = JsonLd.articles(page);
        String url = first(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url"), pageUrl);
        return new PageMetadata(title(page, articles), dates(page, articles), url, siteName(page, articles, url));
    }

    private static String title(Document page, List<JsonObject> articles) {
        Element h1 = page.selectFirst("h1");
        return first(meta(page, "og:title"), meta(page, "twitter:title"),
                articles.stream().map(a -> JsonLd.string(a, "headline")).filter(s -> s != null).findFirst().orElse(null),
                h1 == null ? null : h1.text(), withoutSiteName(page.title()));
    }

    /** "Huawei sues US | Example News" gives "Huawei sues US". */
    private static String withoutSiteName(String title) {
        String t = title.replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,40}$", "");
        return t.length() >= 10 ? t : title;
    }

    private static List<String> dates(Document page, List<JsonObject> articles) {
        List<String> dates = new ArrayList<>();
        PUBLISHED_META.forEach(name -> dates.add(meta(page, name)));
        articles.forEach(a -> dates.add(JsonLd.string(a, "datePublished")));
        for (Element e : page.select("[itemprop=datePublished]"))
            dates.add(first(e.attr("content"), e.attr("datetime"), e.text()));
        DATE_META.forEach(name -> dates.add(meta(page, name)));
        for (Element e : page.select("time[pubdate]"))
            dates.add(first(e.attr("datetime"), e.text()));
        for (Element e : page.select("time"))
            dates.add(first(e.attr("datetime"), e.text()));
        return dates.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).distinct().toList();
    }

    private static String siteName(Document page, List<JsonObject> articles, String url) {
        String publisher = articles.stream().map(a -> a.get("publisher"))
                .map(p -> p != null && p.isJsonObject() ? JsonLd.string(p.getAsJsonObject(), "name") : null)
                .filter(s -> s != null).findFirst().orElse(null);
        return first(meta(page, "og:site_name"), publisher, meta(page, "application-name"), host(url));
    }

    private static String host(String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The content of {@code <meta property=name>}, {@code <meta name=name>} or {@code <meta itemprop=name>}. */
    private static String meta(Document page, String name) {
        for (Element m : page.select("meta[content]"))
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                    || name.equalsIgnoreCase(m.attr("itemprop")))
                return m.attr("content");
        return null;
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    private static String first(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /** schema.org JSON-LD: the objects that describe an article, wherever the page nests them. */
    private static final class JsonLd {

        static List<JsonObject> articles(Document page) {
            List<JsonObject> found = new ArrayList<>();
            for (Element script : page.select("script[type=application/ld+json]")) {
                try {
                    collect(JsonParser.parseString(script.data()), found);
                } catch (JsonParseException | IllegalStateException e) {
                    // A broken JSON-LD block says nothing; the page's other metadata still counts.
                }
            }
            return found;
        }

        private static void collect(JsonElement json, List<JsonObject> found) {
            if (json.isJsonArray()) {
                json.getAsJsonArray().forEach(e -> collect(e, found));
            } else if (json.isJsonObject()) {
                JsonObject o = json.getAsJsonObject();
                if (isArticle(o.get("@type")))
                    found.add(o);
                if (o.has("@graph"))
                    collect(o.get("@graph"), found);
            }
        }

        private static boolean isArticle(JsonElement type) {
            if (type == null)
                return false;
            if (type.isJsonArray()) {
                for (JsonElement t : (JsonArray) type)
                    if (isArticle(t))
                        return true;
                return false;
            }
            return type.isJsonPrimitive() && type.getAsString().matches("\\w*(Article|Posting|Report)");
        }

        static String string(JsonObject o, String key) {
            JsonElement e = o.get(key);
            return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
        }
    }
}
