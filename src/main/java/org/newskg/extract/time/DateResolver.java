package org.newskg.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.newskg.fact.PartialDate;

/**
 * Turns the parts of a date phrase into a calendar date, reading relative phrases from the
 * publication date: a weekday is the most recent such day on or before publication (news
 * reports what happened), "this weekend" the Saturday of the publication week, a month or a
 * day-and-month without a year the nearest one that is not more than half a year ahead.
 */
public final class DateResolver {

    /** How a weekday or period is placed against the publication date. */
    public enum Anchor { PLAIN, LAST, THIS, NEXT }

    private DateResolver() {}

    /** "on Tuesday" (PLAIN), "last Tuesday", "this Tuesday", "next Tuesday". */
    public static PartialDate weekday(LocalDate published, DayOfWeek day, Anchor anchor) {
        LocalDate d = switch (anchor) {
            case PLAIN -> published.with(TemporalAdjusters.previousOrSame(day));
            case LAST -> published.with(TemporalAdjusters.previous(day));
            case NEXT -> published.with(TemporalAdjusters.next(day));
            case THIS -> published.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L);
        };
        return PartialDate.of(d);
    }

    /** "this weekend" is the Saturday of the publication week; "last weekend" the one before it. */
    public static PartialDate weekend(LocalDate published, Anchor anchor) {
        LocalDate saturday = published.getDayOfWeek() == DayOfWeek.SUNDAY ? published.minusDays(1)
                : published.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return PartialDate.of(switch (anchor) {
            case LAST -> saturday.minusWeeks(1);
            case NEXT -> saturday.plusWeeks(1);
            default -> saturday;
        });
    }

    /** "last week", "this month", "next year": the month (or year) the period falls in. */
    public static PartialDate period(LocalDate published, ChronoUnit unit, Anchor anchor) {
        int shift = anchor == Anchor.LAST ? -1 : anchor == Anchor.NEXT ? 1 : 0;
        return switch (unit) {
            case WEEKS -> PartialDate.of(YearMonth.from(published.plusWeeks(shift)));
            case MONTHS -> PartialDate.of(YearMonth.from(published).plusMonths(shift));
            case YEARS -> PartialDate.ofYear(published.getYear() + shift);
            default -> throw new IllegalArgumentException("no period of " + unit);
        };
    }

    /** "three days ago", "two weeks ago", "a year ago". */
    public static PartialDate ago(LocalDate published, long amount, ChronoUnit unit) {
        LocalDate d = published.minus(amount, unit);
        return switch (unit) {
            case DAYS -> PartialDate.of(d);
            case WEEKS, MONTHS -> PartialDate.of(YearMonth.from(d));
            default -> PartialDate.ofYear(d.getYear());
        };
    }

    /** "last April" is the latest April before the month of publication, "next April" the first after it. */
    public static PartialDate month(LocalDate published, int month, Anchor anchor) {
        int year = published.getYear(), now = published.getMonthValue();
        return new PartialDate(switch (anchor) {
            case LAST -> month < now ? year : year - 1;
            case NEXT -> month > now ? year : year + 1;
            default -> year;
        }, month, 0);
    }

    /** "in December": the nearest December not more than half a year after publication. */
    public static PartialDate month(LocalDate published, int month) {
        int year = published.getYear();
        if (month - published.getMonthValue() > 6)
            year--;
        return new PartialDate(year, month, 0);
    }

    /** "on 14 January": the nearest such day not more than half a year after publication. */
    public static PartialDate dayOfMonth(LocalDate published, int month, int day) {
        int year = published.getYear();
        if (!valid(year, month, day))
            return null;
        LocalDate d = LocalDate.of(year, month, day);
        if (ChronoUnit.DAYS.between(published, d) > 183 && valid(year - 1, month, day))
            d = LocalDate.of(year - 1, month, day);
        return PartialDate.of(d);
    }

    /** A fully written date, or {@code null} when it does not exist (30 February). */
    public static PartialDate date(int year, int month, int day) {
        return valid(year, month, day) ? new PartialDate(year, month, day) : null;
    }

    private static boolean valid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }
}
