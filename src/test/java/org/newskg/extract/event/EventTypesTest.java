package org.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Argument;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;
import org.newskg.fact.Modality;

/**
 * Each of the 21 event types from literal sentences: a verb in the active and the passive, a
 * noun, a negated and a hypothetical statement. Each case names the roles it expects (at least
 * these names in each role; phrases by a word they contain) and the modality.
 */
class EventTypesTest {

    /** One sentence and the event expected from it. */
    record Case(String sentence, EventType type, Map<String, List<String>> roles, Modality modality) {
        @Override
        public String toString() {
            return type + ": " + sentence;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                c("Huawei executives attended Mobile World Congress in Barcelona.", "Conference", "event=Mobile World Congress; attendee=Huawei", "asserted"),
                c("Mobile World Congress was attended by Huawei.", "Conference", "event=Mobile World Congress; attendee=Huawei", "asserted"),
                c("Mobile World Congress opened in Barcelona on Monday.", "Conference", "event=Mobile World Congress", "asserted"),
                c("Huawei did not attend Mobile World Congress.", "Conference", "event=Mobile World Congress; attendee=Huawei", "denied"),
                c("Huawei will attend Mobile World Congress.", "Conference", "event=Mobile World Congress; attendee=Huawei", "hypothetical"),

                c("Donald Trump met Emmanuel Macron in Paris.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                c("Macron was met by Trump at the airport.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                c("Trump held talks with Macron.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "asserted"),
                c("Trump did not meet Macron.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "denied"),
                c("Trump plans to meet Macron.", "Meeting", "participant=Donald Trump,Emmanuel Macron", "hypothetical"),

                c("Huawei sued the US government.", "Lawsuit", "plaintiff=Huawei; defendant=United States", "asserted"),
                c("Huawei was sued by Apple in a Texas court.", "Lawsuit", "plaintiff=Apple; defendant=Huawei", "asserted"),
                c("Huawei filed a lawsuit against the US government.", "Lawsuit", "plaintiff=Huawei; defendant=United States", "asserted"),
                c("Apple did not sue Huawei.", "Lawsuit", "plaintiff=Apple; defendant=Huawei", "denied"),
                c("Huawei could sue the US.", "Lawsuit", "plaintiff=Huawei; defendant=United States", "hypothetical"),

                c("The US Justice Department indicted Huawei for theft of trade secrets.", "Indictment", "prosecutor=United States Department of Justice; defendant=Huawei; charge=theft", "asserted"),
                c("Huawei was indicted by the US for alleged theft of trade secrets.", "Indictment", "prosecutor=United States; defendant=Huawei; charge=theft", "asserted"),
                c("The US brought charges against Huawei.", "Indictment", "prosecutor=United States; defendant=Huawei", "asserted"),
                c("The FBI has not indicted Huawei.", "Indictment", "defendant=Huawei", "denied"),
                c("The US may indict Huawei.", "Indictment", "prosecutor=United States; defendant=Huawei", "hypothetical"),

                c("Canada arrested Meng Wanzhou in Vancouver.", "Arrest", "authority=Canada; person=Meng Wanzhou", "asserted"),
                c("Meng Wanzhou was arrested by Canada.", "Arrest", "authority=Canada; person=Meng Wanzhou", "asserted"),
                c("The arrest of Meng Wanzhou angered China.", "Arrest", "person=Meng Wanzhou", "asserted"),
                c("Canada did not arrest Meng Wanzhou.", "Arrest", "authority=Canada; person=Meng Wanzhou", "denied"),
                c("Iran issued an arrest warrant for Donald Trump.", "Arrest", "authority=Iran; person=Donald Trump", "hypothetical"),

                c("Canada extradited Meng Wanzhou to the US.", "Extradition", "custodian=Canada; person=Meng Wanzhou; requester=United States", "asserted"),
                c("Meng Wanzhou was extradited to the US.", "Extradition", "person=Meng Wanzhou; requester=United States", "asserted"),
                c("The US sought the extradition of Meng Wanzhou from Canada.", "Extradition", "requester=United States; person=Meng Wanzhou; custodian=Canada", "hypothetical"),
                c("Canada did not extradite Meng Wanzhou to the US.", "Extradition", "person=Meng Wanzhou; requester=United States", "denied"),
                c("Canada must decide whether to extradite Meng Wanzhou to the US.", "Extradition", "person=Meng Wanzhou; requester=United States", "hypothetical"),

                c("The FBI investigated Huawei.", "Investigation", "investigator=Federal Bureau of Investigation; target=Huawei", "asserted"),
                c("Huawei is being investigated by the FBI.", "Investigation", "investigator=Federal Bureau of Investigation; target=Huawei", "asserted"),
                c("The FBI launched an investigation into Huawei.", "Investigation", "investigator=Federal Bureau of Investigation; target=Huawei", "asserted"),
                c("The FBI has not investigated Huawei.", "Investigation", "investigator=Federal Bureau of Investigation; target=Huawei", "denied"),
                c("The FBI might investigate Huawei.", "Investigation", "investigator=Federal Bureau of Investigation; target=Huawei", "hypothetical"),

                c("The European Court of Justice ruled against Facebook.", "Ruling", "court=European Court of Justice; party=Facebook", "asserted"),
                c("Facebook was ordered by the European Court of Justice to remove the posts.", "Ruling", "court=European Court of Justice; party=Facebook", "asserted"),
                c("The European Court of Justice issued a ruling against Facebook.", "Ruling", "court=European Court of Justice; party=Facebook", "asserted"),
                c("The European Court of Justice did not rule against Facebook.", "Ruling", "court=European Court of Justice", "denied"),
                c("The European Court of Justice will rule on the case next year.", "Ruling", "court=European Court of Justice", "hypothetical"),

                c("The European Commission fined Google €4.3bn.", "Fine", "authority=European Commission; target=Google; amount=4.3bn", "asserted"),
                c("Google was fined €4.3bn by the European Commission.", "Fine", "authority=European Commission; target=Google", "asserted"),
                c("The European Commission imposed a fine of €2.4bn on Google.", "Fine", "authority=European Commission; target=Google", "asserted"),
                c("The European Commission did not fine Google.", "Fine", "authority=European Commission; target=Google", "denied"),
                c("The European Commission could fine Google.", "Fine", "authority=European Commission; target=Google", "hypothetical"),

                c("The European Union sanctioned Iran.", "Sanction", "imposer=European Union; target=Iran", "asserted"),
                c("Iran was sanctioned by the United States.", "Sanction", "imposer=United States; target=Iran", "asserted"),
                c("Mahan Air has been the subject of US sanctions since 2011.", "Sanction", "imposer=United States; target=Mahan Air", "asserted"),
                c("The EU has not sanctioned Russia.", "Sanction", "imposer=European Union; target=Russia", "denied"),
                c("The US threatened to sanction Russia.", "Sanction", "imposer=United States; target=Russia", "hypothetical"),

                c("Germany banned Mahan Air from flying in the country.", "Ban", "imposer=Germany; target=Mahan Air; scope=flying", "asserted"),
                c("Huawei was banned by the US.", "Ban", "imposer=United States; target=Huawei", "asserted"),
                c("The US ban on Huawei hurt its sales.", "Ban", "imposer=United States; target=Huawei", "asserted"),
                c("Germany did not ban Mahan Air.", "Ban", "imposer=Germany; target=Mahan Air", "denied"),
                c("The UK might ban Huawei.", "Ban", "imposer=United Kingdom; target=Huawei", "hypothetical"),

                c("The US imposed tariffs on China.", "Tariff", "imposer=United States; target=China", "asserted"),
                c("Tariffs were imposed on China by the US.", "Tariff", "imposer=United States; target=China", "asserted"),
                c("US tariffs on Chinese goods took effect.", "Tariff", "imposer=United States; target=China", "asserted"),
                c("The US did not impose tariffs on China.", "Tariff", "imposer=United States; target=China", "denied"),
                c("Trump threatened to impose tariffs on China.", "Tariff", "imposer=Donald Trump; target=China", "hypothetical"),

                c("The US urged Germany to ban Huawei.", "Lobbying", "actor=United States; target=Germany; against=Huawei", "asserted"),
                c("Germany was lobbied by the US to drop Huawei.", "Lobbying", "actor=United States; target=Germany; against=Huawei", "asserted"),
                c("US lobbying against Huawei intensified.", "Lobbying", "actor=United States; against=Huawei", "asserted"),
                c("The US did not lobby Germany to drop Huawei.", "Lobbying", "actor=United States; target=Germany", "denied"),
                c("The US plans to lobby Germany to drop Huawei.", "Lobbying", "actor=United States; target=Germany", "hypothetical"),

                c("The US accused Huawei of espionage.", "Accusation", "accuser=United States; accused=Huawei; allegation=espionage", "alleged"),
                c("Huawei was accused by the US of espionage.", "Accusation", "accuser=United States; accused=Huawei", "alleged"),
                c("US accusations against Huawei grew.", "Accusation", "accuser=United States; accused=Huawei", "alleged"),
                c("The US has not accused Huawei of espionage.", "Accusation", "accuser=United States; accused=Huawei", "denied"),
                c("The US may accuse Huawei of espionage.", "Accusation", "accuser=United States; accused=Huawei", "hypothetical"),

                c("Huawei denied the allegations.", "Denial", "denier=Huawei", "asserted"),
                c("The allegations were denied by Huawei.", "Denial", "denier=Huawei", "asserted"),
                c("Huawei issued a denial of the claims.", "Denial", "denier=Huawei", "asserted"),
                c("Huawei did not deny the allegations.", "Denial", "denier=Huawei", "denied"),
                c("Huawei is expected to deny the allegations.", "Denial", "denier=Huawei", "hypothetical"),

                c("Huawei unveiled the Mate X in Barcelona.", "ProductLaunch", "company=Huawei; product=Mate X", "asserted"),
                c("The Mate X was unveiled by Huawei.", "ProductLaunch", "company=Huawei; product=Mate X", "asserted"),
                c("Huawei's launch of the Mate X drew crowds.", "ProductLaunch", "company=Huawei; product=Mate X", "asserted"),
                c("Huawei did not launch the Mate X.", "ProductLaunch", "company=Huawei; product=Mate X", "denied"),
                c("Huawei will launch the Mate X.", "ProductLaunch", "company=Huawei; product=Mate X", "hypothetical"),

                c("Hungary agreed with Airbus to open a helicopter factory.", "Deal", "party=Hungary,Airbus; subject=factory", "asserted"),
                c("A deal was signed by Huawei and Vodafone.", "Deal", "party=Huawei,Vodafone", "asserted"),
                c("Huawei signed a deal with Vodafone.", "Deal", "party=Huawei,Vodafone; subject=deal", "asserted"),
                c("Huawei did not sign a deal with Vodafone.", "Deal", "party=Huawei,Vodafone", "denied"),
                c("Huawei hopes to sign a deal with Vodafone.", "Deal", "party=Huawei,Vodafone", "hypothetical"),

                c("Microsoft acquired LinkedIn for $26bn.", "Acquisition", "acquirer=Microsoft; target=LinkedIn; amount=26bn", "asserted"),
                c("LinkedIn was acquired by Microsoft.", "Acquisition", "acquirer=Microsoft; target=LinkedIn", "asserted"),
                c("Microsoft's acquisition of LinkedIn closed.", "Acquisition", "acquirer=Microsoft; target=LinkedIn", "asserted"),
                c("Microsoft did not buy LinkedIn.", "Acquisition", "acquirer=Microsoft; target=LinkedIn", "denied"),
                c("Microsoft plans to buy LinkedIn.", "Acquisition", "acquirer=Microsoft; target=LinkedIn", "hypothetical"),

                c("Huawei appointed Guo Ping as rotating chairman.", "Appointment", "organization=Huawei; person=Guo Ping; title=chairman", "asserted"),
                c("Guo Ping was named chairman of Huawei.", "Appointment", "person=Guo Ping; title=chairman", "asserted"),
                c("Guo Ping's appointment as chairman was announced.", "Appointment", "person=Guo Ping; title=chairman", "asserted"),
                c("Huawei did not appoint Guo Ping as chairman.", "Appointment", "organization=Huawei; person=Guo Ping", "denied"),
                c("Huawei will appoint Guo Ping as chairman.", "Appointment", "organization=Huawei; person=Guo Ping", "hypothetical"),

                c("Satya Nadella resigned from Microsoft.", "Departure", "person=Satya Nadella; organization=Microsoft", "asserted"),
                c("Nadella was fired by Microsoft.", "Departure", "person=Satya Nadella; organization=Microsoft", "asserted"),
                c("Nadella's resignation from Microsoft surprised investors.", "Departure", "person=Satya Nadella; organization=Microsoft", "asserted"),
                c("Nadella did not resign from Microsoft.", "Departure", "person=Satya Nadella; organization=Microsoft", "denied"),
                c("Nadella may resign from Microsoft.", "Departure", "person=Satya Nadella; organization=Microsoft", "hypothetical"),

                c("Russian hackers hacked Sony.", "Cyberattack", "attacker=Russia; target=Sony", "asserted"),
                c("Sony was hacked by North Korea.", "Cyberattack", "attacker=North Korea; target=Sony", "asserted"),
                c("North Korea launched a cyberattack on Sony.", "Cyberattack", "attacker=North Korea; target=Sony", "asserted"),
                c("North Korea did not hack Sony.", "Cyberattack", "attacker=North Korea; target=Sony", "denied"),
                c("North Korea could hack Sony.", "Cyberattack", "attacker=North Korea; target=Sony", "hypothetical"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads_the_event_with_its_roles_and_modality(Case c) {
        List<Event> events = NewsFixture.annotate(c.sentence()).events();
        List<Event> ofType = events.stream().filter(e -> e.type() == c.type()).toList();
        assertTrue(ofType.stream().anyMatch(e -> fits(e, c)),
                () -> "expected " + c.type() + " " + c.roles() + " " + c.modality() + " in: " + c.sentence()
                        + "\n  got " + events);
    }

    private static boolean fits(Event e, Case c) {
        if (e.modality() != c.modality())
            return false;
        for (Map.Entry<String, List<String>> role : c.roles().entrySet())
            for (String want : role.getValue())
                if (e.role(role.getKey()).stream().map(Argument::text).noneMatch(got -> got.equals(want) || !isEntity(e, role.getKey()) && got.contains(want)))
                    return false;
        return e.evidence() != null && e.extractor().equals("events") && e.confidence() > 0 && e.confidence() <= 1;
    }

    private static boolean isEntity(Event e, String role) {
        return e.role(role).stream().allMatch(Argument::isEntity);
    }

    private static Case c(String sentence, String type, String roles, String modality) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String part : roles.split(";")) {
            String[] kv = part.strip().split("=", 2);
            map.put(kv[0], new ArrayList<>(List.of(kv[1].split(","))));
        }
        return new Case(sentence, EventType.valueOf(type), map, Modality.valueOf(modality));
    }
}
