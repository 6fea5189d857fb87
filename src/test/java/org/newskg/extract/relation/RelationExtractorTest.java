package org.newskg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;

/** Relations from the patterns news states them with, over the bundled catalog. */
class RelationExtractorTest {

    private static final Extraction EXTRACTION = Extraction.standard();

    private static List<String> relations(String text) {
        return EXTRACTION.extract(new Article("t", null, null, null, null, text)).relations().stream()
                .map(r -> r.subject().name() + " " + r.predicate() + " " + r.object().name()).toList();
    }

    @Test
    void a_demonym_before_a_descriptor_places_the_company() {
        assertEquals(List.of("Huawei basedIn China"), relations("US lobbying against Chinese firm Huawei hit a new level."));
    }

    @Test
    void a_demonym_places_every_company_of_a_list() {
        assertEquals(List.of("Siemens basedIn Germany", "SAP basedIn Germany"),
                relations("German firms including Siemens and SAP have announced plans to leave."));
    }

    @Test
    void a_possessive_country_places_the_organisation() {
        assertEquals(List.of("National Institute for Space Research basedIn Brazil"),
                relations("Brazil's National Institute for Space Research has reported more fires."));
    }

    @Test
    void a_possessive_country_places_the_organisation_across_modifiers() {
        assertEquals(List.of("Saudi Aramco basedIn Saudi Arabia"),
                relations("Oil facilities of Saudi Arabia's state-owned Saudi Aramco were hit."));
    }

    @Test
    void a_based_adjective_places_what_the_description_refers_to() {
        assertEquals(List.of("European Court of Justice basedIn Luxembourg"),
                relations("The European Court of Justice ruled. The Luxembourg-based court issued a judgement."));
    }

    @Test
    void a_subsidiary_of() {
        assertEquals(List.of("Acme Robotics subsidiaryOf Huawei"),
                relations("Acme Robotics, a subsidiary of Huawei, makes arms."));
    }

    @Test
    void its_product_is_made_by_the_company() {
        assertEquals(List.of("Huawei makes Mate X"),
                relations("Huawei made its pitch, while ads for its Mate X foldable phone greeted visitors."));
    }

    @Test
    void a_list_of_countries_after_group_of_countries_are_members() {
        assertEquals(List.of("Japan memberOf Group of Seven", "Italy memberOf Group of Seven"),
                relations("G7 is an informal group of seven countries, Japan and Italy, though the EU is also involved."));
    }

    @Test
    void a_member_of_the_organisation_before_the_country() {
        assertEquals(List.of("Austria memberOf European Union"),
                relations("A single EU country (in this case Austria) could demand it."));
    }

    @Test
    void a_negated_membership_states_nothing() {
        assertEquals(List.of(), relations("Brazil is not a member of NATO."));
    }

    @Test
    void launching_a_programme_operates_it() {
        assertEquals(List.of("Hungary operates Zrínyi 2026"),
                relations("Hungary launched a military development program dubbed \"Zrínyi 2026\" in 2017."));
    }

    @Test
    void a_demonym_and_a_description_of_a_person_give_a_nationality() {
        assertEquals(List.of("Ai Weiwei nationalityOf China"),
                relations("The Chinese dissident Ai Weiwei spoke in Berlin."));
    }

    @Test
    void a_state_title_gives_no_nationality() {
        assertEquals(List.of(), relations("German Chancellor Angela Merkel spoke in Berlin."));
    }

    @Test
    void a_nationality_in_apposition() {
        assertEquals(List.of("Jamal Khashoggi nationalityOf Saudi Arabia"),
                relations("Jamal Khashoggi, a Saudi national, was a columnist."));
    }

    @Test
    void a_person_from_a_country() {
        assertEquals(List.of("Paul Smith nationalityOf South Korea"), relations("The site was run by Paul Smith from South Korea."));
    }

    @Test
    void leaving_an_international_organisation_states_membership() {
        assertEquals(List.of("United Kingdom memberOf European Union"),
                relations("He hoped to complete the withdrawal of the United Kingdom from the European Union."));
        assertEquals(List.of("United Kingdom memberOf European Union"), relations("Britain must leave the EU by then."));
    }

    @Test
    void an_apposition_of_a_state_s_body_places_it() {
        assertEquals(List.of("Acme Robotics basedIn Poland"),
                relations("Acme Robotics, the Polish anti-monopoly agency, has to approve the deal."));
    }

    @Test
    void a_company_described_as_one_in_a_country() {
        assertEquals(List.of("Acme Robotics basedIn Philippines"),
                relations("Acme Robotics is the largest broadcasting company in the Philippines."));
    }

    @Test
    void a_state_body_in_a_place() {
        assertEquals(List.of("Court of Session basedIn Scotland"), relations("Later the Court of Session in Scotland ruled."));
    }

    @Test
    void its_named_chain_is_a_subsidiary() {
        assertEquals(List.of("Netto subsidiaryOf Huawei"), relations("Huawei wants to strengthen its Netto chain in Poland."));
    }

    @Test
    void a_possessive_part_in_apposition_is_a_subsidiary() {
        assertEquals(List.of("Honor Devices subsidiaryOf Huawei"),
                relations("Huawei's phone brand, Honor Devices, is still on sale."));
    }

    @Test
    void which_includes_names_a_part() {
        assertEquals(List.of("Quds Force subsidiaryOf Islamic Revolutionary Guard Corps"),
                relations("The Islamic Revolutionary Guard Corps (IRGC), which includes the Quds Force, declared it."));
    }

    @Test
    void a_company_before_its_product_makes_it() {
        assertEquals(List.of("SpaceX makes Crew Dragon"), relations("On Sunday, the SpaceX Crew Dragon capsule docked."));
    }

    @Test
    void its_product_after_and_is_the_subject_s() {
        assertEquals(List.of("Boeing makes Starliner"),
                relations("The Boeing airframe company is collaborating with NASA and its Starliner craft is due."));
    }

    @Test
    void a_company_named_for_its_parent_and_country_belongs_to_both() {
        assertEquals(List.of("Tesco Polska subsidiaryOf Tesco", "Tesco Polska basedIn Poland"),
                relations("In the past few years, Tesco Polska has cut costs while Tesco grew."));
    }

    @Test
    void a_based_adjective_in_apposition_places_the_name_before_it() {
        assertEquals(List.of("Acme Robotics basedIn Berlin"),
                relations("Acme Robotics, a Berlin-based non-profit, paid for the flight."));
    }

    @Test
    void a_two_word_descriptor_after_a_country() {
        assertEquals(List.of("Atlantic Council basedIn United States"),
                relations("He spoke at the United States think tank Atlantic Council on Tuesday."));
    }

    @Test
    void an_organisation_in_a_place() {
        assertEquals(List.of("Democratic Rally basedIn Cyprus"),
                relations("The pipeline was hailed by the ruling Democratic Rally in Cyprus."));
    }

    @Test
    void in_a_place_after_of_belongs_to_the_phrase_before() {
        assertEquals(List.of(), relations("Studies were presented at the annual meeting of the Acme Society in Orlando."));
    }

    @Test
    void based_in_after_an_apposition_places_the_subject() {
        assertEquals(List.of("UNESCO basedIn Paris"),
                relations("UNESCO, a specialized agency of the United Nations, is based in Paris."));
        assertEquals(List.of("Acme Robotics basedIn Shenzhen"),
                relations("Acme Robotics, which is headquartered in Shenzhen, denied it."));
    }

    @Test
    void a_type_in_apposition_with_a_demonym() {
        assertEquals(List.of("Vyasna basedIn Belarus"),
                relations("Reports came from Vyasna, an independent Belarusian human rights center, on Thursday."));
    }

    @Test
    void a_demonym_before_a_noun_for_a_person_states_a_nationality() {
        assertEquals(List.of("Hatice Cengiz nationalityOf Turkey"), relations("His Turkish fiancée Hatice Cengiz spoke."));
        assertEquals(List.of("Harry Dunn nationalityOf United Kingdom"), relations("British teenager Harry Dunn died."));
    }

    @Test
    void a_demonym_in_apposition_states_a_nationality() {
        assertEquals(List.of("Alan Kurdi nationalityOf Syria"), relations("Alan Kurdi, a three-year-old Syrian boy, drowned."));
        assertEquals(List.of("Anna Smit nationalityOf Netherlands"), relations("Anna Smit, a Dutch student, won."));
    }

    @Test
    void a_citizen_of_and_a_born_adjective_state_a_nationality() {
        assertEquals(List.of("Jong Woo Son nationalityOf South Korea"),
                relations("Jong Woo Son, a citizen of South Korea, ran the site."));
        assertEquals(List.of("Anna Smit nationalityOf Iran"), relations("Iranian-born Anna Smit spoke."));
        assertEquals(List.of("Michael Kovrig nationalityOf Canada"), relations("A Canadian citizen, Michael Kovrig, was detained."));
    }

    @Test
    void a_post_in_apposition_states_no_nationality() {
        assertEquals(List.of(), relations("Anna Smit, the Dutch foreign minister, spoke."));
        assertEquals(List.of(), relations("German Chancellor Angela Merkel spoke."));
    }

    @Test
    void a_company_s_company_is_its_subsidiary() {
        assertEquals(List.of("LinkedIn subsidiaryOf Microsoft"), relations("Microsoft's LinkedIn said on Monday it would cut jobs."));
        assertEquals(List.of(), relations("Apple's Samsung lawsuit failed."));
    }

    @Test
    void which_owns_and_a_part_in_apposition() {
        assertEquals(List.of("Honor subsidiaryOf Huawei"), relations("Honor, which Huawei owns, launched a phone."));
        assertEquals(List.of("HiSilicon subsidiaryOf Huawei"), relations("HiSilicon, Huawei's chip design arm, said."));
    }

    @Test
    void a_plural_possessive_owns_its_agency() {
        assertEquals(List.of("Food and Agriculture Organization subsidiaryOf United Nations"),
                relations("The United Nations' Food and Agriculture Organization said so."));
    }

    @Test
    void a_participle_with_by_names_the_maker() {
        assertEquals(List.of("Boeing makes Starliner"), relations("The Starliner capsule, built by Boeing, docked."));
    }

    @Test
    void a_maker_s_model_is_made_by_it() {
        assertEquals(List.of("Boeing makes Boeing 737-800"), relations("A Ukrainian Boeing 737-800 jet crashed near Tehran."));
    }

    @Test
    void an_organisation_named_with_its_country_is_based_there() {
        assertEquals(List.of("Marriage Equality Coalition Taiwan basedIn Taiwan"),
                relations("Jennifer Lu of Marriage Equality Coalition Taiwan said it was not enough."));
    }

    @Test
    void a_unit_of_a_place_s_company_is_that_company_s() {
        assertEquals(List.of("Geely basedIn China", "Volvo subsidiaryOf Geely"),
                relations("Volvo, a unit of China's Geely, said sales rose."));
    }

    @Test
    void a_plural_part_noun_after_a_possessive_lists_every_part() {
        assertEquals(List.of("Audi subsidiaryOf Volkswagen", "Porsche subsidiaryOf Volkswagen"),
                relations("VW's units Audi and Porsche have had trouble."));
        assertEquals(List.of("Saab basedIn Europe", "Saab subsidiaryOf General Motors"),
                relations("GM's European unit Saab and Opel have had trouble."));
        assertEquals(List.of(), relations("Apple's unit sales of Samsung phones fell."));
    }

    @Test
    void an_apposition_with_a_place_s_possessive_and_an_organisation_noun_places_it() {
        assertEquals(List.of("Samsung basedIn South Korea"), relations("Samsung, South Korea's largest company, said so."));
        assertEquals(List.of("Sberbank basedIn Russia"), relations("Sberbank is Russia's biggest lender."));
        assertEquals(List.of(), relations("Samsung, South Korea's president said, is too big."));
    }

    @Test
    void a_demonym_right_before_a_name_states_a_nationality() {
        assertEquals(List.of("Michael Kovrig nationalityOf Canada"), relations("Canadian Michael Kovrig was detained in 2018."));
        assertEquals(List.of("Malcolm Glazer nationalityOf United States"), relations("US tycoon Malcolm Glazer made a bid."));
        assertEquals(List.of(), relations("He planned attacks on US citizens that Qasem Soleimani took part in."));
        assertEquals(List.of(), relations("The film is about abuse among Polish Roman Catholic priests."));
    }

    @Test
    void a_plural_noun_gives_every_name_of_its_list_the_nationality() {
        assertEquals(List.of("JP McManus nationalityOf Ireland", "Dermot Desmond nationalityOf Ireland",
                        "John Magnier nationalityOf Ireland"),
                relations("Irish billionaires JP McManus, Dermot Desmond and John Magnier said no."));
        assertEquals(List.of("JP McManus nationalityOf Ireland", "John Magnier nationalityOf Ireland"),
                relations("Irishmen JP McManus and John Magnier own a stake."));
    }

    @Test
    void a_state_described_as_a_member_of_a_group() {
        assertEquals(List.of("Hungary memberOf NATO"), relations("Hungary, a NATO member, objected to the plan."));
        assertEquals(List.of("Turkey memberOf NATO"), relations("Turkey is a fellow NATO ally."));
        assertEquals(List.of(), relations("Ukraine, a NATO partner country, said so."));
        assertEquals(List.of(), relations("Russia, not a NATO member, objected."));
        assertEquals(List.of(), relations("Hungary blocked a NATO statement."));
    }

    @Test
    void a_plural_member_noun_lists_every_member_and_a_singular_one_only_the_first() {
        assertEquals(List.of("France memberOf European Union", "Germany memberOf European Union"),
                relations("Fellow EU members France and Germany agreed."));
        assertEquals(List.of("Austria memberOf European Union"), relations("EU member Austria and Russia signed a deal."));
    }

    @Test
    void accession_and_membership_after_a_state_s_possessive() {
        assertEquals(List.of("Sweden memberOf NATO"), relations("Sweden's accession to NATO was approved."));
        assertEquals(List.of("Saudi Arabia memberOf OPEC"), relations("Members of OPEC such as Saudi Arabia cut output."));
    }

    @Test
    void the_country_s_organisation_is_based_in_the_country_the_article_is_about() {
        assertEquals(List.of("Sberbank basedIn Russia"),
                relations("Russia faces sanctions. The country's largest lender, Sberbank, said it would comply."));
        assertEquals(List.of("Sberbank basedIn Russia"), relations("Russia faces sanctions. Sberbank, the country's biggest bank, said."));
        assertEquals(List.of("Sberbank basedIn Russia"), relations("Russia's largest lender, Sberbank, said so."));
        assertEquals(List.of(), relations("Russia's president, Vladimir Putin, said so."));
    }

    @Test
    void a_parent_noun_between_two_companies_names_the_owner() {
        assertEquals(List.of("Google subsidiaryOf Alphabet"), relations("Google parent Alphabet said profits rose."));
    }

    @Test
    void a_part_noun_before_a_name_after_a_possessive_makes_it_a_part() {
        assertEquals(List.of("Honor subsidiaryOf Huawei"), relations("Huawei promoted its budget brand Honor."));
        assertEquals(List.of("Google DeepMind subsidiaryOf Google"), relations("DeepMind, Google's artificial intelligence lab, said so."));
    }

    @Test
    void a_relative_clause_after_the_company_names_what_it_makes() {
        assertEquals(List.of("Nvidia makes H100"), relations("Nvidia, which makes the H100 chip, said demand rose."));
        assertEquals(List.of(), relations("Nvidia, which says the H100 chip is scarce, rose."));
    }

    @Test
    void a_place_s_one_word_name_after_a_given_name_is_a_family_name() {
        assertEquals(List.of("Lucas Lima nationalityOf Brazil"),
                relations("Brazilian player Lucas Lima scored twice. Lima said he was happy."));
    }

    @Test
    void a_possessed_product_the_catalog_gives_another_maker_is_not_the_possessor_s() {
        assertEquals(List.of(), relations("Google said it would cut Huawei phones off from updates of its Android system."));
        assertEquals(List.of("Samsung makes Galaxy Z Fold"), relations("Samsung presented its own Galaxy Fold in San Francisco."));
    }

    @Test
    void an_organisation_s_headquarters_in_a_place_places_it() {
        assertEquals(List.of("Huawei basedIn Shenzhen"),
                relations("Huawei sued. Guo Ping announced the suit at the company's headquarters in Shenzhen."));
        assertEquals(List.of("Siemens basedIn Munich"), relations("Siemens said at its head office in Munich that sales rose."));
        assertEquals(List.of(), relations("Siemens executives met at the headquarters in Munich."));
    }

    @Test
    void a_company_of_a_country_is_based_there() {
        assertEquals(List.of("Kia basedIn South Korea"), relations("Kia Motors of South Korea said sales rose."));
        assertEquals(List.of(), relations("The chief executive of Kia met the president of South Korea."));
    }

    @Test
    void an_indefinite_description_with_a_demonym_before_a_name_in_commas_states_a_nationality() {
        assertEquals(List.of("Ivan Petrov nationalityOf Russia"), relations("A Russian engineer, Ivan Petrov, was held."));
        assertEquals(List.of(), relations("The Russian engineer, Ivan Petrov and others left."));
    }
}
