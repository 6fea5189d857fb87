package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;

/**
 * The ways news reports that someone accuses, criticises or denies: verbs of blame and
 * condemnation, labels that charge ("called him a liar"), reported speech that charges a named
 * party ("said Iran was responsible for"), a speaker's denial of itself ("said it had not"),
 * pleas and rejections.
 */
class AccusationPatternsTest {

    static Stream<EventCase> cases() {
        return Stream.of(
                EventCase.of("Mike Pompeo said Iran was responsible for the attack.", "Accusation", "accuser=Mike Pompeo; accused=Iran; allegation=responsible", "alleged"),
                EventCase.of("Iran had violated the nuclear deal, Mike Pompeo said on Monday.", "Accusation", "accuser=Mike Pompeo; accused=Iran; allegation=violated", "alleged"),
                EventCase.of("Iran was behind the attacks, said Mike Pompeo.", "Accusation", "accuser=Mike Pompeo; accused=Iran", "alleged"),
                EventCase.of("Russia's foreign ministry said in a statement that the United States was lying.", "Accusation", "accuser=Russia; accused=United States; allegation=lying", "alleged"),
                EventCase.of("Mike Pompeo told reporters Iran had broken the law.", "Accusation", "accuser=Mike Pompeo; accused=Iran", "alleged"),
                EventCase.of("Donald Trump called Emmanuel Macron a \"liar\".", "Accusation", "accuser=Donald Trump; accused=Emmanuel Macron; allegation=liar", "alleged"),
                EventCase.of("Macron described Trump's decision as illegal.", "Accusation", "accuser=Emmanuel Macron; accused=Donald Trump; allegation=illegal", "alleged"),
                EventCase.of("Macron named both Huawei (HW) and Sony as terrorists.", "Accusation", "accuser=Emmanuel Macron; accused=Huawei,Sony", "alleged"),
                EventCase.of("Germany slammed Iran's decision to resume enrichment.", "Accusation", "accuser=Germany; accused=Iran", "alleged"),
                EventCase.of("Mike Pompeo cited the Iranian government's \"repression of its people\" as his motivation.", "Accusation", "accuser=Mike Pompeo; accused=Iran; allegation=repression", "alleged"),
                EventCase.of("France condemned Russia over the attack.", "Accusation", "accuser=France; accused=Russia", "alleged"),
                EventCase.of("Russia was condemned by France for the attack.", "Accusation", "accuser=France; accused=Russia", "alleged"),
                EventCase.of("The US voted to hold Mike Pompeo in contempt of Congress.", "Accusation", "accuser=United States; accused=Mike Pompeo", "alleged"),
                EventCase.of("The French condemnation of Russia was swift.", "Accusation", "accuser=France; accused=Russia", "alleged"),
                EventCase.of("Macron did not blame Trump for the attack.", "Accusation", "accuser=Emmanuel Macron; accused=Donald Trump", "denied"),
                EventCase.of("Mike Pompeo may blame Iran for the attack.", "Accusation", "accuser=Mike Pompeo; accused=Iran", "hypothetical"),
                EventCase.of("Germany criticised the US decision to leave the treaty.", "Accusation", "accuser=Germany; accused=United States; allegation=decision", "alleged"),
                EventCase.of("The European Union condemned the Russian offensive.", "Accusation", "accuser=European Union; accused=Russia; allegation=offensive", "alleged"),
                EventCase.of("Germany criticised the move by the United States.", "Accusation", "accuser=Germany; accused=United States; allegation=move", "alleged"),
                EventCase.of("The US decision was criticised by Germany.", "Accusation", "accuser=Germany; accused=United States", "alleged"),
                EventCase.of("Germany blamed the attack on Russia.", "Accusation", "accuser=Germany; accused=Russia; allegation=attack", "alleged"),
                EventCase.of("Germany attributed the hack to Russia.", "Accusation", "accuser=Germany; accused=Russia; allegation=hack", "alleged"),
                EventCase.of("Germany pointed the finger at Russia.", "Accusation", "accuser=Germany; accused=Russia", "alleged"),
                EventCase.of("Huawei faces accusations from Germany that it failed to report the breach.", "Accusation", "accuser=Germany; accused=Huawei", "alleged"),
                EventCase.of("Huawei drew criticism from Germany over its handling of the breach.", "Accusation", "accuser=Germany; accused=Huawei; allegation=handling", "alleged"),
                EventCase.of("Germany made allegations that Russia hacked the parliament.", "Accusation", "accuser=Germany; accused=Russia; allegation=hacked the parliament", "alleged"),
                EventCase.of("Germany's accusations that Russia hacked the parliament were rejected.", "Accusation", "accuser=Germany; accused=Russia; allegation=hacked the parliament", "alleged"),
                EventCase.of("Germany said Russia was behind the cyberattack.", "Accusation", "accuser=Germany; accused=Russia; allegation=cyberattack", "alleged"),
                EventCase.of("Germany said Russia had orchestrated the protests.", "Accusation", "accuser=Germany; accused=Russia; allegation=orchestrated", "alleged"),

                EventCase.of("Huawei said on Tuesday that it had done nothing wrong.", "Denial", "denier=Huawei; allegation=wrong", "asserted"),
                EventCase.of("Huawei said it was not involved in the hacking.", "Denial", "denier=Huawei; allegation=hacking", "asserted"),
                EventCase.of("Huawei denied having links to the Chinese military.", "Denial", "denier=Huawei; allegation=links", "asserted"),
                EventCase.of("Michael Cohen pleaded not guilty to fraud charges.", "Denial", "denier=Michael Cohen; allegation=fraud", "asserted"),
                EventCase.of("China has repeatedly rebutted the accusations.", "Denial", "denier=China", "asserted"),
                EventCase.of("Huawei dismissed the claims as lies.", "Denial", "denier=Huawei", "asserted"),
                EventCase.of("Huawei has repeatedly denied that its equipment poses a security risk.", "Denial", "denier=Huawei; allegation=security risk", "asserted"),
                EventCase.of("Guo Ping said the accusations were \"groundless\".", "Denial", "denier=Guo Ping; allegation=accusations", "asserted"));
    }

    @Test
    void an_allegation_reports_a_clause_only_after_that() {
        assertEquals(List.of(), of("The allegations Russia denies were made by Germany.").stream()
                .filter(e -> e.type() == EventType.Accusation).toList());
        assertEquals("hacked the parliament", of("Germany's accusations that Russia hacked the parliament were rejected.")
                .get(0).role("allegation").get(0).text());
    }

    @Test
    void a_deed_with_no_doer_named_blames_nobody() {
        assertEquals(List.of(), of("The United Nations condemned the attack."));
        assertEquals(List.of(), of("Germany criticised the decision to leave the treaty."));
        assertEquals(List.of(), of("Germany linked its phones to the network of Huawei."));
        assertEquals(List.of(), of("Huawei drew praise from Germany."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads_the_accusation_or_denial(EventCase c) {
        List<Event> events = c.events();
        assertTrue(c.isMetBy(events), () -> "expected " + c.type() + " " + c.roles() + " " + c.modality() + " in: "
                + c.sentence() + "\n  got " + events);
    }

    @Test
    void the_day_of_an_accusation_is_no_part_of_what_it_alleges() {
        List<Event> accusations = of("China accused the United States of bullying on Monday.");
        assertEquals("bullying", accusations.get(0).role("allegation").get(0).text());
    }

    @Test
    void praise_and_plans_are_no_accusations_or_denials() {
        assertEquals(List.of(), of("Macron called Trump a friend."));
        assertEquals(List.of(), of("Macron said Trump was a good partner."));
        assertEquals(List.of(), of("Huawei said it did not plan to bid for the contract."));
        assertEquals(List.of(), of("Huawei said it would not attend Mobile World Congress."));
        assertEquals(List.of(), of("Macron said it was unacceptable to wait."));
        assertEquals(List.of(), of("Macron said Germany had to speed up to counter possible Russian interference."));
        assertEquals(List.of(), of("Macron said Trump's son had lied."));
    }

    @Test
    void a_court_that_finds_a_party_in_breach_rules_rather_than_accuses() {
        assertEquals(List.of(), of("The European Court of Justice says Facebook must remove illegal posts."));
        assertEquals(List.of(), of("The European Court of Justice said, \"The law that Germany passed is unconstitutional.\""));
    }

    @Test
    void a_quotation_accuses_its_subject_or_a_name_close_to_the_charge() {
        List<Event> accusations = of("Macron said, \"Huawei transports weapons across the region, supporting the regime's destructive plans.\"");
        assertEquals("Huawei", accusations.get(0).role("accused").get(0).text());
        assertEquals(List.of(), of("Macron said, \"An agreement was reached to protect German borders and to help the people of "
                + "the region in their long and difficult struggle against aggression.\""));
    }

    private static List<Event> of(String text) {
        return NewsFixture.annotate(text).events().stream()
                .filter(e -> e.type() == EventType.Accusation || e.type() == EventType.Denial).toList();
    }
}
