package org.newskg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.fact.EntityType;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.english();

    @Test
    void common_words_are_common_in_any_case() {
        assertTrue(lexicon.isCommon("Reading"));
        assertTrue(lexicon.isCommon("the"));
        assertFalse(lexicon.isCommon("Huawei"));
    }

    @Test
    void given_names_of_many_cultures_carry_their_gender() {
        assertEquals(Lexicon.Gender.MALE, lexicon.gender("Qasem"));
        assertEquals(Lexicon.Gender.FEMALE, lexicon.gender("Angela"));
        assertEquals(Lexicon.Gender.MALE, lexicon.gender("Narendra"));
        assertEquals(Lexicon.Gender.UNKNOWN, lexicon.gender("Jinping"));
        assertTrue(lexicon.isGivenName("Jinping"));
    }

    @Test
    void family_names_of_many_cultures() {
        for (String s : List.of("Guo", "Kim", "Ivanov", "Müller", "Sharma", "Hosseini", "Nguyen"))
            assertTrue(lexicon.isSurname(s), s);
    }

    @Test
    void titles_have_heads_modifiers_and_multiword_forms() {
        assertTrue(lexicon.isTitleHead("Chancellor"));
        assertTrue(lexicon.isTitleModifier("rotating"));
        assertEquals(3, lexicon.multiwordTitleAt(List.of("Secretary", "of", "State", "Mike"), 0));
        assertEquals(0, lexicon.multiwordTitleAt(List.of("Mike", "Pompeo"), 0));
    }

    @Test
    void type_cues_by_position() {
        assertEquals(EntityType.Company, lexicon.cue(Lexicon.Cue.HEAD, "Group"));
        assertEquals(EntityType.GovernmentBody, lexicon.cue(Lexicon.Cue.HEAD, "Ministry"));
        assertEquals(EntityType.Law, lexicon.cue(Lexicon.Cue.HEAD, "Act"));
        assertEquals(EntityType.Company, lexicon.cue(Lexicon.Cue.DESCRIPTOR, "carmaker"));
        assertEquals(EntityType.Organization, lexicon.cue(Lexicon.Cue.DESCRIPTOR, "newspaper"));
        assertNull(lexicon.cue(Lexicon.Cue.HEAD, "group")); // heads are matched as capitalised words
    }
}
