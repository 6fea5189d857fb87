package org.newskg.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses the publication dates that article sources write: ISO dates, ISO timestamps, RFC 1123. */
public final class PublicationDates {

    private PublicationDates() {}

    /**
     * The date of a publication timestamp, or {@code null} for a blank value.
     *
     * @throws IllegalArgumentException when the value is not a date in a known form
     */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank())
            return null;
        String v = value.strip();
        try {
            if (v.length() == 10)
                return LocalDate.parse(v);
            if (Character.isDigit(v.charAt(0))) {
                try {
                    return OffsetDateTime.parse(v).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(v.substring(0, 10));
                }
            }
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("publication date '" + value
                    + "' is not an ISO date (2019-03-07), ISO timestamp or RFC 1123 date");
        }
    }
}
