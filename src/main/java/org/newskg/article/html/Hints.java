package org.newskg.article.html;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it, word by word ({@code related-posts},
 * {@code relatedPosts} and {@code related_posts} all say "related"). Class names are hints that
 * hold across sites; the scoring in {@link MainText} does the real work.
 */
final class Hints {

    /** Words that mark reader comments: removed even where the element also says "content". */
    private static final Set<String> DISCUSSION = Set.of("comment", "comments", "commentlist", "disqus", "respond",
            "replies", "discussion", "discuss", "livefyre", "coral");

    /** Words that mark page furniture: share bars, ads, promotions, navigation, footers. */
    private static final Set<String> FURNITURE = Set.of("share", "shares", "sharing", "sharedaddy", "social",
            "related", "recommended", "recommendations", "recommend", "promo", "promoted", "promotion", "sponsor",
            "sponsored", "ad", "ads", "adv", "advert", "adverts", "advertisement", "banner", "newsletter",
            "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "popup", "modal",
            "sidebar", "widget", "widgets", "breadcrumb", "breadcrumbs", "pagination", "pager", "menu", "nav",
            "navbar", "navigation", "footer", "masthead", "tags", "tagcloud", "byline", "trending", "popular",
            "outbrain", "taboola", "skyscraper", "toolbar", "print", "rss", "follow", "bio", "caption", "credit",
            "hidden", "more", "teaser", "teasers");

    /** Words that mark the article itself. */
    private static final Set<String> CONTENT = Set.of("article", "body", "content", "entry", "main", "post", "story",
            "text", "prose", "column", "blog", "articlebody");

    private final Set<String> words;

    private Hints(Set<String> words) {
        this.words = words;
    }

    static Hints of(Element e) {
        String names = (e.className() + " " + e.id()).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return new Hints(Set.copyOf(Arrays.asList(names.split("[^a-z0-9]+"))));
    }

    boolean discussion() {
        return words.stream().anyMatch(DISCUSSION::contains);
    }

    boolean furniture() {
        return words.stream().anyMatch(FURNITURE::contains);
    }

    boolean content() {
        return words.stream().anyMatch(CONTENT::contains);
    }

    /** An element that is page furniture or comments and not also the article. */
    boolean unlikely() {
        return discussion() || furniture() && !content();
    }

    /** +25 for a content hint, -25 for furniture or comments, 0 for both or neither. */
    int weight() {
        return (content() ? 25 : 0) - (discussion() || furniture() ? 25 : 0);
    }
}
