package eu.vigil.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R33: the personal-data screen of free-text fields. */
class PersonalDataCheckTests {

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "EMAIL|Contact the uploader at jan.novak@example.cz for details",
            "EMAIL|write to jan.novak [at] example [dot] cz",
            "PHONE|The channel admin can be reached on +49 170 1234567",
            "PHONE|call 0171-1234567 now",
            "PHONE|Tel. 0033 1 23 45 67 89",
            "PHONE|ring 612 345 678 in Madrid",
            "PERSONAL_NAME|Video uploaded by Ahmed Karimi on his channel",
            "PERSONAL_NAME|Posted by Mr. Dupont from Lyon",
            "PERSONAL_NAME|Kommissarin Weber confirmed the threat",
            "PERSONAL_NAME|the speaker, alias Zarqawi, calls for attacks",
            "PERSONAL_NAME|Propaganda of Abu Hamza re-uploaded",
            "PERSONAL_NAME|In Berlin Anna Schmidt was named as the author",
            "PERSONAL_NAME|a sermon of Mohammed bin Salem",
            "SOCIAL_HANDLE|Reposted by @lone_wolf_88 within minutes",
            "IP_ADDRESS|uploaded from 192.168.10.24 at night",
            "IP_ADDRESS|uploaded from 2001:db8::ff00:42:8329",
            "URL|see https://video.example/user/karim88/watch?v=1",
            "URL|mirror at www.example.org/channel/x",
    })
    void findsPersonalData(PersonalDataFinding.Kind kind, String text) {
        assertThat(PersonalDataCheck.check("decision_facts", text)).extracting(PersonalDataFinding::kind).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The video glorifies the attack of 3 March and explains how to build the device used.",
            "Regulation (EU) 2021/784, Art. 3",
            "Regulation (EU) 2022/2065, Article 9",
            "The content was removed on 2026-11-27 in execution of an order of a competent authority of DE (Removal order (TCO Art. 3), Regulation (EU) 2021/784, Art. 3), received on 2026-11-27.",
            "Propaganda of the Islamic State and of Al-Shabaab, first posted 12.03.2026 at 14:30",
            "Order VIGIL-2026-000123 concerns item 3 of 5; file AZ 123/26",
            "Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal",
            "Recruitment video in Arabic with subtitles; 1,250,000 views",
    })
    void leavesOrdinaryLegalTextAlone(String text) {
        assertThat(PersonalDataCheck.check("decision_facts", text)).isEmpty();
    }

    @Test
    void checksEveryFreeTextFieldAndNothingElse() {
        var payload = Map.<String, Object>of(
                "decision_facts", "Reported by anna@example.eu",
                "illegal_content_explanation", "Speech by Omar Haddad",
                "puid", "vigil-jan.novak@example.cz",
                "content_type", List.of("CONTENT_TYPE_VIDEO"));
        var findings = PersonalDataCheck.check(payload);
        assertThat(findings).extracting(PersonalDataFinding::field)
                .containsExactly("decision_facts", "illegal_content_explanation");
        assertThat(findings).extracting(PersonalDataFinding::excerpt).containsExactly("anna@example.eu", "Omar Haddad");
    }

    @Test
    void reportsAnE_mailOnceNotAlsoAsAHandleOrUrl() {
        assertThat(PersonalDataCheck.check("decision_facts", "mail karim@example.org"))
                .extracting(PersonalDataFinding::kind).containsExactly(PersonalDataFinding.Kind.EMAIL);
    }
}
