package org.newskg.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Word classes in context: nouns that look like verbs, pronouns that refer to entities. */
class TaggerTest {

    /** The tags of space-separated words, with the words at the given positions inside entity mentions. */
    private static List<Tag> tags(String sentence, int... mentions) {
        String[] text = sentence.split(" ");
        String[] lower = Arrays.stream(text).map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        boolean[] inMention = new boolean[text.length];
        for (int m : mentions)
            inMention[m] = true;
        return Arrays.asList(Tagger.tag(text, lower, inMention));
    }

    @Test
    void a_bare_verb_form_after_one_name_is_a_noun() {
        assertEquals(Tag.NOUN, tags("Canada weighs US request to extradite Meng", 0, 2, 6).get(3));
        assertEquals(Tag.NOUN, tags("the US request to extradite Meng", 1, 5).get(2));
        assertEquals(Tag.NOUN, tags("Huawei finance chief Meng", 0, 3).get(1));
        assertEquals(Tag.VERB, tags("Huawei hopes to sell phones", 0).get(1));
    }

    @Test
    void a_pronoun_that_refers_to_an_entity_stays_a_pronoun() {
        List<Tag> tags = tags("Huawei denied that it spies for China", 0, 3, 6);
        assertEquals(Tag.PRONOUN, tags.get(3));
        assertEquals(Tag.VERB, tags.get(4));
    }

    @Test
    void a_participle_between_an_adverb_and_a_noun_after_a_verb_describes_the_noun() {
        assertEquals(Tag.NOUN, tags("Trump encouraged newly elected president Zelensky to act", 0, 5).get(3));
        assertEquals(Tag.VERB, tags("Meng was quickly arrested by Canada", 0, 5).get(3));
    }

    @Test
    void a_plural_that_opens_a_sentence_before_a_preposition_is_a_noun() {
        assertEquals(Tag.NOUN, tags("Talks between Russia and Ukraine ended", 2, 4).get(0));
    }
}
