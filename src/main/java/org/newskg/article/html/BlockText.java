package org.newskg.article.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element as a reader sees it: each block (paragraph, heading, list item,
 * cell) a paragraph of its own, separated by a blank line; {@code <br>} a line break and two of
 * them a paragraph break; runs of white space one space, except inside {@code <pre>}.
 */
public final class BlockText {

    /** Elements that start and end a paragraph. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private BlockText() {}

    public static String of(Element root) {
        Writer writer = new Writer();
        NodeTraversor.traverse(writer, root);
        return writer.out.toString().strip();
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    private static final class Writer implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private String pending = "";
        private int inPre;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = inPre > 0 ? t.getWholeText() : t.text();
                if (inPre == 0 && (out.isEmpty() || !pending.isEmpty() || out.charAt(out.length() - 1) == ' '))
                    s = s.stripLeading();
                if (!s.isEmpty()) {
                    out.append(out.isEmpty() ? "" : pending).append(s);
                    pending = "";
                }
            } else if (node instanceof Element e) {
                if (e.normalName().equals("br"))
                    lineBreak("\n");
                else if (isBlock(e))
                    lineBreak("\n\n");
                if (e.normalName().equals("pre"))
                    inPre++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && isBlock(e)) {
                lineBreak("\n\n");
                if (e.normalName().equals("pre"))
                    inPre--;
            }
        }

        /** Ends the line; the break is written before the next text, and the larger break wins. */
        private void lineBreak(String kind) {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ')
                end--;
            out.setLength(end);
            if (kind.equals("\n") && pending.equals("\n"))
                pending = "\n\n";
            else if (kind.length() > pending.length())
                pending = kind;
        }
    }
}
