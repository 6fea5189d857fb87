package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Layer;
import org.newskg.extract.Sentence;
import org.newskg.extract.TimeExpression;
import org.newskg.extract.Token;
import org.newskg.fact.PartialDate;
import org.newskg.fact.Span;

/**
 * Finds the date phrases of each sentence and resolves them against the article's publication
 * date ("on Tuesday", "last week", "in December", "14 January 2019"), or against the last full
 * date written before them ("the same day", "the next day"). Phrases that need the publication
 * date are skipped when the article has none.
 */
public final class TimeTagger implements Extractor {

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.TIMEX);
    }

    @Override
    public void extract(AnnotatedArticle doc) {
        PartialDate lastDay = null; // the last full date written, which "the same day" refers to
        for (Sentence sentence : doc.sentences()) {
            List<Token> tokens = doc.tokens(sentence);
            List<String> original = new ArrayList<>(tokens.size());
            List<String> lower = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                original.add(t.text());
                lower.add(t.text().toLowerCase(Locale.ROOT));
            }
            TimeMatcher matcher = new TimeMatcher(lower, original, doc.article().published());
            int i = 0;
            while (i < tokens.size()) {
                TimeMatcher.Match m = DayReferences.at(lower, i, lastDay);
                if (m == null)
                    m = matcher.at(i);
                if (m == null) {
                    i++;
                    continue;
                }
                Span span = new Span(tokens.get(i).start(), tokens.get(m.end() - 1).end());
                doc.addTime(new TimeExpression(span, doc.text(span), m.date()));
                if (m.date().hasDay())
                    lastDay = m.date();
                i = m.end();
            }
        }
    }
}
