package org.newskg.extract.role;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;

/** Roles from the patterns news uses, over the bundled catalog: "person | title | organisation". */
class RoleExtractorTest {

    private static final Extraction EXTRACTION = Extraction.standard();

    private static List<String> roles(String text) {
        return EXTRACTION.extract(new Article("t", null, null, null, null, text)).roles().stream()
                .map(r -> r.person().name() + " | " + r.title() + " | " + r.organization().name()).toList();
    }

    @Test
    void a_state_title_with_the_country_before_the_name() {
        assertEquals(List.of("Mike Pompeo | secretary of state | United States"),
                roles("The move was welcomed by US Secretary of State Mike Pompeo on Monday."));
    }

    @Test
    void a_demonym_names_the_state_of_the_title() {
        assertEquals(List.of("Angela Merkel | chancellor | Germany"),
                roles("The call was seconded by German Chancellor Angela Merkel."));
    }

    @Test
    void a_company_title_with_the_company_before_the_name() {
        assertEquals(List.of("Tim Cook | chief executive | Apple"),
                roles("Apple chief executive Tim Cook met the president."));
    }

    @Test
    void a_title_in_apposition_with_a_possessive_company() {
        assertEquals(List.of("Tim Cook | chief executive | Apple"),
                roles("The deal was signed by Tim Cook, Apple's chief executive, in May."));
    }

    @Test
    void the_firm_s_title_before_a_comma_and_the_name() {
        assertEquals(List.of("Meng Wanzhou | chief financial officer | Huawei"),
                roles("Huawei sued the US. The firm's chief financial officer, Meng Wanzhou, is awaiting a decision."));
    }

    @Test
    void a_company_title_without_a_company_is_in_the_company_the_story_is_about() {
        assertEquals(List.of("Guo Ping | rotating chairman | Huawei"),
                roles("Huawei made its pitch. Rotating chairman Guo Ping took to the stage on Tuesday."));
    }

    @Test
    void a_title_with_the_country_inside_it_is_worded_without_it() {
        assertEquals(List.of("Robert Strayer | top cyber official | United States"),
                roles("Reading from a statement, top US cyber official Robert Strayer said nothing."));
    }

    @Test
    void who_heads_names_the_organisation() {
        assertEquals(List.of("Jane Doe | head | Amnesty International"),
                roles("The report was written by Jane Doe, who heads Amnesty International."));
    }

    @Test
    void the_title_of_an_organisation_in_apposition_after_the_name() {
        assertEquals(List.of("Carrie Lam | chief executive | Hong Kong"),
                roles("On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced the withdrawal."));
    }

    @Test
    void an_official_of_a_capital_serves_its_state() {
        assertEquals(List.of("Ali Alghasi Mehr | prosecutor general | Iran"),
                roles("Iran issued warrants. According to ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, "
                        + "said the 36 must face charges."));
    }

    @Test
    void an_official_of_a_place_in_a_state_the_article_does_not_name_has_no_role() {
        assertEquals(List.of(), roles("According to ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, spoke."));
    }

    @Test
    void a_spokesperson_of_a_leader_serves_the_leader_s_state() {
        assertEquals(List.of("Angela Merkel | chancellor | Germany", "Steffen Seibert | spokesperson | Germany"),
                roles("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible."));
    }

    @Test
    void a_title_with_to_a_country_keeps_the_country_in_the_title() {
        assertEquals(List.of("Richard Grenell | ambassador to germany | United States"),
                roles("US Ambassador to Germany Richard Grenell alleged it."));
    }

    @Test
    void a_state_title_without_a_state_is_in_the_state_the_catalog_gives_the_person() {
        assertEquals(List.of("Bernie Sanders | senator | United States"),
                roles("The United Arab Emirates and the United Arab Emirates again hosted the United States. "
                        + "Senator Bernie Sanders objected."));
    }

    @Test
    void a_trade_with_a_nationality_is_no_post() {
        assertEquals(List.of(), roles("US lawyer Michael Avenatti was charged."));
    }

    @Test
    void a_capitalised_title_keeps_its_words() {
        assertEquals(List.of("Stefano Patuanelli | economic development minister | Italy"),
                roles("Italian Economic Development Minister Stefano Patuanelli spoke."));
    }

    @Test
    void a_name_without_a_title_has_no_role() {
        assertEquals(List.of(), roles("Steve Peers of the University of Essex spoke to the BBC."));
    }

    @Test
    void a_demonym_inside_a_title_names_the_state_and_leaves_the_title() {
        assertEquals(List.of("Ferdinand Marcos | former president | Philippines"),
                roles("The network was shut down by former Philippine President Ferdinand Marcos in 1972."));
    }

    @Test
    void a_title_after_a_copula_with_its_organisation() {
        assertEquals(List.of("Jamal Khashoggi | columnist | The Washington Post"),
                roles("Jamal Khashoggi, a Saudi national, was a columnist for The Washington Post."));
    }

    @Test
    void a_copula_with_a_trade_and_no_organisation_gives_no_role() {
        assertEquals(List.of(), roles("Jamal Khashoggi was a columnist and a critic."));
    }

    @Test
    void of_an_organisation_s_organisation_is_the_second() {
        assertEquals(List.of("Qasem Soleimani | head | Quds Force"),
                roles("The strike killed Qasem Soleimani, head of Iran's Quds Force, in Baghdad."));
    }

    @Test
    void titles_in_a_list_take_the_state_of_their_own_group() {
        assertEquals(List.of("Benjamin Netanyahu | prime minister | Israel", "Yuval Steinitz | energy minister | Israel",
                        "Kyriakos Mitsotakis | prime minister | Greece", "Konstantinos Hatzidakis | energy minister | Greece"),
                roles("Greece hosted the meeting. It was attended by Israeli prime minister Benjamin Netanyahu and energy "
                        + "minister Yuval Steinitz, Greek prime minister Kyriakos Mitsotakis and energy minister "
                        + "Konstantinos Hatzidakis."));
    }

    @Test
    void the_governor_of_a_state_of_a_country_serves_the_state() {
        assertEquals(List.of("Tony Evers | governor | Wisconsin"),
                roles("The United States voted. Yesterday, Tony Evers, the governor of Wisconsin, signed an order."));
    }

    @Test
    void a_portfolio_after_the_title_belongs_to_it_and_to_the_state_of_its_department() {
        assertEquals(List.of("Elaine Chao | secretary of transportation | United States"),
                roles("Cuba and Cuba again. The US Department of Transportation acted. Mike Pompeo wrote to "
                        + "Elaine Chao, the Secretary of Transportation."));
    }

    @Test
    void appointed_as_gives_the_title() {
        assertEquals(List.of("Pedro Pierluisi | secretary of state | Puerto Rico"),
                roles("In Puerto Rico, the governor appointed Pedro Pierluisi as secretary of state."));
    }

    @Test
    void led_by_names_the_organisation_of_the_title() {
        assertEquals(List.of("Brenda Hale | president | Supreme Court of the United Kingdom"),
                roles("The UK Supreme Court ruled. The court is led by President Brenda Hale."));
    }

    @Test
    void a_government_s_lawyer_serves_the_state() {
        assertEquals(List.of("Richard Keen | lawyer | United Kingdom"),
                roles("The UK government argued. It is not for the Court to opine, argued the government's lawyer, "
                        + "Richard Keen."));
    }

    @Test
    void a_presidency_names_the_president() {
        assertEquals(List.of("Barack Obama | president | United States"),
                roles("Relations with the United States improved during the presidency of Barack Obama."));
    }

    @Test
    void a_senator_sits_in_the_one_senate_of_the_article() {
        assertEquals(List.of("Juan Dalmau | senator | Senate of Puerto Rico"),
                roles("The Senate of Puerto Rico met in Puerto Rico. According to Senator Juan Dalmau, it was cancelled."));
    }

    @Test
    void lower_case_nouns_before_a_title_belong_to_it() {
        assertEquals(List.of("Stefano Patuanelli | economic development minister | Italy"),
                roles("Italian economic development minister Stefano Patuanelli sent a letter."));
    }

    @Test
    void a_verb_before_a_capitalised_title_is_no_part_of_it() {
        assertEquals(List.of("Pierluisi | governor | Puerto Rico"),
                roles("Puerto Rico Supreme Court removes Governor Pierluisi from office in a ruling."));
    }

    @Test
    void a_plural_title_serves_every_name_of_its_list() {
        assertEquals(List.of("Bob Behnken | astronaut | NASA", "Doug Hurley | astronaut | NASA"),
                roles("SpaceX launched NASA astronauts Bob Behnken and Doug Hurley into orbit."));
    }

    @Test
    void a_plural_title_in_apposition_serves_the_body_that_selected_them() {
        assertEquals(List.of("Doug Hurley | astronaut | NASA", "Bob Behnken | astronaut | NASA"),
                roles("NASA has selected two astronauts, Doug Hurley and Bob Behnken, for the first mission."));
    }

    @Test
    void a_singular_title_is_not_shared_by_the_next_name() {
        assertEquals(List.of("Tim Cook | chief executive | Apple"),
                roles("Apple chief executive Tim Cook and Satya Nadella met the president."));
    }

    @Test
    void people_arrested_are_not_hired_by_the_police() {
        assertEquals(List.of(), roles("Police arrested two journalists, Anna Kowalska and Piotr Nowak, on Friday."));
    }

    @Test
    void a_capitalised_plural_title_opens_a_list_of_names() {
        assertEquals(List.of("Eliot Engel | representative | United States House of Representatives",
                        "Adam Schiff | representative | United States House of Representatives"),
                roles("The House of Representatives met. Representatives Eliot Engel and Adam Schiff issued the subpoena."));
    }

    @Test
    void a_modifier_that_can_be_a_head_modifies_the_title_after_it() {
        assertEquals(List.of("Iraj Harirchi | deputy health minister | Iran"),
                roles("Iran said deputy health minister Iraj Harirchi had contracted the virus."));
    }

    @Test
    void a_title_written_as_one_hyphenated_word() {
        assertEquals(List.of("Thaksin Shinawatra | then prime minister | Thailand"),
                roles("A coup in Thailand removed then-prime-minister Thaksin Shinawatra in 2006."));
    }

    @Test
    void the_body_before_a_title_is_served_rather_than_its_state() {
        assertEquals(List.of("Tony Mendez | former agent | Central Intelligence Agency"),
                roles("Former United States Central Intelligence Agency agent Tony Mendez died on Saturday."));
    }

    @Test
    void a_body_noun_before_a_title_head_belongs_to_the_title() {
        assertEquals(List.of("Seyed Mohammad Mir-Mohammadi | council member | Expediency Discernment Council"),
                roles("Seyed Mohammad Mir-Mohammadi, a council member of Iran's Expediency Discernment Council, died."));
    }

    @Test
    void who_was_and_a_possessive_title() {
        assertEquals(List.of("Donald Trump | president | United States",
                        "Brett McGurk | special presidential envoy | United States"),
                roles("US President Donald Trump spoke. Brett McGurk, who was Trump's special presidential envoy, "
                        + "criticized the decision."));
    }

    @Test
    void a_post_at_a_place_or_body() {
        assertEquals(List.of("Mohammed Reda | airport protocol officer | Baghdad International Airport"),
                roles("Mohammed Reda, an airport protocol officer at Baghdad International Airport, died."));
    }

    @Test
    void a_title_of_a_body_described_in_lower_case() {
        assertEquals(List.of("Ali Larijani | speaker of the parliament | Iran"),
                roles("Iran mourned. Offering his condolence, speaker of the parliament Ali Larijani wrote on Instagram."));
    }

    @Test
    void a_capitalised_adjective_inside_a_title() {
        assertEquals(List.of("Chris Wright | chief technological officer | Red Hat"),
                roles("Chris Wright, the Chief Technological Officer of Red Hat, said so."));
    }

    @Test
    void who_was_appointed_a_title() {
        assertEquals(List.of("John Smith | chief executive | Apple"),
                roles("John Smith, who was appointed chief executive of Apple in 2018, resigned."));
    }

    @Test
    void a_function_word_before_a_title_is_no_part_of_it() {
        assertEquals(List.of("Kweisi Mfume | representative | United States"),
                roles("The US seat opened in 1987 when representative Kweisi Mfume left."));
    }

    @Test
    void a_title_with_a_field_before_the_organisation() {
        assertEquals(List.of("Gerhard Romen | head of market development | Nokia"),
                roles("Using a phone is the next step, said Gerhard Romen, head of market development at Nokia."));
        assertEquals(List.of("Michael Bjorn | senior adviser on mobile media | Ericsson"),
                roles("Michael Bjorn, senior adviser on mobile media at Ericsson's consumer lab, said so."));
    }

    @Test
    void an_age_in_apposition_stands_between_the_name_and_the_title() {
        assertEquals(List.of("John Smith | chief executive | Vodafone"),
                roles("John Smith, 45, chief executive of Vodafone, said so."));
    }

    @Test
    void a_title_before_a_comma_and_an_honorific() {
        assertEquals(List.of("Meerjady Sabrina Flora | director | World Health Organization"),
                roles("The director of the World Health Organization, Dr Meerjady Sabrina Flora, said the cases rose."));
    }

    @Test
    void a_party_s_short_form_names_the_party_of_the_title() {
        assertEquals(List.of("Liam Fox | chairman | Conservative Party"), roles("Tory chairman Liam Fox accused Labour of lying."));
        assertEquals(List.of("Vince Cable | spokesman | Liberal Democrats"), roles("Lib Dem spokesman Vince Cable said so."));
    }

    @Test
    void a_descriptor_may_stand_between_the_title_and_the_organisation() {
        assertEquals(List.of("Todd Thiemann | spokesman | Trend Micro"),
                roles("Todd Thiemann, spokesman for anti-virus firm Trend Micro, said the move was risky."));
    }

    @Test
    void a_body_before_a_multiword_title_is_its_organisation() {
        assertEquals(List.of("Mitch McConnell | majority leader | United States Senate"),
                roles("Senate Majority Leader Mitch McConnell said the trial would begin in January."));
    }

    @Test
    void a_member_of_an_assembly_sits_in_the_article_s_one_assembly() {
        assertEquals(List.of("Selena Torres | assemblywoman | Nevada Assembly", "Jill Tolles | republican assemblywoman | Nevada Assembly"),
                roles("The Nevada Assembly met. Newly elected Assemblywoman Selena Torres said it was exciting. "
                        + "A Republican Assemblywoman, Jill Tolles, also commented."));
    }

    @Test
    void an_occupation_with_a_company_before_the_name_is_a_post_there() {
        assertEquals(List.of("Anthony Levandowski | former engineer | Google"),
                roles("He said former Google engineer Anthony Levandowski was charged."));
        assertEquals(List.of(), roles("Software engineer Jane Doe said so."));
    }

    @Test
    void an_organisation_s_one_word_name_after_a_given_name_is_a_family_name() {
        assertEquals(List.of("John Tory | mayor | Toronto"), roles("Toronto mayor John Tory on Tuesday suggested a probe."));
        assertEquals(List.of("Michael Howard | leader | Conservative Party"), roles("Tory leader Michael Howard wrote to him."));
    }

    @Test
    void a_firm_no_catalog_holds_employs_the_title_before_it() {
        assertEquals(List.of("Jim Lanzone | vice president of search properties | Ask Jeeves"),
                roles("Jim Lanzone, vice president of search properties at Ask Jeeves in the US, said it."));
    }

    @Test
    void an_organisation_after_the_name_serves_a_title_before_it() {
        assertEquals(List.of("Ray Neidl | analyst | Calyon Securities"),
                roles("We believe the industry will move, said analyst Ray Neidl at Calyon Securities."));
        assertEquals(List.of("Gavin Newsom | governor | California"), roles("Governor Gavin Newsom of California said no."));
        assertEquals(List.of(), roles("Analyst Ray Neidl spoke at Barcelona on Monday."));
        assertEquals(List.of("Sally Wasef | professor | Griffith University"),
                roles("Professor Sally Wasef of Australia's Griffith University explained it."));
        assertEquals(List.of("Tony Blair | prime minister | United Kingdom"),
                roles("The UK president met Prime Minister Tony Blair at the European Commission."));
        assertEquals(List.of("Elizabeth Warren | senator | United States Senate"),
                roles("The US Senate voted. Senator Elizabeth Warren of Massachusetts voted no."));
    }

    @Test
    void a_title_with_an_organisation_after_with() {
        assertEquals(List.of("Stephen Baker | consumer electronics analyst | NPD Group"),
                roles("Stephen Baker, a consumer electronics analyst with retail research firm NPD Group, said so."));
    }

    @Test
    void a_commissioner_serves_the_article_s_one_commission() {
        assertEquals(List.of("Margrethe Vestager | competition commissioner | European Commission"),
                roles("The European Commission fined Google. Competition Commissioner Margrethe Vestager said so."));
    }

    @Test
    void an_ex_before_a_company_leaves_the_company_named() {
        assertEquals(List.of("Travis Kalanick | boss | Uber"), roles("Ex-Uber boss Travis Kalanick said so."));
    }

    @Test
    void who_served_as_gives_the_title_after_it() {
        assertEquals(List.of("Jane Doe | chief executive | Ericsson"),
                roles("Jane Doe, who served as Ericsson's chief executive until 2019, said so."));
    }

    @Test
    void a_seat_of_government_before_a_title_is_its_state() {
        assertEquals(List.of("Dmitry Peskov | spokesman | Russia"), roles("Kremlin spokesman Dmitry Peskov said so."));
    }

    @Test
    void an_assembly_member_without_an_assembly_in_the_article_has_no_role() {
        assertEquals(List.of(), roles("Newly elected Assemblywoman Selena Torres said, in the United States, it was exciting."));
    }
}
