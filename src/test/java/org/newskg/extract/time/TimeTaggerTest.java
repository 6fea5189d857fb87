package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.NewsFixture;
import org.newskg.extract.TimeExpression;

/** Date phrases resolved against a fixed publication date: Thursday 7 March 2019. */
class TimeTaggerTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "It happened on Tuesday.| 2019-03-05",
            "It happened on Thursday.| 2019-03-07",
            "It happened last Friday.| 2019-03-01",
            "It happened on Monday morning.| 2019-03-04",
            "It will happen next Monday.| 2019-03-11",
            "It happened yesterday.| 2019-03-06",
            "It happened today.| 2019-03-07",
            "It happens tomorrow.| 2019-03-08",
            "It happened last week.| 2019-02",
            "It happened this week.| 2019-03",
            "It happened earlier this month.| 2019-03",
            "It happened earlier in the month.| 2019-03",
            "It happened last month.| 2019-02",
            "It happened this year.| 2019",
            "It happened last year.| 2018",
            "It will happen next year.| 2020",
            "It happens this weekend.| 2019-03-09",
            "It happened two days ago.| 2019-03-05",
            "It happened three weeks ago.| 2019-02",
            "It happened on 14 January.| 2019-01-14",
            "It happened on January 14, 2018.| 2018-01-14",
            "It happened on 14 January 2017.| 2017-01-14",
            "It happened on October 29.| 2018-10-29",
            "It happened in December.| 2018-12",
            "It will happen in May.| 2019-05",
            "It happened in December 2018.| 2018-12",
            "It happened in 2004.| 2004",
            "Sanctions have been in force since 2011.| 2011",
            "The army had been disarmed by 2010.| 2010",
            "It happened in mid-2015.| 2015",
            "Last April, the US designated the group.| 2018-04",
            "The US designated the group last February.| 2019-02",
            "The US designated the group last March.| 2018-03",
            "It will happen next April.| 2019-04",
            "He was arrested in March, 2018, by the police.| 2018-03",
            "He said on Feb 10 that he would resign.| 2019-02-10",
            "It happened on Sept 3, 2017.| 2017-09-03"})
    void resolves_the_phrase_against_the_publication_date(String sentence, String date) {
        List<TimeExpression> times = NewsFixture.annotate(sentence).times();
        assertEquals(1, times.size(), () -> "one date phrase in " + sentence + ": " + times);
        assertEquals(date, times.get(0).date().toString());
    }

    @Test
    void keeps_the_phrase_and_its_span() {
        TimeExpression t = NewsFixture.annotate("Germany on Monday banned Mahan Air.").times().get(0);
        assertEquals("on Monday", t.surface());
        assertEquals(8, t.span().start());
    }

    @Test
    void reads_no_date_in_numbers_and_modal_may() {
        assertEquals(List.of(), NewsFixture.annotate("Huawei sold 2004 phones and it may rise.").times());
    }

    @Test
    void leaves_relative_phrases_unread_without_a_publication_date() {
        List<TimeExpression> times = NewsFixture.annotate("It happened on Tuesday, in 2004.", null).times();
        assertEquals(1, times.size());
        assertEquals("2004", times.get(0).date().toString());
    }

    @Test
    void reads_a_weekday_on_the_day_of_publication_as_that_day() {
        assertEquals("2019-10-03", NewsFixture.annotate("The court ruled on Thursday.", LocalDate.of(2019, 10, 3))
                .times().get(0).date().toString());
    }

    @Test
    void reads_a_short_month_without_a_point_only_before_a_number() {
        assertEquals(List.of(), NewsFixture.annotate("It was written by Jan Smith.").times());
    }

    @Test
    void reads_the_same_day_as_the_last_full_date_written_before() {
        List<String> dates = NewsFixture.annotate("The Court of Session ruled on September 11. The High Court also ruled "
                + "on the same day. The government appealed the next day.").times().stream()
                .map(t -> t.date().toString()).toList();
        assertEquals(List.of("2018-09-11", "2018-09-11", "2018-09-12"), dates);
    }

    @Test
    void leaves_the_same_day_unread_without_a_full_date_before() {
        assertEquals(List.of("2019-02"), NewsFixture.annotate("It happened last month. They met the same day.").times()
                .stream().map(t -> t.date().toString()).toList());
    }
}
