package org.newskg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates that article sources write: ISO dates and timestamps, RFC 822
 * dates as feeds write them, and written-out dates ("March 7, 2019", "7 March 2019"). The date
 * is the one the publisher wrote, in the publisher's own time zone.
 */
public final class PublicationDates {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final String WEEKDAY = "(?:[A-Za-z]+,?\\s+)?";
    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:[T ].*)?");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(WEEKDAY + "(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4}|\\d{2})(?:\\s+.*)?");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(WEEKDAY + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})(?:\\s+.*)?");

    private PublicationDates() {}

    /**
     * The date of a publication timestamp, or {@code null} for a blank value.
     *
     * @throws IllegalArgumentException when the value is not a date in a known form
     */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank())
            return null;
        LocalDate date = tryParse(value);
        if (date == null)
            throw new IllegalArgumentException("publication date '" + value.strip() + "' is not a date NewsKG reads;"
                    + " write an ISO date (2019-03-07), an ISO timestamp or an RFC 822 date (Thu, 07 Mar 2019)");
        return date;
    }

    /** The date, or {@code null} when the value is blank or not a date in a known form. */
    public static LocalDate tryParse(String value) {
        if (value == null)
            return null;
        String v = value.strip();
        try {
            Matcher m = ISO.matcher(v);
            if (m.matches())
                return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            m = DAY_MONTH_YEAR.matcher(v);
            if (m.matches())
                return date(m.group(3), month(m.group(2)), m.group(1));
            m = MONTH_DAY_YEAR.matcher(v);
            if (m.matches())
                return date(m.group(3), month(m.group(1)), m.group(2));
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate date(String year, int month, String day) {
        int y = Integer.parseInt(year);
        if (year.length() == 2)
            y += y < 50 ? 2000 : 1900;
        return LocalDate.of(y, month, Integer.parseInt(day));
    }

    /** 1 to 12 for an English month name or its abbreviation; 0 (an invalid month) otherwise. */
    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int i = MONTHS.indexOf(n.substring(0, 3));
        boolean known = i >= 0 && (n.length() == 3 || n.equals("sept") || fullName(i).startsWith(n));
        return known ? i + 1 : 0;
    }

    private static String fullName(int month) {
        return java.time.Month.of(month + 1).name().toLowerCase(Locale.ROOT);
    }
}
