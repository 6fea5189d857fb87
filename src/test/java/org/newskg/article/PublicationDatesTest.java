package org.newskg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    private static final LocalDate MARCH_7 = LocalDate.of(2019, 3, 7);

    @Test
    void reads_iso_dates_and_timestamps_as_written() {
        assertEquals(MARCH_7, PublicationDates.parse("2019-03-07"));
        assertEquals(MARCH_7, PublicationDates.parse("2019-03-07T23:30:00-05:00"));
        assertEquals(MARCH_7, PublicationDates.parse("2019-03-07T10:00:00.000+0100"));
        assertEquals(MARCH_7, PublicationDates.parse("2019-03-07 10:00:00"));
    }

    @Test
    void reads_rfc_822_dates_as_feeds_write_them() {
        assertEquals(MARCH_7, PublicationDates.parse("Thu, 07 Mar 2019 10:00:00 GMT"));
        assertEquals(MARCH_7, PublicationDates.parse("Thu, 7 Mar 2019 10:00:00 EST"));
        assertEquals(MARCH_7, PublicationDates.parse("7 Mar 19 10:00 +0000"));
    }

    @Test
    void reads_written_out_dates() {
        assertEquals(MARCH_7, PublicationDates.parse("Thursday, March 7, 2019"));
        assertEquals(MARCH_7, PublicationDates.parse("7 March 2019"));
        assertEquals(LocalDate.of(2019, 9, 7), PublicationDates.parse("Sept. 7, 2019"));
    }

    @Test
    void blank_is_unknown() {
        assertNull(PublicationDates.parse(" "));
        assertNull(PublicationDates.parse(null));
    }

    @Test
    void rejects_what_is_not_a_date_and_says_what_would_be() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PublicationDates.parse("yesterday"));
        assertEquals("publication date 'yesterday' is not a date NewsKG reads; write an ISO date (2019-03-07),"
                + " an ISO timestamp or an RFC 822 date (Thu, 07 Mar 2019)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PublicationDates.parse("2019-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PublicationDates.parse("7 Marchember 2019"));
    }

    @Test
    void try_parse_gives_null_for_what_it_cannot_read() {
        assertNull(PublicationDates.tryParse("last week"));
        assertEquals(MARCH_7, PublicationDates.tryParse("March 7, 2019"));
    }
}
