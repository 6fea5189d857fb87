package org.newskg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;

/** How unknown names are cut and typed, over the bundled catalog. */
class NameShapesTest {

    private static final Extraction EXTRACTION = Extraction.standard();

    private static List<String> entities(String text) {
        return EXTRACTION.extract(new Article("t", null, null, null, null, text)).entities().stream()
                .map(e -> e.name() + "/" + e.type()).toList();
    }

    @Test
    void a_title_word_after_a_given_name_is_a_family_name() {
        assertEquals(List.of("John Major/Person"), entities("Former prime minister John Major has accused him."));
    }

    @Test
    void a_title_word_between_a_given_name_and_a_name_is_still_a_title() {
        assertEquals(List.of("Adam Smithers/Person"), entities("They met General Adam Smithers on Monday."));
    }

    @Test
    void people_named_by_a_plural_title_are_no_body() {
        assertEquals(List.of(), entities("A number of Senators condemned the act of the commission."));
    }

    @Test
    void a_verb_ends_the_words_that_type_a_name() {
        assertEquals(List.of("Rodrigo Duterte/Person"), entities("Rodrigo Duterte condemned the act."));
    }

    @Test
    void forms_of_address_and_faiths_are_no_names() {
        assertEquals(List.of(), entities("He advised Her Majesty, educated in Islam and the school."));
    }

    @Test
    void a_pair_of_states_joined_by_a_hyphen_names_both() {
        assertEquals(List.of("Turkey/Country", "Libya/Country"), entities("He denounced the Turkish-Libyan maritime border agreement."));
    }

    @Test
    void a_name_after_the_is_no_person() {
        assertEquals(List.of("EuroAsia Interconnector/Program"),
                entities("The then-envisioned EuroAsia Interconnector project was considered as an alternative."));
    }

    @Test
    void a_brand_written_in_camel_case_is_a_company() {
        assertEquals(List.of("American Airlines/Company", "JetBlue/Company"),
                entities("American Airlines and JetBlue are among the airlines affected."));
    }

    @Test
    void a_long_arabic_name_is_a_person() {
        assertEquals(List.of("Zine El Abidine Ben Ali/Person"),
                entities("The hijab was banned during Zine El Abidine Ben Ali's Presidency."));
    }

    @Test
    void a_state_s_agency_in_apposition_is_a_state_body() {
        assertEquals(List.of("UOKiK/GovernmentBody", "Poland/Country"),
                entities("UOKiK, the Polish anti-monopoly agency, has to approve the deal."));
    }

    @Test
    void a_trade_after_other_nouns_is_the_head_of_an_apposition() {
        assertEquals(List.of("Mohammed Reda/Person"), entities("Victims included Mohammed Reda, an airport protocol officer."));
    }

    @Test
    void a_place_noun_after_a_name_types_it() {
        assertEquals(List.of("Khurais/Location"), entities("The drones struck the Khurais oil field."));
    }

    @Test
    void a_second_headed_name_after_and_is_a_name_of_its_own() {
        assertEquals(List.of("American Civil Liberties Union of Montana/Organization", "Native American Rights Fund/Organization"),
                entities("The American Civil Liberties Union of Montana and Native American Rights Fund filed a lawsuit "
                        + "against the state over its law."));
        assertEquals(List.of("Ministry of Science and Technology/GovernmentBody"),
                entities("He spoke to the Ministry of Science and Technology."));
    }

    @Test
    void stores_and_chains_are_companies() {
        assertEquals(List.of("Biedronka/Company", "Lidl/Company"),
                entities("Shoppers moved to discount stores like Biedronka and Lidl."));
    }

    @Test
    void an_embassy_is_a_state_body() {
        assertEquals(List.of("United States/Country", "Embassy of Canada/GovernmentBody"),
                entities("The United States wrote to the Embassy of Canada."));
    }

    @Test
    void first_words_type_counties_storms_and_ships() {
        assertEquals(List.of("Hurricane Lorenzo/NamedEvent", "County Galway/Location", "MV Alan Kurdi/Product"),
                entities("Hurricane Lorenzo hit County Galway, where the MV Alan Kurdi was moored."));
    }

    @Test
    void a_state_and_a_country_of_one_name_are_told_apart_by_the_other_places() {
        assertEquals(List.of("United States/Country", "Alabama/Location", "Georgia (U.S. state)/Location", "Texas/Location"),
                entities("Listed US states were: Alabama, Georgia and Texas."));
        assertEquals(List.of("Russia/Country", "Georgia/Country"), entities("Russia invaded Georgia in 2008, and Tbilisi protested."));
    }

    @Test
    void a_catalog_name_with_its_unknown_neighbour_is_one_longer_name() {
        assertEquals(List.of("Nikki Holland/Person"), entities("Nikki Holland of the agency said so."));
        assertEquals(List.of("Ford/Company", "Sidley Austin/Company"), entities("Ford hired law firm Sidley Austin last week."));
        assertEquals(List.of("Kataeb Hezbollah/Organization"), entities("Victims included a Kataeb Hezbollah official."));
        assertEquals(List.of("Volvo XC90/Product"), entities("He was struck by a Volvo XC90 on the road."));
        assertEquals(List.of("Tesco Polska/Company", "Tesco/Company", "Poland/Country"),
                entities("In the past few years, Tesco Polska has cut costs."));
    }

    @Test
    void a_company_of_a_country_stays_two_names() {
        assertEquals(List.of("Germany/Country", "Mahan Air/Company", "Iran/Country"),
                entities("On Monday, Germany banned Mahan Air of Iran from its airports."));
    }

    @Test
    void a_numbered_act_is_a_law() {
        assertEquals(List.of("Republic Act No. 3846/Law", "Radio Control Law/Law"),
                entities("The law, Republic Act No. 3846, also known as the \"Radio Control Law\", states it."));
    }

    @Test
    void what_a_person_directs_is_an_organisation_not_an_event() {
        assertEquals(List.of("Alex Lagakos/Person", "Greek Energy Forum/Organization"),
                entities("Alex Lagakos, deputy director of the Greek Energy Forum, said the project matters."));
    }

    @Test
    void a_ruling_rally_is_a_party() {
        assertEquals(List.of("Cyprus/Country", "Democratic Rally/Organization"),
                entities("In Cyprus, the ruling Democratic Rally hailed the pipeline as an advance."));
    }

    @Test
    void honorable_is_a_form_of_address() {
        assertEquals(List.of("Pedro R. Pierluisi Urrutia/Person"),
                entities("Pedro Pierluisi took the oath. The oath of the Honorable Pedro R. Pierluisi Urrutia is void. "
                        + "Pierluisi Urrutia can no longer serve."));
    }

    @Test
    void an_office_inside_an_of_name_does_not_cut_it() {
        assertEquals(List.of("Agnès Callamard/Person", "Office of the UN High Commissioner for Human Rights/GovernmentBody"),
                entities("Agnès Callamard, a rapporteur for the Office of the UN High Commissioner for Human Rights, spoke."));
    }

    @Test
    void a_joiner_before_words_that_end_in_an_organisation_s_head_joins_the_name() {
        assertEquals(List.of("Cinema for Peace Foundation/Organization"),
                entities("Cinema for Peace Foundation paid for the evacuation."));
        assertEquals(List.of("Joel Naroff/Person", "First Union/Organization"), entities("Joel Naroff of First Union said so."));
    }

    @Test
    void a_second_of_inside_a_headed_name() {
        assertEquals(List.of("International Committee on Taxonomy of Viruses/Organization"),
                entities("The International Committee on Taxonomy of Viruses named the virus."));
    }

    @Test
    void a_compass_word_before_of_gives_a_direction() {
        assertEquals(List.of("Euphrates River/Location"), entities("The zone was to be set up East of the Euphrates River."));
    }

    @Test
    void a_state_before_a_dash_belongs_to_the_war() {
        assertEquals(List.of("Iran–Iraq War/NamedEvent"), entities("The Iran–Iraq War lasted eight years."));
    }

    @Test
    void a_commission_on_a_subject_keeps_its_state() {
        assertEquals(List.of("United States Commission on International Religious Freedom/GovernmentBody",
                        "United States/Country"),
                entities("The United States Commission on International Religious Freedom criticized the move."));
    }

    @Test
    void the_government_of_a_state_is_the_state() {
        assertEquals(List.of("Iraq/Country"), entities("Troops are there at the invitation of the Government of Iraq."));
    }

    @Test
    void a_catalog_organisation_with_a_generic_word_added_is_itself() {
        assertEquals(List.of("Law and Justice/Organization"), entities("He leads the conservative Law and Justice Party."));
    }

    @Test
    void newspapers_named_for_mail_and_independence() {
        assertEquals(List.of("Cyprus Mail/Organization", "Nevada Independent/Organization"),
                entities("Cyprus Mail reported it, and he told the Nevada Independent so."));
    }

    @Test
    void a_place_written_with_a_lower_case_the() {
        assertEquals(List.of("International Court of Justice/InternationalOrganization", "The Hague/Location"),
                entities("They may end up before the International Court of Justice in the Hague."));
    }
}
