package org.newskg.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Entity;

/** Subjects and objects found across the shapes news sentences take. */
class ClausesTest {

    private static Parse parse(String text) {
        AnnotatedArticle doc = NewsFixture.annotate(text);
        return Chunker.parse(doc.sentences().get(0), new Referents(doc));
    }

    private static int verb(Parse p, String verb) {
        for (int c = 0; c < p.chunks().size(); c++)
            if (p.chunk(c).is(Chunk.Kind.VERB) && p.chunk(c).verb().main().equals(verb))
                return c;
        throw new AssertionError("no verb '" + verb + "' in " + p);
    }

    private static List<String> subject(String text, String verb) {
        Parse p = parse(text);
        return names(Clauses.subject(p, verb(p, verb)).entities());
    }

    private static List<String> object(String text, String verb) {
        Parse p = parse(text);
        return names(Groups.object(p, verb(p, verb)).entities());
    }

    private static List<String> names(List<Entity> es) {
        return es.stream().map(Entity::name).toList();
    }

    @Test
    void takes_the_name_in_an_apposition_as_subject() {
        assertEquals(List.of("Meng Wanzhou"), subject("The firm's chief financial officer, Meng Wanzhou, is awaiting a decision.", "awaiting"));
    }

    @Test
    void passes_over_a_description_in_commas_whatever_words_it_holds() {
        assertEquals(List.of("Guo Ping"), subject("Guo Ping, a Chinese executive with current world ranking number 27, "
                + "was arrested on Friday.", "arrested"));
    }

    @Test
    void skips_a_time_phrase_and_a_parenthesis_before_the_verb() {
        assertEquals(List.of("Germany"), subject("Germany on Monday banned Iranian airline Mahan Air.", "banned"));
        assertEquals(List.of("Mahan Air"), object("Germany on Monday banned Iranian airline Mahan Air.", "banned"));
        assertEquals(List.of("European Court of Justice"),
                subject("On Thursday, the European Court of Justice (ECJ) — the top court of the EU — ordered Facebook to act.", "ordered"));
    }

    @Test
    void skips_a_bare_time_phrase_between_subject_and_verb() {
        assertEquals(List.of("Supreme Court of the United States"), subject("The US Supreme Court last month ruled against Apple.", "ruled"));
        assertEquals(List.of("Germany"), subject("Germany this week banned Iranian airline Mahan Air.", "banned"));
    }

    @Test
    void takes_the_subject_of_a_relative_clause_from_its_antecedent() {
        assertEquals(List.of("United States"), subject("Huawei sued the US government, which has banned its equipment.", "banned"));
    }

    @Test
    void shares_the_subject_of_coordinated_verbs() {
        assertEquals(List.of("Hungary"), subject("Hungary licensed Czech technology and started assembling rifles, then agreed with Airbus.", "agreed"));
    }

    @Test
    void a_participle_after_an_adverb_describes_the_object_of_a_persuading_verb() {
        assertEquals(List.of("Mike Pompeo"), subject("Donald Trump might have encouraged newly elected US secretary "
                + "Mike Pompeo to investigate Huawei.", "investigate"));
    }

    @Test
    void gives_an_infinitive_the_object_of_a_persuading_verb_as_subject() {
        assertEquals(List.of("Germany"), subject("The US has been encouraging allies such as Germany to restrict Mahan's flights.", "restrict"));
        assertEquals(List.of("United States"), subject("The US plans to ban Huawei.", "ban"));
    }

    @Test
    void reads_examples_and_coordinated_names() {
        assertEquals(List.of("Germany"), object("The US urged allies such as Germany to act.", "urged"));
        assertEquals(List.of("Germany", "France"), subject("Germany and France sanctioned Iran.", "sanctioned"));
    }

    @Test
    void finds_the_state_behind_its_officials() {
        assertEquals(List.of("China"), subject("Chinese officials said nothing.", "said"));
    }

    @Test
    void leaves_the_subject_open_for_a_name_no_entity_resolves() {
        assertEquals(List.of(), subject("Steve Peers of the University of Essex said nothing.", "said"));
    }
}
