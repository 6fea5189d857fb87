package org.newskg.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.fact.EntityType;

class TypeWordsTest {

    @Test
    void a_word_in_two_sections_takes_the_type_of_the_first() {
        var cues = TypeWords.parse("t.txt", List.of("[Organization head]", "Centre Union", "[Location head]", "Centre City"));
        assertEquals(EntityType.Organization, cues.get(Lexicon.Cue.HEAD).get("Centre"));
        assertEquals(EntityType.Location, cues.get(Lexicon.Cue.HEAD).get("City"));
    }

    @Test
    void the_order_of_the_file_decides_not_the_names_of_its_sections() {
        var cues = TypeWords.parse("t.txt", List.of("[Location head]", "Centre", "[Organization head]", "Centre"));
        assertEquals(EntityType.Location, cues.get(Lexicon.Cue.HEAD).get("Centre"));
        var descriptors = TypeWords.parse("t.txt", List.of("[descriptor Program]", "campaign", "[descriptor Organization]", "Campaign"));
        assertEquals(EntityType.Program, descriptors.get(Lexicon.Cue.DESCRIPTOR).get("campaign"));
    }

    @Test
    void positions_are_kept_apart() {
        var cues = TypeWords.parse("t.txt", List.of("[GovernmentBody head]", "Ministry", "[GovernmentBody first]", "Ministry",
                "[descriptor Company]", "firm"));
        assertEquals(EntityType.GovernmentBody, cues.get(Lexicon.Cue.FIRST).get("Ministry"));
        assertEquals(EntityType.Company, cues.get(Lexicon.Cue.DESCRIPTOR).get("firm"));
        assertEquals(null, cues.get(Lexicon.Cue.HEAD).get("firm"));
    }

    @Test
    void rejects_words_before_any_section_and_unknown_roles() {
        assertThrows(IllegalArgumentException.class, () -> TypeWords.parse("t.txt", List.of("Centre")));
        var e = assertThrows(IllegalArgumentException.class, () -> TypeWords.parse("t.txt", List.of("[Location after]")));
        assertEquals(true, e.getMessage().contains("[Location after]"));
    }

    @Test
    void the_bundled_list_gives_hospitals_to_organisations_and_centres_to_places() {
        Lexicon lexicon = Lexicon.english();
        assertEquals(EntityType.Organization, lexicon.cue(Lexicon.Cue.HEAD, "Hospital"));
        assertEquals(EntityType.Location, lexicon.cue(Lexicon.Cue.HEAD, "Centre"));
        assertEquals(EntityType.GovernmentBody, lexicon.cue(Lexicon.Cue.HEAD, "Agency"));
        assertEquals(EntityType.Organization, lexicon.cue(Lexicon.Cue.DESCRIPTOR, "broadcaster"));
    }
}
