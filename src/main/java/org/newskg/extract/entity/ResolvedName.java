package org.newskg.extract.entity;

import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.fact.EntityType;
import org.newskg.fact.Span;

/**
 * What a name found in the text stands for once the article is read: the key, canonical name,
 * type and Wikidata id of its entity (its own, or the longer name or catalog entry it is short for).
 *
 * @param type null when not known, which makes an organisation
 */
record ResolvedName(String key, String name, EntityType type, String wikidata) {

    /** A name of its own, found by the name recogniser. */
    static ResolvedName own(String name, EntityType type) {
        return new ResolvedName(NameRecognizer.KEY_PREFIX + name, name, type, null);
    }

    /** The mention of this name at tokens {@code [from, to)} of a sentence. */
    Mention mention(AnnotatedArticle doc, List<Token> tokens, int from, int to, String source) {
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        return new Mention(span, doc.text(span), type == null ? EntityType.Organization : type, key, name, wikidata,
                source, Mention.Kind.NAME);
    }

    /** The name as written, with single spaces where the text has any. */
    static String surface(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (i > from && t.start() > tokens.get(i - 1).end())
                b.append(' ');
            b.append(t.text());
        }
        return b.toString();
    }
}
