package org.newskg.extract.time;

import java.util.List;
import java.util.Map;
import org.newskg.fact.PartialDate;

/**
 * Days named by an earlier day of the article: "the same day", "that day", "later that day", "the
 * next day", "the following day", "the previous day", "two days later". They resolve against the
 * last full date the article wrote before them, and stay unread when there is none.
 */
final class DayReferences {

    /** Phrases and how many days after the earlier day they fall. */
    private static final Map<List<String>, Integer> PHRASES = Map.ofEntries(
            Map.entry(List.of("the", "same", "day"), 0), Map.entry(List.of("that", "same", "day"), 0),
            Map.entry(List.of("that", "day"), 0), Map.entry(List.of("later", "that", "day"), 0),
            Map.entry(List.of("earlier", "that", "day"), 0), Map.entry(List.of("the", "next", "day"), 1),
            Map.entry(List.of("the", "following", "day"), 1), Map.entry(List.of("a", "day", "later"), 1),
            Map.entry(List.of("one", "day", "later"), 1), Map.entry(List.of("two", "days", "later"), 2),
            Map.entry(List.of("three", "days", "later"), 3), Map.entry(List.of("the", "previous", "day"), -1));

    private DayReferences() {}

    /** The phrase at token {@code i} ("on" may open it) resolved against {@code earlier}, or {@code null}. */
    static TimeMatcher.Match at(List<String> words, int i, PartialDate earlier) {
        if (earlier == null || !earlier.hasDay())
            return null;
        int j = i < words.size() && words.get(i).equals("on") ? i + 1 : i;
        for (Map.Entry<List<String>, Integer> e : PHRASES.entrySet()) {
            List<String> phrase = e.getKey();
            if (j + phrase.size() <= words.size() && words.subList(j, j + phrase.size()).equals(phrase))
                return new TimeMatcher.Match(j + phrase.size(),
                        PartialDate.of(java.time.LocalDate.of(earlier.year(), earlier.month(), earlier.day()).plusDays(e.getValue())));
        }
        return null;
    }
}
