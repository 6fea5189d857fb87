package org.newskg.extract.entity;

import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Mention;
import org.newskg.extract.Token;
import org.newskg.fact.Entity;

/**
 * The mentions of an article by token: which mention (and so which entity) covers each token.
 * Names win over pronouns and descriptions, and longer mentions over shorter ones.
 */
public final class MentionIndex {

    private final AnnotatedArticle doc;
    private final Mention[] at;

    private MentionIndex(AnnotatedArticle doc) {
        this.doc = doc;
        List<Token> tokens = doc.tokens();
        this.at = new Mention[tokens.size()];
        for (Mention m : doc.mentions()) {
            if (doc.entityOf(m) == null)
                continue;
            int from = startToken(doc, m);
            for (int i = from; i < tokens.size() && tokens.get(i).start() < m.span().end(); i++)
                if (at[i] == null || better(m, at[i]))
                    at[i] = m;
        }
    }

    /** The index of the article's mentions that resolve to entities, as they are now. */
    public static MentionIndex of(AnnotatedArticle doc) {
        return new MentionIndex(doc);
    }

    private static boolean better(Mention a, Mention b) {
        if (a.kind().names() != b.kind().names())
            return a.kind().names();
        return a.span().length() > b.span().length();
    }

    private static int startToken(AnnotatedArticle doc, Mention m) {
        int i = doc.firstTokenAtOrAfter(m.span().start());
        if (i > 0 && doc.tokens().get(i - 1).end() > m.span().start())
            i--; // a mention inside a token: "Luxembourg" of "Luxembourg-based"
        return i;
    }

    /** The mention covering the token with this document index, or null. */
    public Mention at(int token) {
        return token >= 0 && token < at.length ? at[token] : null;
    }

    /** The entity of the mention covering the token, or null. */
    public Entity entityAt(int token) {
        Mention m = at(token);
        return m == null ? null : doc.entityOf(m);
    }

    /** Whether a mention starts at this token. */
    public boolean startsAt(int token) {
        Mention m = at(token);
        return m != null && (token == 0 || at(token - 1) != m);
    }

    /** The document index of the first token after the mention that covers {@code token}. */
    public int endOf(int token) {
        Mention m = at(token);
        int i = token;
        while (i < at.length && at[i] == m)
            i++;
        return i;
    }

    /** The document index of the first token of the mention that covers {@code token}. */
    public int startOf(int token) {
        Mention m = at(token);
        int i = token;
        while (i > 0 && at[i - 1] == m)
            i--;
        return i;
    }
}
