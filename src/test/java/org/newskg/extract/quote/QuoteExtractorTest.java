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
            "\"Our house is burning. It is an international crisis!\" Emmanuel Macron told the world via Twitter.| Emmanuel Macron: Our house is burning. It is an international crisis!",
            "According to Mike Pompeo, \"the airline transports weapons across the region.\"| Mike Pompeo: the airline transports weapons across the region.",
            "Remarked US envoy Robert Strayer, \"We are asking governments to act.\"| Robert Strayer: We are asking governments to act.",
            "\"We are asking governments to act,\" said his adviser, Robert Strayer.| Robert Strayer: We are asking governments to act",
            "Donald Trump defended his decision, \"We are asking governments to act.\"| Donald Trump: We are asking governments to act.",
            "Mike Pompeo reacted on Twitter, \"We are asking governments to act.\"| Mike Pompeo: We are asking governments to act.",
            "The European Court of Justice ruled on Thursday, finding that the law was void: \"The law is void and of no effect.\"| European Court of Justice: The law is void and of no effect.",
            "The European Court of Justice ruled against Facebook. The decision read in part: \"The law is void and of no effect.\"| European Court of Justice: The law is void and of no effect.",
            "The US military justified the strike as \"defensive\" in nature: \"We acted to protect our personnel abroad.\"| United States: We acted to protect our personnel abroad.",
            "In the filing itself Huawei made this point, writing \"We have notified a number of agencies.\"| Huawei: We have notified a number of agencies.",
            "\"We will respond to this aggression,\" Mike Pompeo, the US secretary of state, said on Monday.| Mike Pompeo: We will respond to this aggression",
            "\"We will respond to this aggression,\" a spokesman for the US Justice Department said.| United States Department of Justice: We will respond to this aggression",
            "\"We will respond to this aggression,\" according to a statement from the US Justice Department.| United States Department of Justice: We will respond to this aggression",
            "\"Walter was the most brilliant scientist I have known,\" said Huawei's chairman, Guo Ping.| Guo Ping: Walter was the most brilliant scientist I have known"})
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
    void joins_a_quotation_broken_mid_sentence_by_its_attribution() {
        assertEquals(List.of("Carrie Lam: What is so sad for me is not seeing the punishment of the perpetrators."),
                quotes("\"What is so sad for me\", Carrie Lam said, \"is not seeing the punishment of the perpetrators.\""));
    }

    @Test
    void gives_a_quotation_that_continues_with_a_participle_to_the_same_speaker() {
        assertEquals(List.of("Guo Ping: If there is a court order, we will comply.", "Guo Ping: there is no harmonised law internationally"),
                quotes("Guo Ping said, \"If there is a court order, we will comply.\", also observing, \"there is no harmonised law internationally\"."));
    }

    @Test
    void gives_a_quotation_standing_alone_to_whoever_spoke_in_the_sentence_before() {
        assertEquals(List.of("Mike Pompeo: The statement shows a complete lack of understanding."),
                quotes("Mike Pompeo criticized the decision via Twitter. \"The statement shows a complete lack of understanding.\""));
        assertEquals(List.of("Guo Ping: We will fight this in court.", "Guo Ping: We have never spied for anyone."),
                quotes("Guo Ping said, \"We will fight this in court.\" \"We have never spied for anyone.\""));
    }

    @Test
    void does_not_give_a_quotation_whose_attribution_names_nobody_to_an_earlier_speaker() {
        assertEquals(List.of("Guo Ping: We will fight this in court."),
                quotes("Guo Ping said, \"We will fight this in court.\"\n\n\"This is a long sentence with nobody saying it,\" said a protester using a pseudonym."));
    }

    @Test
    void a_subject_pronoun_does_not_refer_to_the_one_spoken_to() {
        assertEquals(List.of("Guo Ping: It happened under my watch."),
                quotes("Guo Ping accepted responsibility. Speaking to Robert Strayer, he said, \"It happened under my watch.\""));
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
