package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleScorerTest {

    private static Sheet sheet(String sections) {
        return Sheet.of((JsonObject) JsonParser.parseString("{\"article\": {\"id\": \"a\"}, " + sections + "}"));
    }

    private static ArticleScorer.Result score(String gold, String pred) {
        return ArticleScorer.score(sheet(gold), sheet(pred), false);
    }

    @Test
    void an_entity_matches_through_gold_aliases_and_the_predictions_own_aliases() {
        String gold = """
                "entities": [{"name": "United States", "type": "Country", "aliases": ["America"]},
                             {"name": "Huawei", "type": "Company"}]""";
        var byGoldAlias = score(gold, """
                "entities": [{"name": "america", "type": "Country"}, {"name": "Huawei's", "type": "Company"}]""");
        assertEquals(new Count(2, 0, 0), byGoldAlias.tally().entities());
        var byOwnAlias = score(gold, """
                "entities": [{"name": "Washington", "type": "Country", "aliases": ["the U.S.", "United States"]}]""");
        assertEquals(new Count(1, 0, 1), byOwnAlias.tally().entities());
        var unrelated = score(gold, """
                "entities": [{"name": "USA", "type": "Country"}]""");
        assertEquals(new Count(0, 1, 2), unrelated.tally().entities(), "USA is no alias of gold's");
    }

    @Test
    void a_wrong_type_fails_typed_entities_but_not_untyped_and_is_reported_as_wrong() {
        var r = score("""
                "entities": [{"name": "GSMA", "type": "Organization"}]""", """
                "entities": [{"name": "GSMA", "type": "Company"}]""");
        assertEquals(new Count(0, 1, 1), r.tally().entities());
        assertEquals(new Count(1, 0, 0), r.tally().entitiesUntyped());
        assertEquals(List.of(new Finding("wrong", "entity", "GSMA (Organization): typed Company")), r.findings());
    }

    @Test
    void type_alternatives_accept_another_type() {
        var r = score("""
                "entities": [{"name": "Twitter", "type": "Company", "type_alternatives": ["Product"]}]""", """
                "entities": [{"name": "Twitter", "type": "Product"}]""");
        assertEquals(new Count(1, 0, 0), r.tally().entities());
    }

    @Test
    void coarse_types_compare_organisations_as_one_kind() {
        Sheet gold = sheet("""
                "entities": [{"name": "FCC", "type": "GovernmentBody"}, {"name": "Mate X", "type": "Product"},
                             {"name": "5G", "type": "Technology"}]""");
        Sheet pred = sheet("""
                "entities": [{"name": "FCC", "type": "Company"}, {"name": "Mate X", "type": "Technology"},
                             {"name": "5G", "type": "Law"}]""");
        assertEquals(new Count(0, 3, 3), ArticleScorer.score(gold, pred, false).tally().entities());
        assertEquals(new Count(2, 1, 1), ArticleScorer.score(gold, pred, true).tally().entities(),
                "ORG = ORG and MISC = MISC, but PRODUCT is not MISC");
    }

    @Test
    void optional_gold_items_are_neither_rewarded_nor_punished() {
        String gold = """
                "entities": [{"name": "Europe", "type": "Location", "optional": true},
                             {"name": "Canada", "type": "Country"}]""";
        assertEquals(new Count(1, 0, 0), score(gold, """
                "entities": [{"name": "Europe", "type": "Location"}, {"name": "Canada", "type": "Country"}]""")
                .tally().entities());
        var none = score(gold, "\"entities\": []");
        assertEquals(new Count(0, 0, 1), none.tally().entities());
        assertEquals(List.of(new Finding("missed", "entity", "Canada (Country)")), none.findings(),
                "a missed optional item is not reported");
    }

    @Test
    void matching_is_greedy_with_required_gold_items_first() {
        // The optional gold item comes first in the file, but the required one takes the only prediction.
        var r = score("""
                "quotes": [{"speaker": "Guo Ping", "text": "PRISM, PRISM on the wall", "optional": true},
                           {"speaker": "Guo Ping", "text": "PRISM, PRISM on the wall, who is the most trustworthy"}]""", """
                "quotes": [{"speaker": "Guo Ping", "text": "PRISM, PRISM on the wall"}]""");
        assertEquals(new Count(1, 0, 0), r.tally().quotes());
    }

    @Test
    void a_role_matches_on_person_and_organization_and_its_title_is_scored_apart() {
        String gold = """
                "entities": [{"name": "Meng Wanzhou", "type": "Person", "aliases": ["Meng"]}],
                "roles": [{"person": "Meng Wanzhou", "title": "chief financial officer", "title_alternatives": ["cfo"],
                           "organization": "Huawei"},
                          {"person": "Guo Ping", "title": "rotating chairman", "organization": "Huawei"}]""";
        var r = score(gold, """
                "roles": [{"person": "Meng", "title": "CFO", "organization": "Huawei"},
                          {"person": "Guo Ping", "title": "chairman", "organization": "Huawei"}]""");
        assertEquals(new Count(2, 0, 0), r.tally().roles());
        assertEquals(new Share(2, 2), r.tally().roleTitle(), "an alternative, and containment, both count");
        var wrong = score(gold, """
                "roles": [{"person": "Guo Ping", "title": "founder", "organization": "Huawei"}]""");
        assertEquals(new Count(1, 0, 1), wrong.tally().roles());
        assertEquals(new Share(0, 1), wrong.tally().roleTitle());
        assertTrue(wrong.findings().contains(new Finding("wrong", "role", "Guo Ping, rotating chairman, Huawei: title 'founder'")));
    }

    @Test
    void a_relation_needs_subject_predicate_and_object() {
        var r = score("""
                "relations": [{"subject": "Huawei", "predicate": "basedIn", "object": "China"}]""", """
                "relations": [{"subject": "Huawei", "predicate": "makes", "object": "China"},
                              {"subject": "the Huawei", "predicate": "basedIn", "object": "China"}]""");
        assertEquals(new Count(1, 1, 0), r.tally().relations());
        assertEquals(List.of(new Finding("extra", "relation", "Huawei makes China")), r.findings());
    }

    @Test
    void an_event_matches_on_type_and_every_key_role_that_gold_fills() {
        String gold = """
                "events": [{"type": "Lawsuit", "participants": {"plaintiff": ["Huawei"], "defendant": ["United States"],
                            "court": ["Texas court"]}, "date": "2019-03-07", "modality": "asserted"}]""";
        var wrongDefendant = score(gold, """
                "events": [{"type": "Lawsuit", "participants": {"plaintiff": ["Huawei"], "defendant": ["Canada"]}}]""");
        assertEquals(new Count(0, 1, 1), wrongDefendant.tally().events());
        var wrongType = score(gold, """
                "events": [{"type": "Accusation", "participants": {"plaintiff": ["Huawei"], "defendant": ["United States"]}}]""");
        assertEquals(new Count(0, 1, 1), wrongType.tally().events());
        var noPlaintiffInGold = score("""
                "events": [{"type": "Lawsuit", "participants": {"plaintiff": [], "defendant": ["Donald Trump"]}}]""", """
                "events": [{"type": "Lawsuit", "participants": {"defendant": ["Donald Trump"], "plaintiff": ["Sierra Club"]}}]""");
        assertEquals(new Count(1, 0, 0), noPlaintiffInGold.tally().events(), "a key role gold leaves empty is not checked");
    }

    @Test
    void matched_events_score_their_arguments_date_and_modality() {
        var r = score("""
                "events": [{"type": "Indictment", "participants": {"defendant": ["Huawei"], "prosecutor": ["US Justice Department"],
                            "charge": ["theft of trade secrets"]}, "date": "2019-01", "modality": "alleged"}]""", """
                "events": [{"type": "Indictment", "participants": {"defendant": ["Huawei", "Meng Wanzhou"],
                            "prosecutor": ["US Justice Department"], "charge": ["stealing trade secrets"]},
                            "date": "2019-01-28", "modality": "alleged"}]""");
        assertEquals(new Count(1, 0, 0), r.tally().events());
        assertEquals(new Count(3, 1, 0), r.tally().eventArgs(), "the charge matches on the shared word 'trade'");
        assertEquals(new Share(0, 1), r.tally().eventDate());
        assertEquals(new Share(1, 1), r.tally().eventModality());
        assertTrue(r.findings().contains(new Finding("extra", "argument", "Indictment defendant=Meng Wanzhou")), r.findings().toString());
        assertTrue(r.findings().contains(new Finding("wrong", "event", "Indictment date 2019-01-28, gold 2019-01")));
    }

    @Test
    void phrase_roles_match_on_a_shared_word_but_name_roles_do_not() {
        var phrase = score("""
                "events": [{"type": "Tariff", "participants": {"imposer": ["United States"], "target": ["China"],
                            "product": ["steel imports"]}}]""", """
                "events": [{"type": "Tariff", "participants": {"imposer": ["United States"], "target": ["China"],
                            "product": ["Chinese steel"]}}]""");
        assertEquals(new Count(3, 0, 0), phrase.tally().eventArgs(), "a Tariff's product is a phrase");
        var name = score("""
                "events": [{"type": "Sanction", "participants": {"imposer": ["United States"], "target": ["Mahan Air"]}}]""", """
                "events": [{"type": "Sanction", "participants": {"imposer": ["United States"], "target": ["Mahan Airlines"]}}]""");
        assertEquals(new Count(0, 1, 1), name.tally().events());
    }

    @Test
    void a_quote_matches_when_its_words_cover_80_percent_of_the_shorter_text() {
        String gold = """
                "quotes": [{"speaker": "Guo Ping", "text": "one two three four five six seven eight nine ten"}]""";
        assertEquals(new Count(1, 0, 0), score(gold, """
                "quotes": [{"speaker": "Guo Ping", "text": "one two three four five six seven eight, x"}]""").tally().quotes(),
                "8 shared words of the shorter text's 9");
        assertEquals(new Count(1, 0, 0), score(gold, """
                "quotes": [{"speaker": "Guo Ping", "text": "One two three four five"}]""").tally().quotes(),
                "all five words of the shorter text are shared");
        assertEquals(new Count(0, 1, 1), score(gold, """
                "quotes": [{"speaker": "Guo Ping", "text": "one two three four five six seven x y z"}]""").tally().quotes(),
                "7 shared words of 10 is under 80%");
        assertEquals(new Count(0, 1, 1), score(gold, """
                "quotes": [{"speaker": "Meng Wanzhou", "text": "one two three four five six seven eight nine ten"}]""")
                .tally().quotes(), "another speaker");
    }

    @Test
    void an_empty_section_has_no_figures_and_counts_as_perfect_in_macro_f1() {
        var r = score("""
                "entities": [{"name": "Canada", "type": "Country"}]""", """
                "entities": [{"name": "Canada", "type": "Country"}, {"name": "ZTE", "type": "Company"}]""");
        assertEquals(null, r.tally().roles().f1());
        assertEquals(0.6667, r.tally().entities().f1());
        assertEquals(0.9333, r.tally().macroF1());
    }
}
