package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;

/**
 * Court decisions in their news forms: convictions, sentences, acquittals, rulings upheld or
 * struck down, cases dismissed, and a court that the text names only as "the judge" or "a jury".
 */
class RulingPatternsTest {

    static Stream<EventCase> cases() {
        return Stream.of(
                EventCase.of("The US Supreme Court convicted Michael Cohen of fraud.", "Ruling", "court=Supreme Court of the United States; party=Michael Cohen", "asserted"),
                EventCase.of("Michael Cohen was convicted of fraud by the US Supreme Court.", "Ruling", "court=Supreme Court of the United States; party=Michael Cohen", "asserted"),
                EventCase.of("Michael Cohen was sentenced to three years in prison on Tuesday.", "Ruling", "party=Michael Cohen", "asserted"),
                EventCase.of("Michael Cohen was found guilty by a jury in New York.", "Ruling", "party=Michael Cohen", "asserted"),
                EventCase.of("A jury convicted Michael Cohen of fraud.", "Ruling", "party=Michael Cohen", "asserted"),
                EventCase.of("The US Supreme Court acquitted Michael Cohen.", "Ruling", "court=Supreme Court of the United States; party=Michael Cohen", "asserted"),
                EventCase.of("Michael Cohen was cleared of all charges.", "Ruling", "party=Michael Cohen", "asserted"),
                EventCase.of("The US Supreme Court upheld the ban on Huawei.", "Ruling", "court=Supreme Court of the United States", "asserted"),
                EventCase.of("The US Supreme Court struck down Apple's patent.", "Ruling", "court=Supreme Court of the United States; party=Apple", "asserted"),
                EventCase.of("The US Supreme Court rejected Huawei's appeal.", "Ruling", "court=Supreme Court of the United States; party=Huawei", "asserted"),
                EventCase.of("The US Supreme Court dismissed the lawsuit against Apple.", "Ruling", "court=Supreme Court of the United States", "asserted"),
                EventCase.of("The US Supreme Court ruled that Huawei had violated the law.", "Ruling", "court=Supreme Court of the United States; party=Huawei", "asserted"),
                EventCase.of("The US Supreme Court's ruling against Apple surprised investors.", "Ruling", "court=Supreme Court of the United States; party=Apple", "asserted"),
                EventCase.of("Michael Cohen's conviction by the US Supreme Court was expected.", "Ruling", "court=Supreme Court of the United States; party=Michael Cohen", "asserted"),
                EventCase.of("The US Supreme Court did not convict Michael Cohen.", "Ruling", "court=Supreme Court of the United States; party=Michael Cohen", "denied"),
                EventCase.of("The US Supreme Court could overturn the ban on Huawei.", "Ruling", "court=Supreme Court of the United States", "hypothetical"),
                EventCase.of("Michael Cohen could be sentenced to five years.", "Ruling", "party=Michael Cohen", "hypothetical"),
                EventCase.of("The International Court of Justice ordered Iran to release the sailors.", "Ruling", "court=International Court of Justice; party=Iran", "asserted"),
                EventCase.of("Judges at the International Court of Justice convicted Michael Cohen.", "Ruling", "court=International Court of Justice; party=Michael Cohen", "asserted"),
                EventCase.of("The US Supreme Court declined to hear Huawei's appeal.", "Ruling", "court=Supreme Court of the United States; party=Huawei", "asserted"),
                EventCase.of("Judge Jesse Furman ruled that Huawei had violated the law.", "Ruling", "court=Jesse Furman; party=Huawei", "asserted"),
                EventCase.of("A US appeals court upheld a lower court's ruling against Google.", "Ruling", "party=Google", "asserted"),
                EventCase.of("The European Court of Justice found that Google had abused its dominance.", "Ruling", "court=European Court of Justice; party=Google", "asserted"),
                EventCase.of("The European Court of Justice sided with Facebook.", "Ruling", "court=European Court of Justice; party=Facebook", "asserted"),
                EventCase.of("Facebook lost its appeal at the European Court of Justice.", "Ruling", "court=European Court of Justice; party=Facebook", "asserted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads_the_ruling_with_its_court_and_parties(EventCase c) {
        List<Event> events = c.events();
        assertTrue(c.isMetBy(events), () -> "expected " + c.type() + " " + c.roles() + " " + c.modality() + " in: "
                + c.sentence() + "\n  got " + events);
    }

    @Test
    void the_judge_stands_for_the_court_the_article_named() {
        List<Event> rulings = of("Apple sued Huawei in the US Supreme Court. On Monday the judge rejected Huawei's motion.");
        assertEquals(1, rulings.size(), () -> rulings.toString());
        assertEquals("Supreme Court of the United States", rulings.get(0).role("court").get(0).text());
    }

    @Test
    void a_named_judge_sits_on_the_court_the_article_named() {
        List<Event> rulings = of("Apple sued Huawei in the US Supreme Court. Judge Jesse Furman ordered Huawei to pay.");
        assertEquals(List.of("Supreme Court of the United States"), texts(rulings.get(0).role("court")));
    }

    @Test
    void a_body_that_is_no_court_gives_no_ruling() {
        assertEquals(List.of(), of("The US Senate acquitted Michael Cohen."));
        assertEquals(List.of(), of("Michael Cohen claimed he was wrongfully imprisoned."));
        assertEquals(List.of(), of("The storm finally cleared Germany yesterday, the level of destruction left in its wake growing."));
    }

    @Test
    void winning_or_losing_without_a_court_is_no_ruling() {
        assertEquals(List.of(), of("Facebook lost its appeal."));
        assertEquals(List.of(), of("Huawei won a contract in Germany."));
    }

    @Test
    void a_secretary_of_justice_sits_on_no_bench() {
        assertEquals(List.of(), of("Secretary of Justice Carrie Lam said the decision was wrong. Carrie Lam ordered Huawei to pay."));
        assertEquals(1, of("Justice Carrie Lam ordered Huawei to pay.").size());
    }

    private static List<Event> of(String text) {
        return NewsFixture.annotate(text).events().stream().filter(e -> e.type() == EventType.Ruling).toList();
    }

    private static List<String> texts(List<Argument> args) {
        return args.stream().map(Argument::text).toList();
    }
}
