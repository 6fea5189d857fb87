package org.newskg.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Quote;

/** Quotations and their speakers, in each way news attributes them. */
class QuoteExtractorTest {

    private static List<String> quotes(String text) {
        return NewsFixture.annotate(text).quotes().stream().map(q -> q.speaker().name() + ": " + q.text()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"We will fight this in court,\" Huawei said.| Huawei: We will fight this in court",
            "\"We will fight this in court,\" said Guo Ping.| Guo Ping: We will fight this in court",
            "\"We will fight this in court,\" Guo Ping told reporters on Tuesday.| Guo Ping: We will fight this in court",
            "“We will fight this in court,” said Guo Ping.| Guo Ping: We will fight this in court",
            "\"The airline transports weapons across the region,\" according to Mike Pompeo.| Mike Pompeo: The airline transports weapons across the region",
            "\"The airline transports weapons across the region,\" according to a tweet on Monday by Mike Pompeo.| Mike Pompeo: The airline transports weapons across the region",
            "Robert Strayer said: \"The United States is asking other governments to consider the threat.\"| Robert Strayer: The United States is asking other governments to consider the threat.",
            "Guo Ping said, \"Huawei has never spied for anyone.\"| Guo Ping: Huawei has never spied for anyone.",
            "Top US cyber official Robert Strayer, speaking to reporters, said \"we are asking governments to act.\"| Robert Strayer: we are asking governments to act.",
            "Mike Pompeo alleged, by way of example, that Mahan had \"contributed to incredible human suffering,\" by supporting Assad.| Mike Pompeo: contributed to incredible human suffering",
            "Huawei released a statement which read, in part, \"We have never spied for anyone\".| Huawei: We have never spied for anyone",
            "\"Our house is burning. It is an international crisis!\" Emmanuel Macron told the world via Twitter.| Emmanuel Macron: Our house is burning. It is an international crisis!"})
    void attributes_the_quotation(String text, String expected) {
        assertEquals(List.of(expected), quotes(text));
    }

    @Test
    void joins_a_quotation_broken_by_its_attribution() {
        assertEquals(List.of("Carrie Lam: Our citizens have been injured, There have been chaotic scenes at the airport."),
                quotes("\"Our citizens have been injured,\" Carrie Lam said. \"There have been chaotic scenes at the airport.\""));
        assertEquals(List.of("Guo Ping: We stand ready to provide whatever help we can."),
                quotes("\"We stand ready\" tweeted Guo Ping \"to provide whatever help we can.\""));
    }

    @Test
    void keeps_a_quotation_with_its_own_introduction_apart() {
        assertEquals(List.of("Guo Ping: This is a political matter.", "Guo Ping: It is a propaganda stunt."),
                quotes("Guo Ping said, \"This is a political matter.\" He added, \"It is a propaganda stunt.\""));
    }

    @Test
    void gives_a_pronoun_speaker_to_the_person_it_refers_to() {
        assertEquals(List.of("Guo Ping: Huawei has never spied for anyone."),
                quotes("Guo Ping took to the stage on Tuesday.\n\nHe said: \"Huawei has never spied for anyone.\""));
    }

    @Test
    void runs_a_quotation_on_into_the_next_paragraph() {
        assertEquals(List.of("Guo Ping: We will fight this in court. We have never spied for anyone."),
                quotes("Guo Ping said: \"We will fight this in court.\n\n\"We have never spied for anyone.\""));
    }

    @Test
    void gives_a_slide_to_whoever_presented_it() {
        assertEquals(List.of("Guo Ping: Huawei has not and will never plant backdoors."),
                quotes("Guo Ping took to the stage. Behind him, a slide appeared in his presentation with the statement: "
                        + "\"Huawei has not and will never plant backdoors.\""));
    }

    @Test
    void rejects_scare_quotes_and_titles() {
        assertEquals(List.of(), quotes("The comments called her a \"corrupt oaf\" and a \"lousy traitor\"."));
        assertEquals(List.of(), quotes("Germany bans Mahan Air of Iran, citing 'security' and \"safety\"."));
    }

    @Test
    void leaves_out_a_quotation_nobody_is_named_for() {
        assertEquals(List.of(), quotes("\"This is a long sentence with nobody saying it,\" the sign read."));
        assertEquals(List.of(), quotes("\"This is a long sentence with nobody saying it,\" said a protester using a pseudonym."));
    }

    @Test
    void records_the_span_and_the_sentence() {
        Quote q = NewsFixture.annotate("Guo Ping said, \"Huawei has never spied for anyone.\"").quotes().get(0);
        assertEquals(15, q.span().start());
        assertEquals("Guo Ping said, \"Huawei has never spied for anyone.\"", q.evidence().sentence());
    }
}
