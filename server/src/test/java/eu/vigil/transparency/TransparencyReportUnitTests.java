package eu.vigil.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.registry.ProviderId;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;

/** R45: the states of an Art. 7 report and the rules of editing and publishing, without the database. */
class TransparencyReportUnitTests {

    private static final ProviderId PROVIDER = new ProviderId(UUID.randomUUID());
    private static final Instant IN_2027 = Instant.parse("2027-02-10T09:00:00Z");

    private static ProviderReport figures(int removed) {
        return new ProviderReport(PROVIDER.value(), "Kestrel", 2026, IN_2027,
                new ProviderReport.Removals(removed, removed, 0, 0, 0), new ProviderReport.NotExecuted(0, Map.of(), 0),
                new ProviderReport.Complaints(0, 0, 0, 0), new ProviderReport.Reviews(0, 0, 0, 0, 0, 0, 0, 0),
                new ProviderReport.Reinstatements(0, 0, 0), List.of(), List.of());
    }

    private static TransparencyReport written() {
        return TransparencyReport.draft(PROVIDER, 2026, figures(1), IN_2027, "anna")
                .withNarrative(" Moderators review flags ", "Hash matching", IN_2027, "anna");
    }

    @Test
    void aDraftMayOnlyBecomePublishedAndAPublishedReportNothingElse() {
        assertThat(ReportState.DRAFT.next()).containsExactly(ReportState.PUBLISHED);
        assertThat(ReportState.PUBLISHED.next()).isEmpty();
        assertThat(ReportState.PUBLISHED.canBecome(ReportState.DRAFT)).isFalse();
        assertThat(ReportState.DRAFT.canBecome(ReportState.DRAFT)).isFalse();
        assertThat(ReportState.DRAFT.to(ReportState.PUBLISHED)).isEqualTo(ReportState.PUBLISHED);
        assertThatThrownBy(() -> ReportState.PUBLISHED.to(ReportState.DRAFT)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).reason()).isEqualTo("REPORT_PUBLISHED");
        assertThat(ReportState.DRAFT.editable()).isTrue();
        assertThat(ReportState.PUBLISHED.editable()).isFalse();
    }

    @Test
    void publishingKeepsTheFiguresGivenThenAndRefusesEverythingAfter() {
        TransparencyReport draft = written();
        assertThat(draft.identificationMeasures()).isEqualTo("Moderators review flags");
        TransparencyReport published = draft.publish(" https://kestrel.example/tco/2026 ", IN_2027, "anna", figures(3));
        assertThat(published.state()).isEqualTo(ReportState.PUBLISHED);
        assertThat(published.publicUrl()).isEqualTo("https://kestrel.example/tco/2026");
        assertThat(published.publishedAt()).isEqualTo(IN_2027);
        assertThat(published.figures().removals().itemsRemoved()).isEqualTo(3);
        assertThat(published.identificationMeasures()).isEqualTo(draft.identificationMeasures());

        assertThatThrownBy(() -> published.withNarrative("changed", "changed", IN_2027, "bob"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).reason()).isEqualTo("REPORT_PUBLISHED");
        assertThatThrownBy(() -> published.publish("https://kestrel.example/again", IN_2027, "bob", figures(4)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).reason()).isEqualTo("REPORT_PUBLISHED");
    }

    @Test
    void publishingNeedsTheYearEndedBothNarrativePartsAndAnHttpsAddress() {
        assertThatThrownBy(() -> written().publish("https://kestrel.example/r", Instant.parse("2026-12-31T23:59:59Z"), "a",
                figures(1))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).reason()).isEqualTo("YEAR_NOT_ENDED");
        assertThat(written().publish("https://kestrel.example/r", Instant.parse("2027-01-01T00:00:00Z"), "a", figures(1))
                .state()).isEqualTo(ReportState.PUBLISHED);

        var empty = TransparencyReport.draft(PROVIDER, 2026, figures(1), IN_2027, "anna");
        assertThatThrownBy(() -> empty.publish("http://kestrel.example/r", IN_2027, "a", figures(1)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(InvalidInput.FieldError::field)
                        .containsExactly("identificationMeasures", "reappearanceMeasures", "publicUrl"));
        for (String bad : new String[] {null, " ", "ftp://kestrel.example/r", "https://user@kestrel.example/r", "https:///r",
                "kestrel.example/r", "https://kestrel.example/" + "x".repeat(TransparencyReport.MAX_URL)}) {
            assertThat(TransparencyReport.urlProblem(bad)).as(String.valueOf(bad)).isNotNull();
        }
        assertThat(TransparencyReport.urlProblem("https://kestrel.example/transparency?year=2026")).isNull();
        assertThatThrownBy(() -> empty.withNarrative("x".repeat(TransparencyReport.MAX_NARRATIVE + 1), null, IN_2027, "a"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theReportIsDueBeforeTheFirstOfMarchOfTheFollowingYear() {
        assertThat(TransparencyReport.dueBy(2026)).isEqualTo(LocalDate.of(2027, 3, 1));
        var draft = written();
        assertThat(draft.overdueAt(Instant.parse("2027-02-28T23:59:59Z"))).isFalse();
        assertThat(draft.overdueAt(Instant.parse("2027-03-01T00:00:00Z"))).isTrue();
        assertThat(draft.publish("https://kestrel.example/r", IN_2027, "a", figures(1))
                .overdueAt(Instant.parse("2027-03-01T00:00:00Z"))).isFalse();
        var reminder = new TransparencyReportReminder(TransparencyReportReminder.DUE, IN_2027,
                eu.vigil.audit.Auditor.system("t"), PROVIDER.value(), "Kestrel", 2028, List.of());
        assertThat(reminder.lastDay()).as("2029 is no leap year").isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(new TransparencyReportReminder(TransparencyReportReminder.DUE, IN_2027, eu.vigil.audit.Auditor.system("t"),
                PROVIDER.value(), "Kestrel", 2027, List.of()).lastDay()).as("2028 is a leap year").isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
