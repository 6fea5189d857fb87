package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void case_accents_punctuation_spacing_and_a_leading_the_do_not_count() {
        assertEquals("us", Fold.fold("the U.S."));
        assertEquals("us", Fold.fold("US"));
        assertEquals("zurich", Fold.fold("Zürich"));
        assertEquals("mengwanzhou", Fold.fold("  Meng   Wanzhou "));
        assertEquals("theodore", Fold.fold("Theodore"), "only a whole leading word 'the' goes");
    }

    @Test
    void a_trailing_possessive_goes_with_either_apostrophe() {
        assertEquals("huawei", Fold.fold("Huawei's"));
        assertEquals("huawei", Fold.fold("Huawei’s"));
        assertEquals("mcdonaldsburger", Fold.fold("McDonald'sburger"), "'s inside a word stays");
    }

    @Test
    void case_folding_is_pythons_casefold() {
        assertEquals("strasse", Fold.fold("STRAßE"));
        assertEquals("οδοσ", Fold.fold("ΟΔΟΣ"), "no final sigma");
    }

    @Test
    void null_folds_to_empty() {
        assertEquals("", Fold.fold(null));
        assertEquals(List.of(), Fold.words(null));
    }

    @Test
    void words_are_runs_of_letters_digits_and_underscores() {
        assertEquals(List.of("theft", "of", "trade", "secrets", "5g", "caf"), Fold.words("Theft of trade-secrets, 5G; Caf"));
        assertEquals(List.of("cafe", "2"), Fold.words("Café ²"), "NFKD makes the superscript a digit");
    }

    @Test
    void figures_round_half_to_even_as_python_does() {
        assertEquals("0.812", Round.fixed(0.8125, 3));
        assertEquals("0.667", Round.fixed(2.0 / 3, 3));
        assertEquals(0.6667, Round.places(2.0 / 3, 4));
        assertEquals("0.0001", Round.repr(0.0001));
        assertEquals("1.0", Round.repr(1.0));
    }
}
