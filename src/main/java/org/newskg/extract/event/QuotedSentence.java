package org.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.syntax.Parse;
import org.newskg.extract.syntax.Parses;
import org.newskg.fact.Quote;

/** A quotation of the article with the sentence it opens in and that sentence's parse. */
record QuotedSentence(Quote quote, Sentence sentence, Parse parse) {

    /** The article's quotations that have a place in the text, in order. */
    static List<QuotedSentence> of(Parses parses) {
        AnnotatedArticle doc = parses.referents().doc();
        List<QuotedSentence> out = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            if (q.span() == null)
                continue;
            Sentence s = doc.sentenceAt(q.span().start() + 1);
            if (s != null)
                out.add(new QuotedSentence(q, s, parses.of(s)));
        }
        return out;
    }
}
