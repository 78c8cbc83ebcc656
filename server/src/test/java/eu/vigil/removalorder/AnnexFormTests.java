package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 12 point 4: each Annex in each of the 24 official languages, without raw keys, codes or enum names (no Spring). */
class AnnexFormTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Something that looks like a label key, an Art. 2(7) code or an enum name of the domain. */
    private static final Pattern INTERNAL = Pattern.compile(
            "\\b(annex|value|footer|I|II|III|R)\\.[A-Za-z_.]+|(?<!Article )2\\(7\\)\\([a-e]\\)|\\b[A-Z]+_[A-Z_]+\\b|\\b(INCITEMENT|SOLICITATION|"
                    + "PARTICIPATION|INSTRUCTION|THREAT|JUDICIAL|OTHER|EMAIL|PHONE|WEBFORM|REMOVED|DISABLED|PENDING)\\b");

    private static Properties english() throws IOException {
        Properties p = new Properties();
        try (InputStream in = AnnexFormTests.class.getResourceAsStream("/annex/annex_en.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> texts(RenderedAnnex r) {
        List<String> all = new ArrayList<>(List.of(r.title(), r.header()));
        for (RenderedAnnex.Section s : r.sections()) {
            all.add(s.heading());
            for (RenderedAnnex.Field f : s.fields()) {
                all.add(f.label());
                all.addAll(f.values());
            }
        }
        if (r.footer() != null) {
            all.add(r.footer());
        }
        return all;
    }

    @Test
    void everyLabelOfTheModelIsInEnglishAndEveryLanguageHasItsFile() throws IOException {
        Properties en = english();
        for (AnnexForm form : AnnexForm.ALL) {
            assertThat(en).containsKeys(form.titleKey(), form.headerKey());
            for (AnnexForm.Section s : form.sections()) {
                assertThat(en).containsKey(s.headingKey());
                s.fields().forEach(f -> assertThat(en).as(f.labelKey()).containsKey(f.labelKey()));
            }
        }
        assertThat(AnnexLabels.LANGUAGES).hasSize(24).doesNotHaveDuplicates();
        for (String lang : AnnexLabels.LANGUAGES) {
            assertThat(AnnexFormTests.class.getResource("/annex/annex_" + lang + ".properties")).as(lang).isNotNull();
        }
    }

    @Test
    void everyValueOfTheEnumsShownInTheAnnexesHasItsWords() throws IOException {
        Properties en = english();
        for (eu.vigil.registry.AuthorityType t : eu.vigil.registry.AuthorityType.values()) {
            assertThat(en).containsKey("value.authority_type." + t.name());
        }
        for (eu.vigil.registry.ContactChannel c : eu.vigil.registry.ContactChannel.values()) {
            assertThat(en).containsKey("value.channel." + c.name());
        }
        for (TerroristContentType t : TerroristContentType.values()) {
            assertThat(en).containsKey("value.reason." + t.letter());
        }
        for (ImpossibilityReason r : ImpossibilityReason.values()) {
            assertThat(en).containsKey("value.impossibility." + r.name());
        }
    }

    @Test
    void englishFrenchAndGermanHaveEveryLabelOfTheEnglishFile() throws IOException {
        Set<String> keys = english().stringPropertyNames();
        for (String lang : List.of("fr", "de")) {
            AnnexLabels labels = AnnexLabels.of(lang);
            assertThat(keys.stream().filter(k -> !labels.has(k)).toList()).as(lang).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bg", "es", "cs", "da", "de", "et", "el", "en", "fr", "ga", "hr", "it", "lv", "lt", "hu", "mt",
            "nl", "pl", "pt", "ro", "sk", "sl", "fi", "sv"})
    void eachAnnexRendersInEachOfficialLanguageWithoutRawKeys(String lang) {
        RemovalOrder order = AnnexSamples.order(lang);
        Map<AnnexForm, Map<String, Object>> fields = AnnexSamples.fields(order);
        boolean complete = Set.of("en", "fr", "de").contains(lang);
        for (AnnexForm form : AnnexForm.ALL) {
            RenderedAnnex r = AnnexRendering.render(form, fields.get(form), lang, BERLIN);
            assertThat(r.language()).isEqualTo(lang);
            assertThat(r.sections()).hasSameSizeAs(form.sections());
            for (int i = 0; i < form.sections().size(); i++) {
                // every field is shown (Section D's undeliverable copy is stated in the sample)
                assertThat(r.sections().get(i).fields()).hasSameSizeAs(form.sections().get(i).fields());
                // titles and headings are shipped in every language
                assertThat(r.sections().get(i).fallback()).as(lang + " " + form.name() + " heading").isFalse();
                assertThat(r.sections().get(i).heading()).isNotBlank();
            }
            assertThat(r.titleFallback()).as(lang + " title").isFalse();
            for (String text : texts(r)) {
                assertThat(text).as(lang + " Annex " + form.name()).isNotBlank().doesNotContainPattern(INTERNAL);
            }
            boolean fallback = r.headerFallback() || r.sections().stream().flatMap(s -> s.fields().stream())
                    .anyMatch(RenderedAnnex.Field::fallback);
            if (complete) {
                assertThat(fallback).as(lang + " Annex " + form.name() + " has no English fallback").isFalse();
                assertThat(r.footer()).isNull();
            } else {
                // the 21 other languages ship titles and headings only: the rest is English, marked, and said so
                assertThat(fallback).isTrue();
                assertThat(r.footer()).as(lang).isNotNull().contains(RenderedAnnex.FALLBACK_MARKER)
                        .isEqualTo(AnnexLabels.of(lang).get("footer.fallback", r.languageName(),
                                RenderedAnnex.FALLBACK_MARKER).text());
                assertThat(AnnexLabels.of(lang).has("footer.fallback")).isTrue();
            }
        }
    }

    private static RenderedAnnex.Field field(RenderedAnnex r, String label) {
        return r.sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label));
    }

    @Test
    void timesAreInTheIssuingMemberStatesLocalTimeWithTheOffsetInTheOrdersLanguage() {
        RemovalOrder order = AnnexSamples.order("en");
        assertThat(field(AnnexRendering.annexOne(order), "Time and date of issuing").value())
                .isEqualTo("3 December 2026, 14:05 (UTC+01:00)");
        assertThat(field(AnnexRendering.annexOne(AnnexSamples.order("fr")), "Heure et date d'émission").value())
                .isEqualTo("3 décembre 2026, 14:05 (UTC+01:00)");
        assertThat(field(AnnexRendering.annexOne(AnnexSamples.order("de")), "Uhrzeit und Datum des Erlasses").value())
                .isEqualTo("3. Dezember 2026, 14:05 (UTC+01:00)");
        Map<String, Object> summer = new java.util.LinkedHashMap<>(AnnexOne.export(order));
        summer.put("A.issued_at", Instant.parse("2026-07-01T12:00:00Z").toString());
        summer.put("order_id", "x");
        assertThat(field(AnnexRendering.render(AnnexForm.ANNEX_I, summer, "en", AppealPeriod.zoneOf("PT")),
                "Time and date of issuing").value()).isEqualTo("1 July 2026, 13:00 (UTC+01:00)");
        assertThat(field(AnnexRendering.render(AnnexForm.ANNEX_I, summer, "en", AppealPeriod.zoneOf("FI")),
                "Time and date of issuing").value()).isEqualTo("1 July 2026, 15:00 (UTC+03:00)");
    }

    @Test
    void theReasonsAreTheTickBoxTextsOfArticle2Point7TickedAsInTheOrder() {
        RenderedAnnex r = AnnexRendering.annexOne(AnnexSamples.order("en"));
        assertThat(field(r, "Reasons why the material is considered terrorist content in accordance with Article 2(7)")
                .values()).containsExactly(
                "☒ incites others to commit terrorist offences, for example by glorifying terrorist acts, by advocating the "
                        + "commission of such offences (Article 2(7)(a))",
                "☐ solicits others to commit or to contribute to the commission of terrorist offences (Article 2(7)(b))",
                "☐ solicits others to participate in the activities of a terrorist group (Article 2(7)(c))",
                "☒ provides instruction on the making or use of explosives, firearms or other weapons or noxious or hazardous "
                        + "substances, or on other specific methods or techniques for the purpose of committing or "
                        + "contributing to the commission of terrorist offences (Article 2(7)(d))",
                "☐ constitutes a threat to commit a terrorist offence (Article 2(7)(e))");
        assertThat(field(r, "Member State of the issuing competent authority").value()).isEqualTo("Germany (DE)");
        assertThat(field(r, "Type of competent authority").value()).isEqualTo("law enforcement authority");
        assertThat(field(r, "Contact point").values()).containsExactly(
                "tco@kestrel.example (e-mail) · languages: de, en · available 24/7",
                "https://api.kestrel.example/tco (API) · languages: en · available 24/7");
        RenderedAnnex de = AnnexRendering.annexOne(AnnexSamples.order("de"));
        assertThat(field(de, "Mitgliedstaat der erlassenden zuständigen Behörde").value()).isEqualTo("Deutschland (DE)");
        assertThat(field(de, "Bis").value()).isEqualTo("1. März 2027");
    }

    @Test
    void annexTwoAndThreeCarryTheFileReferenceGivenAtAcknowledgementAndTheReasonsAsTickBoxes() {
        RemovalOrder order = AnnexSamples.order("en");
        OrderAnswer ack = AnnexSamples.acknowledgement();
        OrderAnswer feedback = AnnexSamples.feedback();
        assertThat(feedback.providerReference()).isNull();
        RenderedAnnex two = AnnexRendering.answer(order, AnnexAnswers.withAcknowledgedReference(feedback, List.of(ack, feedback)));
        assertThat(field(two, "File reference of the addressee").value()).isEqualTo("KV-2026-0042");
        assertThat(field(two, "The terrorist content or access to it has been (time and date of the measure)").values())
                .containsExactly("☒ 1. https://video.kestrel.example/watch?v=abc123\nremoved in all Member States — "
                        + "3 December 2026, 14:25 (UTC+01:00)", "☒ 2. https://video.kestrel.example/watch?v=def456\n"
                        + "access disabled in all Member States — 3 December 2026, 14:30 (UTC+01:00)");
        assertThat(field(two, "E-mail of the contact point").value()).isEqualTo("tco@kestrel.example");
        // a reference given with the answer itself wins
        OrderAnswer own = new OrderAnswer(feedback.id(), feedback.kind(), null, null, "OWN-1", null, feedback.filedAt(),
                feedback.filedBy(), feedback.effectiveAt());
        assertThat(AnnexAnswers.withAcknowledgedReference(own, List.of(ack)).providerReference()).isEqualTo("OWN-1");

        RenderedAnnex three = AnnexRendering.answer(order,
                AnnexAnswers.withAcknowledgedReference(AnnexSamples.impossibility(), List.of(ack)));
        assertThat(field(three, "File reference of the addressee").value()).isEqualTo("KV-2026-0042");
        assertThat(field(three, "The removal order cannot be executed within the deadline for the following reason(s)")
                .values()).containsExactly("☐ force majeure or de facto impossibility not attributable to the hosting "
                        + "service provider, including for objectively justifiable technical or operational reasons "
                        + "(Article 3(7))", "☒ the removal order contains manifest errors (Article 3(8))",
                "☐ the removal order does not contain sufficient information (Article 3(8))");
        assertThat(field(three, "Further information on the reasons for non-execution").value())
                .isEqualTo("Item 3 points to a video that was never on our service");
        assertThat(field(three, "Manifest errors or missing information, and the clarification required").value())
                .isEqualTo("Which video is meant by item 3?");
        assertThat(field(three, "Signature").value()).isEqualTo("Filed electronically by the authenticated user kestrel.admin");
    }

    @Test
    void aLabelALanguageLacksIsInEnglishMarkedAndTheFooterSaysSoInThatLanguage() {
        RenderedAnnex pl = AnnexRendering.annexOne(AnnexSamples.order("pl"));
        assertThat(pl.title()).isEqualTo("ZAŁĄCZNIK I — NAKAZ USUNIĘCIA");
        RenderedAnnex.Field reference = field(pl, "Reference number of the removal order");
        assertThat(reference.fallback()).isTrue();
        assertThat(reference.value()).isEqualTo("DE-BKA-2026-00005");
        assertThat(field(pl, "Member State of the issuing competent authority").value()).isEqualTo("Niemcy (DE)");
        assertThat(pl.footer()).isEqualTo("Etykiety niedostępne w tym języku podano w języku angielskim i oznaczono [EN].");
        // a language outside the 24 is rendered in English, without markers
        RenderedAnnex unknown = AnnexRendering.annexOne(AnnexSamples.order("xx"));
        assertThat(unknown.language()).isEqualTo("en");
        assertThat(unknown.footer()).isNull();
    }
}
