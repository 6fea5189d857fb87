package org.newskg.extract.time;

import static java.util.Map.entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.time.DateResolver.Anchor;
import org.newskg.fact.PartialDate;

/**
 * Reads one date phrase at a token position: weekdays ("on Tuesday", "last Friday"), days
 * ("yesterday"), periods ("last week", "earlier this month", "this weekend", "two days ago"),
 * written dates ("on 14 January", "January 14, 2019", "in December", "in 2004"). Works on
 * lower-cased tokens with hash lookups only.
 */
final class TimeMatcher {

    /** A phrase from the start position to {@code end} (exclusive) and its date. */
    record Match(int end, PartialDate date) {}

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(entry("january", 1), entry("jan.", 1),
            entry("february", 2), entry("feb.", 2), entry("march", 3), entry("mar.", 3), entry("april", 4),
            entry("apr.", 4), entry("may", 5), entry("june", 6), entry("july", 7), entry("august", 8),
            entry("aug.", 8), entry("september", 9), entry("sep.", 9), entry("sept.", 9), entry("october", 10),
            entry("oct.", 10), entry("november", 11), entry("nov.", 11), entry("december", 12), entry("dec.", 12));

    /** Months written short without a point, read only before a number: "Feb 10", "Sept 2018". */
    private static final Map<String, Integer> SHORT_MONTHS = Map.ofEntries(entry("jan", 1), entry("feb", 2),
            entry("mar", 3), entry("apr", 4), entry("jun", 6), entry("jul", 7), entry("aug", 8), entry("sep", 9),
            entry("sept", 9), entry("oct", 10), entry("nov", 11), entry("dec", 12));

    private static final Map<String, Anchor> ANCHORS = Map.of("last", Anchor.LAST, "past", Anchor.LAST,
            "this", Anchor.THIS, "next", Anchor.NEXT, "coming", Anchor.NEXT);

    /** Prepositions that introduce a date and belong to its phrase. */
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "since", "by", "until", "till", "from",
            "during", "before", "after", "of", "around", "throughout", "between", "through", "as");

    private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(entry("a", 1), entry("an", 1),
            entry("one", 1), entry("two", 2), entry("three", 3), entry("four", 4), entry("five", 5), entry("six", 6),
            entry("seven", 7), entry("eight", 8), entry("nine", 9), entry("ten", 10), entry("eleven", 11),
            entry("twelve", 12), entry("several", 3), entry("few", 3));

    private static final Map<String, ChronoUnit> UNITS = Map.of("day", ChronoUnit.DAYS, "days", ChronoUnit.DAYS,
            "week", ChronoUnit.WEEKS, "weeks", ChronoUnit.WEEKS, "month", ChronoUnit.MONTHS, "months",
            ChronoUnit.MONTHS, "year", ChronoUnit.YEARS, "years", ChronoUnit.YEARS);

    private final List<String> words;
    private final List<String> original;
    private final LocalDate published;

    /**
     * @param words     the lower-cased tokens of a sentence
     * @param original  the same tokens as written
     * @param published the publication date, or {@code null} (relative phrases then stay unread)
     */
    TimeMatcher(List<String> words, List<String> original, LocalDate published) {
        this.words = words;
        this.original = original;
        this.published = published;
    }

    /** The date phrase that starts at token {@code i}, or {@code null}. */
    Match at(int i) {
        int j = i;
        boolean preposition = false;
        if (PREPOSITIONS.contains(word(j))) {
            preposition = true;
            j++;
        }
        if (word(j).equals("earlier") || word(j).equals("later")) {
            Match m = earlierLater(j);
            if (m != null)
                return m;
        }
        Anchor anchor = Anchor.PLAIN;
        if (ANCHORS.containsKey(word(j))) {
            anchor = ANCHORS.get(word(j));
            j++;
        }
        boolean edge = false;
        if (word(j).equals("early") || word(j).equals("late") || word(j).equals("mid") || word(j).equals("mid-")) {
            edge = true;
            j++;
        }
        Match m = relative(j, anchor);
        if (m == null && anchor == Anchor.PLAIN)
            m = written(j, preposition || edge);
        return m;
    }

    /** "earlier this month", "earlier in the month", "later this year". */
    private Match earlierLater(int j) {
        int k = j + 1;
        if (word(k).equals("this"))
            k++;
        else if (word(k).equals("in") && word(k + 1).equals("the"))
            k += 2;
        else
            return null;
        ChronoUnit unit = UNITS.get(word(k));
        if (unit == null || unit == ChronoUnit.DAYS || published == null)
            return null;
        return new Match(k + 1, DateResolver.period(published, unit, Anchor.THIS));
    }

    private Match relative(int j, Anchor anchor) {
        if (published == null)
            return null;
        String w = word(j);
        DayOfWeek day = WEEKDAYS.get(w);
        if (day != null && isCapitalized(j)) {
            int end = j + 1;
            if (PART_OF_DAY.contains(word(end)))
                end++;
            return new Match(end, DateResolver.weekday(published, day, anchor));
        }
        if (anchor != Anchor.PLAIN) {
            if (MONTHS.containsKey(w) && isCapitalized(j))
                return new Match(j + 1, DateResolver.month(published, MONTHS.get(w), anchor));
            if (w.equals("weekend"))
                return new Match(j + 1, DateResolver.weekend(published, anchor));
            ChronoUnit unit = UNITS.get(w);
            if (unit != null && unit != ChronoUnit.DAYS && !w.endsWith("s"))
                return new Match(j + 1, DateResolver.period(published, unit, anchor));
            if (anchor == Anchor.LAST && w.equals("night"))
                return new Match(j + 1, PartialDate.of(published.minusDays(1)));
            if (anchor == Anchor.THIS && PART_OF_DAY.contains(w))
                return new Match(j + 1, PartialDate.of(published));
            return null;
        }
        switch (w) {
            case "yesterday": return new Match(j + 1, PartialDate.of(published.minusDays(1)));
            case "today": case "tonight": return new Match(j + 1, PartialDate.of(published));
            case "tomorrow": return new Match(j + 1, PartialDate.of(published.plusDays(1)));
            default: break;
        }
        Integer amount = NUMBERS.get(w);
        if (amount == null)
            amount = number(w, 1, 100);
        ChronoUnit unit = UNITS.get(word(j + 1));
        if (amount != null && unit != null && word(j + 2).equals("ago"))
            return new Match(j + 3, DateResolver.ago(published, amount, unit));
        return null;
    }

    /** "14 January 2019", "January 14, 2019", "December 2018", "in December", "in 2004", "mid-2015". */
    private Match written(int j, boolean introduced) {
        String w = word(j);
        if (w.startsWith("mid-") || w.startsWith("early-") || w.startsWith("late-")) {
            String rest = w.substring(w.indexOf('-') + 1);
            Integer month = MONTHS.get(rest);
            if (month != null && published != null)
                return new Match(j + 1, DateResolver.month(published, month));
            Integer year = number(rest, 1900, 2099);
            return year == null ? null : new Match(j + 1, PartialDate.ofYear(year));
        }
        Integer day = ordinal(word(j));
        if (day != null && MONTHS.containsKey(word(j + 1)) && isCapitalized(j + 1)) {
            int month = MONTHS.get(word(j + 1));
            Integer year = number(word(j + 2), 1900, 2099);
            if (year != null)
                return match(j + 3, DateResolver.date(year, month, day));
            return published == null ? null : match(j + 2, DateResolver.dayOfMonth(published, month, day));
        }
        Integer month = MONTHS.containsKey(word(j)) ? MONTHS.get(word(j))
                : ordinal(word(j + 1)) != null ? SHORT_MONTHS.get(word(j)) : null; // "Feb 10", but not "Jan Smith"
        if (month != null && isCapitalized(j)) {
            Integer d = ordinal(word(j + 1));
            if (d != null && number(word(j + 1), 1900, 2099) == null) {
                int k = word(j + 2).equals(",") ? j + 3 : j + 2;
                Integer year = number(word(k), 1900, 2099);
                if (year != null)
                    return match(k + 1, DateResolver.date(year, month, d));
                return published == null ? null : match(j + 2, DateResolver.dayOfMonth(published, month, d));
            }
            int k = word(j + 1).equals(",") ? j + 2 : j + 1; // "in March, 2018"
            Integer year = number(word(k), 1900, 2099);
            if (year != null)
                return new Match(k + 1, new PartialDate(year, month, 0));
            if (introduced && published != null)
                return new Match(j + 1, DateResolver.month(published, month));
            return null;
        }
        Integer year = number(word(j), 1900, 2099);
        if (year != null && introduced && !word(j + 1).equals("%") && !word(j + 1).equals("/"))
            return new Match(j + 1, PartialDate.ofYear(year));
        return null;
    }

    private static Match match(int end, PartialDate date) {
        return date == null ? null : new Match(end, date);
    }

    private String word(int i) {
        return i < words.size() ? words.get(i) : "";
    }

    private boolean isCapitalized(int i) {
        return i < original.size() && !original.get(i).isEmpty() && Character.isUpperCase(original.get(i).charAt(0));
    }

    /** 14, 14th, 1st: a day of the month. */
    private static Integer ordinal(String w) {
        String digits = w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")
                ? w.substring(0, w.length() - 2) : w;
        return number(digits, 1, 31);
    }

    private static Integer number(String w, int min, int max) {
        if (w.isEmpty() || w.length() > 4)
            return null;
        for (int k = 0; k < w.length(); k++)
            if (!Character.isDigit(w.charAt(k)))
                return null;
        int n = Integer.parseInt(w);
        return n >= min && n <= max ? n : null;
    }
}
