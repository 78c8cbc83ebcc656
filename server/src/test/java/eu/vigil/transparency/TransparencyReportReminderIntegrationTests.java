package eu.vigil.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.IntegrationTest;

/**
 * R45: from 1 February (UTC) a provider that received an order in the previous year and has not published that
 * year's report is reminded once; from 1 March once more as overdue, and the penalty authority of its Member State is
 * told; none on 31 January, none for a published report, none for a provider without orders.
 */
class TransparencyReportReminderIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    TransparencyReportReminders reminders;
    @Autowired
    JdbcClient jdbc;

    private Tenant authority(String ms, AuthorityRole role, String label) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(role),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, label + "." + org.id().toString().substring(0, 8));
    }

    private void issue(Tenant issuer, Tenant hsp) {
        var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "pt", true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private int reminders(Tenant hsp, String kind) {
        return jdbc.sql("select count(*) from provider_transparency_reminder where provider_id = ?::uuid and kind = ?")
                .params(hsp.id(), kind).query(Integer.class).single();
    }

    private int notifications(Tenant org, String kind) {
        return jdbc.sql("select count(*) from notification where organisation_id = ?::uuid and kind = ?")
                .params(org.id(), kind).query(Integer.class).single();
    }

    private void at(LocalDate day, int hour, int minute, int second) {
        clock.set(day.atTime(hour, minute, second).toInstant(ZoneOffset.UTC));
        reminders.remind();
    }

    @Test
    void remindedFromFirstFebruaryOverdueFromFirstMarchEachOnceAndNotWhenPublished() {
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        var issuer = authority("PT", AuthorityRole.ISSUE, "pt.art7");
        var penalties = authority("PT", AuthorityRole.PENALTIES, "pt.art7d");
        var late = provider("Lisboa Art7 Host", "PT", "pt");
        var diligent = provider("Porto Art7 Host", "PT", "pt");
        var idle = provider("Braga Art7 Host", "PT", "pt");
        issue(issuer, late);
        issue(issuer, diligent);

        at(LocalDate.of(year + 1, 1, 31), 23, 59, 59);
        assertThat(reminders(late, "DUE")).as("not before 1 February").isZero();
        var write = http().bearer(diligent.token());
        assertThat(write.putJson("/api/v1/transparency/provider-report/narrative?year=" + year, Map.of(
                "identificationMeasures", "Flags reviewed", "reappearanceMeasures", "Hash matching")).status()).isEqualTo(200);
        assertThat(write.postJson("/api/v1/transparency/provider-report/publish?year=" + year,
                Map.of("publicUrl", "https://porto.example/tco")).status()).isEqualTo(200);

        at(LocalDate.of(year + 1, 2, 1), 0, 0, 0);
        reminders.remind();
        assertThat(reminders(late, "DUE")).isEqualTo(1);
        assertThat(notifications(late, TransparencyReportReminder.DUE)).as("once").isEqualTo(1);
        assertThat(http().bearer(late.token()).get("/api/v1/notifications").body())
                .contains(TransparencyReportReminder.DUE).contains("for " + year);
        assertThat(reminders(diligent, "DUE")).as("published").isZero();
        assertThat(reminders(idle, "DUE")).as("no order, no action").isZero();
        assertThat(notifications(penalties, TransparencyReportReminder.DUE)).isZero();

        at(LocalDate.of(year + 1, 2, 28), 23, 59, 59);
        assertThat(reminders(late, "OVERDUE")).isZero();

        at(LocalDate.of(year + 1, 3, 1), 0, 0, 0);
        reminders.remind();
        assertThat(reminders(late, "OVERDUE")).isEqualTo(1);
        assertThat(notifications(late, TransparencyReportReminder.OVERDUE)).isEqualTo(1);
        assertThat(notifications(penalties, TransparencyReportReminder.OVERDUE)).as("the penalty authority is told").isEqualTo(1);
        assertThat(notifications(late, TransparencyReportReminder.DUE)).as("still once").isEqualTo(1);
        assertThat(reminders(diligent, "OVERDUE") + reminders(idle, "OVERDUE")).isZero();
        var report = http().bearer(late.token()).get("/api/v1/transparency/provider-report?year=" + year);
        assertThat(report.json().get("state").asString()).isEqualTo("DRAFT");
        var page = http();
        page.login(late.username(), PASSWORD);
        assertThat(page.get("/transparency/provider?year=" + year).body()).contains("id=\"art7-overdue\"");
    }
}
