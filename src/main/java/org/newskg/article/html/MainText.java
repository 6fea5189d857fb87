package org.newskg.article.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a news page, without navigation, ads, share buttons, related-story lists and
 * reader comments. It scores blocks of text as Readability does: every paragraph of prose gives
 * points to its parent and grandparent (more for length and commas), a container's points shrink
 * with the share of its text that is link text, and the best container wins. Class and id words
 * ({@link Hints}) weigh in and remove obvious furniture first; if that leaves too little, the
 * page is scored again without them.
 */
public final class MainText {

    /** Shorter text than this is not a paragraph of prose. */
    private static final int MIN_PARAGRAPH = 25;
    /** Below this much text, the hints are suspected of removing the article and the page is scored again. */
    private static final int RETRY_BELOW = 500;
    private static final String NOISE = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "button, input, select, textarea, label, nav, aside, footer, dialog, menu, figure, picture, video, "
            + "audio, h1, [hidden], [aria-hidden=true], "
            + "[role~=^(navigation|complementary|contentinfo|banner|menu|menubar|dialog|alert|search)$], "
            + "[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";

    private MainText() {}

    /** The page's main text, paragraphs separated by blank lines; empty when the page has none. */
    public static String of(Document page) {
        String text = extract(page.clone(), true);
        if (text.length() < RETRY_BELOW) {
            String unhinted = extract(page.clone(), false);
            if (unhinted.length() > text.length())
                return unhinted;
        }
        return text;
    }

    private static String extract(Document page, boolean removeUnlikely) {
        Element body = page.body();
        body.select(NOISE).remove();
        if (removeUnlikely)
            removeUnlikely(body);
        Map<Element, Double> scores = score(body);
        Element top = body;
        double best = 0;
        for (Element e : body.getAllElements()) {
            // In document order, so that a tie always goes the same way and a page always gives the same text.
            double score = scores.getOrDefault(e, 0.0);
            if (score > best) {
                best = score;
                top = e;
            }
        }
        List<Element> parts = withSiblings(top, scores);
        parts.forEach(MainText::clean);
        return parts.stream().map(BlockText::of).filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
    }

    private static void removeUnlikely(Element body) {
        for (Element e : body.getAllElements())
            if (e != body && e.parent() != null && Hints.of(e).unlikely() && !holdsArticle(e))
                e.remove();
    }

    /**
     * Whether an element wraps the article as the page declares it, whatever its class says; an
     * {@code <article>} that is itself a comment (as WordPress writes them) does not count.
     */
    private static boolean holdsArticle(Element e) {
        return e.select("article, main, [itemprop=articleBody]").stream().anyMatch(a -> !Hints.of(a).discussion());
    }

    /** Points per container: each paragraph of prose adds to its ancestors, less the further up. */
    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> points = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String text = inlineText(e);
            if (!BlockText.isBlock(e) || text.length() < MIN_PARAGRAPH || linkDensity(e) > 0.5)
                continue;
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; level < 5 && ancestor != null && ancestor != body.parent(); level++) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                points.merge(ancestor, initialScore(ancestor) + score * share, (a, b) -> a + score * share);
                ancestor = ancestor.parent();
            }
        }
        points.replaceAll((e, p) -> p * (1 - linkDensity(e)));
        return points;
    }

    private static double initialScore(Element e) {
        double tag = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "th", "h2", "h3", "h4", "h5", "h6" -> -5;
            default -> 0;
        };
        return tag + Hints.of(e).weight() + (e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody") ? 25 : 0);
    }

    /**
     * The winner, and those of its siblings that continue it (an article split around an advert):
     * prose paragraphs, and containers that score at least a fifth of the winner, more easily
     * when they share its class.
     */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null || top == top.ownerDocument().body())
            return List.of(top);
        double threshold = Math.max(10, scores.getOrDefault(top, 0.0) * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            String text = sibling.text();
            double links = linkDensity(sibling);
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                    ? scores.getOrDefault(top, 0.0) * 0.2 : 0;
            boolean continues = sibling == top
                    || scores.getOrDefault(sibling, 0.0) + bonus >= threshold && !Hints.of(sibling).unlikely()
                    || sibling.normalName().equals("p") && (text.length() > 80 && links < 0.25
                            || links == 0 && text.matches(".*[.!?][\"”’]?$"));
            if (continues)
                parts.add(sibling);
        }
        return parts;
    }

    /** Drops what is left of the furniture inside the chosen text: link lists, stray labels, empty boxes. */
    private static void clean(Element part) {
        List<Element> boxes = new ArrayList<>(part.select("div, section, header, ul, ol, dl, table, span, p, li"));
        boxes.remove(part);
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Element e = boxes.get(i);
            if (e.parent() == null)
                continue;
            String text = e.text();
            if (commas(text) >= 10)
                continue;
            double links = linkDensity(e);
            boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
            boolean fragment = !e.normalName().equals("span") && !e.normalName().equals("li")
                    && text.length() < MIN_PARAGRAPH && e.select("p").isEmpty() && !isSentence(text) && !isHeading(e);
            if (links > 0.5 || list && links > 0.3 || Hints.of(e).weight() < 0 || fragment)
                e.remove();
        }
    }

    private static boolean isHeading(Element e) {
        return e.normalName().matches("h[2-6]") || e.parent() != null && e.parent().normalName().matches("h[2-6]");
    }

    private static boolean isSentence(String text) {
        return text.matches(".*\\p{L}.*[.!?][\"”’)]?");
    }

    /** The text of a block's own lines: its text nodes and inline children, not its child blocks. */
    private static String inlineText(Element e) {
        StringBuilder s = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t)
                s.append(t.text());
            else if (child instanceof Element c && !BlockText.isBlock(c))
                s.append(c.text());
        }
        return s.toString().strip();
    }

    /** The share of an element's text that sits in links. */
    private static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0)
            return 0;
        int linked = 0;
        for (Element a : e.select("a"))
            linked += a.text().length();
        return Math.min(1, linked / (double) length);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++)
            if (text.charAt(i) == ',' || text.charAt(i) == '，' || text.charAt(i) == '،')
                n++;
        return n;
    }
}
