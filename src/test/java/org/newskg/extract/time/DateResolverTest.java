package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newskg.extract.time.DateResolver.Anchor;

class DateResolverTest {

    private static final LocalDate SATURDAY = LocalDate.of(2019, 8, 24);

    @Test
    void this_weekend_of_a_saturday_is_that_saturday() {
        assertEquals("2019-08-24", DateResolver.weekend(SATURDAY, Anchor.THIS).toString());
        assertEquals("2019-08-24", DateResolver.weekend(SATURDAY.plusDays(1), Anchor.THIS).toString());
        assertEquals("2019-08-24", DateResolver.weekend(SATURDAY.minusDays(3), Anchor.THIS).toString());
    }

    @Test
    void a_plain_weekday_is_the_last_one_on_or_before_publication() {
        assertEquals("2019-08-22", DateResolver.weekday(SATURDAY, DayOfWeek.THURSDAY, Anchor.PLAIN).toString());
        assertEquals("2019-08-24", DateResolver.weekday(SATURDAY, DayOfWeek.SATURDAY, Anchor.PLAIN).toString());
        assertEquals("2019-08-17", DateResolver.weekday(SATURDAY, DayOfWeek.SATURDAY, Anchor.LAST).toString());
    }

    @Test
    void a_day_that_does_not_exist_has_no_date() {
        assertNull(DateResolver.date(2019, 2, 30));
        assertNull(DateResolver.dayOfMonth(SATURDAY, 2, 30));
    }

    @Test
    void a_month_far_ahead_of_publication_is_last_year() {
        assertEquals("2018-12", DateResolver.month(LocalDate.of(2019, 1, 23), 12).toString());
        assertEquals("2019-01", DateResolver.month(LocalDate.of(2019, 1, 23), 1).toString());
    }
}
