package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.fact.EntityType;

/**
 * Reads the lines where capitals say nothing about names: headline-case and all-capital
 * sentences, where only names already read elsewhere in the article are found, and datelines.
 */
final class Headlines {

    private final Map<String, ResolvedName> resolved;
    private final String source;

    /**
     * @param resolved the names of the article by surface
     * @param source   the extractor recorded on the mentions
     */
    Headlines(Map<String, ResolvedName> resolved, String source) {
        this.resolved = resolved;
        this.source = source;
    }

    /**
     * A dateline names the place the story was filed from: "CINCINNATI 1996-08-30", "IRVINE,
     * Calif. (Reuters) -". Capitals before a date, a comma or an agency in brackets are a place.
     */
    void dateline(AnnotatedArticle doc, List<Token> tokens, Mention[] catalogAt) {
        int end = 0;
        while (end < Math.min(tokens.size(), 3) && Shape.isAllCaps(tokens.get(end).text())
                && catalogAt[tokens.get(end).index()] == null)
            end++;
        if (end == 0 || end >= tokens.size())
            return;
        String next = tokens.get(end).text();
        if (!(Shape.hasDigit(next) || next.equals("(") || next.equals(",")))
            return;
        String name = ResolvedName.surface(tokens, 0, end);
        doc.addMention(ResolvedName.own(name, EntityType.Location).mention(doc, tokens, 0, end, source));
    }

    /** In a headline-case or all-capital sentence: the names already found elsewhere in the article. */
    void findKnown(AnnotatedArticle doc, List<Token> tokens, boolean upper) {
        List<Map.Entry<String, List<String>>> known = new ArrayList<>();
        for (String name : resolved.keySet()) {
            List<String> parts = new ArrayList<>();
            for (String p : name.split(" "))
                parts.add(upper ? p.toUpperCase(Locale.ROOT) : p);
            known.add(Map.entry(name, parts));
        }
        known.sort((a, b) -> b.getValue().size() - a.getValue().size());
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (Map.Entry<String, List<String>> k : known) {
                List<String> parts = k.getValue();
                if (matchesAt(tokens, i, parts) && (upper || i + parts.size() >= tokens.size()
                        || !Shape.isNameLike(tokens.get(i + parts.size()).text()))) {
                    doc.addMention(resolved.get(k.getKey()).mention(doc, tokens, i, i + parts.size(), source));
                    matched = parts.size();
                    break;
                }
            }
            i += Math.max(1, matched);
        }
    }

    private static boolean matchesAt(List<Token> tokens, int i, List<String> parts) {
        if (i + parts.size() > tokens.size() || (i > 0 && Shape.isNameLike(tokens.get(i - 1).text())
                && !Shape.isAllCaps(tokens.get(i - 1).text())))
            return false;
        for (int k = 0; k < parts.size(); k++)
            if (!tokens.get(i + k).text().equals(parts.get(k)))
                return false;
        return true;
    }
}
