package org.newskg.extract.modality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.NewsFixture;
import org.newskg.fact.Event;
import org.newskg.fact.EventType;

/** The article's stance on an event, from the words that lead to its trigger. */
class ModalityCuesTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Huawei sued the US on Thursday.| Lawsuit| asserted",
            "Huawei reportedly sued the US.| Lawsuit| alleged",
            "Huawei allegedly hacked Sony.| Cyberattack| alleged",
            "Huawei is suspected of having hacked Sony.| Cyberattack| alleged",
            "Huawei denied that it had hacked Sony.| Cyberattack| denied",
            "Huawei has not sued the US.| Lawsuit| denied",
            "Huawei never sued the US.| Lawsuit| denied",
            "Huawei might sue the US.| Lawsuit| hypothetical",
            "Huawei would sue the US if the ban stays.| Lawsuit| hypothetical",
            "Huawei plans to sue the US.| Lawsuit| hypothetical",
            "The United States is asking other governments to ban Huawei.| Ban| hypothetical",
            "Robert Strayer refused to say whether the US would ban Huawei.| Ban| hypothetical",
            "Iran issued an arrest warrant for Donald Trump.| Arrest| hypothetical",
            "The US accused Huawei of espionage.| Accusation| alleged",
            "Huawei denied the accusations.| Denial| asserted"})
    void reads_the_modality(String sentence, String type, String modality) {
        List<Event> events = NewsFixture.annotate(sentence).events().stream()
                .filter(e -> e.type() == EventType.valueOf(type)).toList();
        assertEquals(1, events.size(), () -> "one " + type + " in " + sentence + ": " + events);
        assertEquals(modality, events.get(0).modality().name());
    }
}
