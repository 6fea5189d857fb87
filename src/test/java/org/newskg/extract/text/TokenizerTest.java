package org.newskg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Token;

class TokenizerTest {

    private static List<String> tokens(String s) {
        return Tokenizer.tokenize(s, 0, s.length()).stream().map(Token::text).toList();
    }

    @Test
    void keeps_abbreviations_and_initialisms_whole() {
        assertEquals(List.of("Mr.", "Smith", "of", "the", "U.S.", "met", "Acme", "Inc.", "staff"),
                tokens("Mr. Smith of the U.S. met Acme Inc. staff"));
    }

    @Test
    void splits_possessives_and_keeps_hyphenated_words() {
        assertEquals(List.of("Huawei", "’s", "state-owned", "rival", "ZTE", "'s", "F-35"),
                tokens("Huawei’s state-owned rival ZTE's F-35"));
    }

    @Test
    void keeps_numbers_amounts_and_percentages_whole() {
        assertEquals(List.of("$3.6", "billion", ",", "1,000", "people", "and", "85%", "at", "6am"),
                tokens("$3.6 billion, 1,000 people and 85% at 6am"));
    }

    @Test
    void offsets_point_into_the_text() {
        String s = "“PRISM,” Guo said.";
        for (Token t : Tokenizer.tokenize(s, 0, s.length()))
            assertEquals(t.text(), s.substring(t.start(), t.end()));
    }
}
