package org.newskg.fact;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date that may be known only to the month or the year, as news gives them
 * ("in December", "in 2004").
 *
 * @param month 1-12, or 0 when unknown
 * @param day   1-31, or 0 when unknown (and always 0 when the month is)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || (month == 0 && day != 0))
            throw new IllegalArgumentException("bad partial date " + year + "-" + month + "-" + day);
        if (day > 0)
            LocalDate.of(year, month, day); // throws on 30 February
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static PartialDate of(YearMonth m) {
        return new PartialDate(m.getYear(), m.getMonthValue(), 0);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static PartialDate parse(String iso) {
        String[] parts = iso.strip().split("-");
        try {
            return switch (parts.length) {
                case 1 -> ofYear(Integer.parseInt(parts[0]));
                case 2 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 0);
                case 3 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + iso + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** Whether the two could be the same day: equal in every part both know. */
    public boolean isCompatibleWith(PartialDate o) {
        return year == o.year && (month == 0 || o.month == 0 || month == o.month)
                && (day == 0 || o.day == 0 || day == o.day);
    }

    /** ISO form: {@code 2019}, {@code 2019-03} or {@code 2019-03-07}. */
    @Override
    public String toString() {
        if (!hasMonth())
            return String.format("%04d", year);
        if (!hasDay())
            return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public int compareTo(PartialDate o) {
        return toString().compareTo(o.toString());
    }
}
