package eu.vigil.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.crimearea.CrimeArea;

/** The situational figures as rules on hand-made facts, without a database. */
class SituationReportTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final Instant FROM = LocalDate.of(2026, 11, 1).atStartOfDay(BRUSSELS).toInstant();
    static final Instant TO = LocalDate.of(2026, 12, 1).atStartOfDay(BRUSSELS).toInstant();

    static ItemFact fact(ItemFact.Kind kind, ContentCategory c, String provider, String lang, String url, String account,
            Instant sent, Duration answeredAfter, ItemFact.Outcome outcome) {
        return new ItemFact(kind, UUID.randomUUID(), "REF-" + url.hashCode(), c, "DE", "BKA IRU", UUID.randomUUID(),
                provider, lang, url, account, sent, answeredAfter == null ? null : sent.plus(answeredAfter), outcome);
    }

    static final Instant DAY3 = FROM.plus(Duration.ofDays(2)).plusSeconds(3600 * 10);

    static List<ItemFact> facts() {
        var drugs = ContentCategory.DRUG_SALE_OFFER;
        return List.of(
                fact(ItemFact.Kind.REFERRAL, drugs, "Parlo", "de", "https://www.Shop.example/a", "@dealer", DAY3,
                        Duration.ofMinutes(30), ItemFact.Outcome.ACTIONED),
                fact(ItemFact.Kind.REFERRAL, drugs, "Parlo", "de", "https://shop.example/b", "@dealer", DAY3,
                        Duration.ofMinutes(90), ItemFact.Outcome.ACTIONED),
                fact(ItemFact.Kind.REFERRAL, drugs, "Parlo", "en", "https://other.example/c", "@else", DAY3,
                        Duration.ofHours(5), ItemFact.Outcome.NOT_ACTIONED),
                fact(ItemFact.Kind.ORDER, ContentCategory.DRUG_COURIER_RECRUITMENT, "Kiosk", "nl",
                        "https://kiosk.example/x", "@dealer", DAY3.plus(Duration.ofDays(10)), Duration.ofHours(3),
                        ItemFact.Outcome.ACTIONED),
                fact(ItemFact.Kind.NOTICE, drugs, "Kiosk", null, "https://kiosk.example/y", null,
                        DAY3.plus(Duration.ofDays(11)), null, ItemFact.Outcome.OPEN),
                // outside the period and outside the area: left out
                fact(ItemFact.Kind.REFERRAL, drugs, "Parlo", "de", "https://shop.example/z", "@dealer", TO, null,
                        ItemFact.Outcome.OPEN),
                fact(ItemFact.Kind.REFERRAL, ContentCategory.TERRORIST_PROPAGANDA, "Parlo", "ar",
                        "https://shop.example/t", "@dealer", DAY3, null, ItemFact.Outcome.OPEN));
    }

    @Test
    void totalsCountTheAreaAndPeriodOnlyAndShareIsOfAnsweredItems() {
        var r = SituationReport.of(CrimeArea.DRUG_SALES, FROM, TO, BRUSSELS, facts());
        var t = r.totals();
        assertThat(t.items()).isEqualTo(5);
        assertThat(List.of(t.orders(), t.referrals(), t.notices())).containsExactly(1, 3, 1);
        assertThat(t.answered()).isEqualTo(4);
        assertThat(t.actioned()).isEqualTo(3);
        assertThat(t.open()).isEqualTo(1);
        assertThat(t.actionedShare()).hasValue(0.75);
        // actioned after 30 min, 90 min, 3 h: nearest-rank median 90 min, p90 3 h
        assertThat(t.medianTimeToAction()).hasValue(Duration.ofMinutes(90));
        assertThat(t.p90TimeToAction()).hasValue(Duration.ofHours(3));
        assertThat(r.facts()).hasSize(5);
    }

    @Test
    void platformsLanguagesAndRecurringValues() {
        var r = SituationReport.of(CrimeArea.DRUG_SALES, FROM, TO, BRUSSELS, facts());
        assertThat(r.platforms()).extracting(SituationReport.Platform::name).containsExactly("Parlo", "Kiosk");
        var parlo = r.platforms().getFirst();
        assertThat(parlo.actionedShare()).hasValueSatisfying(s -> assertThat(s).isCloseTo(2 / 3.0,
                org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(parlo.medianTimeToAction()).hasValue(Duration.ofMinutes(30));
        var kiosk = r.platforms().get(1);
        assertThat(kiosk.answered()).isEqualTo(1);
        assertThat(r.languages()).extracting(SituationReport.Count::key).containsExactly("de", "en", "nl", "—");
        assertThat(r.accounts()).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo("@dealer");
            assertThat(a.items()).isEqualTo(3);
            assertThat(a.platforms()).isEqualTo(2);
        });
        assertThat(r.domains()).extracting(SituationReport.Recurring::value)
                .as("host case and www. do not split a domain").containsExactly("kiosk.example", "shop.example");
    }

    @Test
    void aMonthIsCutIntoDaysAndAYearIntoWeeksFromMonday() {
        var r = SituationReport.of(CrimeArea.DRUG_SALES, FROM, TO, BRUSSELS, facts());
        assertThat(r.bucket()).isEqualTo(ChronoUnit.DAYS);
        assertThat(r.overTime()).hasSize(30);
        assertThat(r.overTime().get(2).items()).isEqualTo(3);
        assertThat(r.overTime().get(2).actioned()).isEqualTo(2);
        assertThat(r.overTime().stream().mapToInt(SituationReport.Period::items).sum()).isEqualTo(5);

        Instant yearStart = LocalDate.of(2026, 1, 1).atStartOfDay(BRUSSELS).toInstant();
        var year = SituationReport.of(CrimeArea.DRUG_SALES, yearStart, TO, BRUSSELS, facts());
        assertThat(year.bucket()).isEqualTo(ChronoUnit.WEEKS);
        assertThat(year.overTime()).allSatisfy(p -> assertThat(p.start().getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY));
        assertThat(year.overTime().stream().mapToInt(SituationReport.Period::items).sum()).isEqualTo(5);
    }

    @Test
    void daysFollowTheReadersZoneAcrossTheEndOfSummerTime() {
        // 25 Oct 2026: Brussels goes from UTC+2 to UTC+1; 23:30 UTC that day is already 26 Oct in Brussels
        Instant from = LocalDate.of(2026, 10, 20).atStartOfDay(BRUSSELS).toInstant();
        Instant to = LocalDate.of(2026, 10, 31).atStartOfDay(BRUSSELS).toInstant();
        var late = fact(ItemFact.Kind.REFERRAL, ContentCategory.DRUG_SALE_OFFER, "Parlo", "de", "https://a.example/1",
                null, Instant.parse("2026-10-25T23:30:00Z"), null, ItemFact.Outcome.OPEN);
        var r = SituationReport.of(CrimeArea.DRUG_SALES, from, to, BRUSSELS, List.of(late));
        assertThat(r.overTime()).hasSize(11);
        assertThat(r.overTime().stream().filter(p -> p.items() == 1).findFirst().orElseThrow().start())
                .isEqualTo(LocalDate.of(2026, 10, 26));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 2026})
    void theFiguresDoNotDependOnTheOrderTheSourcesGiveTheItemsIn(long seed) {
        List<ItemFact> shuffled = new ArrayList<>(facts());
        Collections.shuffle(shuffled, new Random(seed));
        var a = SituationReport.of(CrimeArea.DRUG_SALES, FROM, TO, BRUSSELS, facts());
        var b = SituationReport.of(CrimeArea.DRUG_SALES, FROM, TO, BRUSSELS, shuffled);
        assertThat(b.totals()).isEqualTo(a.totals());
        assertThat(b.platforms()).isEqualTo(a.platforms());
        assertThat(b.overTime()).isEqualTo(a.overTime());
        assertThat(b.domains()).isEqualTo(a.domains());
    }

    @Test
    void noAnswersMeansNoShareRatherThanZero() {
        var open = fact(ItemFact.Kind.REFERRAL, ContentCategory.DRUG_SALE_OFFER, "Parlo", "de", "https://a.example/1",
                null, DAY3, null, ItemFact.Outcome.OPEN);
        var t = SituationReport.of(CrimeArea.DRUG_SALES, FROM, TO, BRUSSELS, List.of(open)).totals();
        assertThat(t.actionedShare()).isEmpty();
        assertThat(t.medianTimeToAction()).isEmpty();
    }
}
