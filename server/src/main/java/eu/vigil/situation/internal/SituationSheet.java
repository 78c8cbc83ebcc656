package eu.vigil.situation.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import eu.vigil.report.Charts;
import eu.vigil.situation.SituationReport;


/**
 * A {@link SituationReport} as the dashboard shows it: the figures, and each chart with the table it is drawn from and
 * the CSV table that exports it (the same rows).
 */
public record SituationSheet(SituationReport report, List<Figure> figures, List<Chart> charts) {

    /** One headline figure. */
    public record Figure(String id, String label, String value) {
    }

    /**
     * A chart (absent when there is nothing to draw), its table, and the CSV table name that exports the same rows.
     */
    public record Chart(String id, String title, Optional<byte[]> png, String none, List<String> header,
            List<List<String>> rows, String table) {

        /** The image as a {@code data:} URI. */
        public String uri() {
            return Charts.dataUri(png.orElseThrow());
        }
    }

    static SituationSheet of(SituationReport r, Wording shell, java.util.Locale locale) {
        var t = r.totals();
        List<Figure> figures = List.of(
                new Figure("fig-items", shell.t("situation.fig.items"), String.valueOf(t.items())),
                new Figure("fig-kinds", shell.t("situation.fig.kinds"), shell.t("situation.kinds", t.orders(), t.referrals(), t.notices())),
                new Figure("fig-actioned", shell.t("situation.fig.actioned"), t.actionedShare().map(SituationSheet::percent)
                        .map(p -> shell.t("situation.share", p, t.actioned(), t.answered())).orElse(shell.t("situation.noAnswers"))),
                new Figure("fig-open", shell.t("situation.fig.open"), String.valueOf(t.open())),
                new Figure("fig-median", shell.t("situation.fig.median"), t.medianTimeToAction().map(SituationSheet::duration).orElse("—")),
                new Figure("fig-p90", shell.t("situation.fig.p90"), t.p90TimeToAction().map(SituationSheet::duration).orElse("—")));
        List<Chart> charts = new ArrayList<>();
        String unit = shell.t(r.bucket() == java.time.temporal.ChronoUnit.DAYS ? "situation.day" : "situation.week");
        charts.add(chart("chart-over-time", shell.t("situation.chart.overTime", unit), shell, locale,
                r.overTime(), p -> p.start().toString(), p -> p.items(), shell.t("situation.axis.items"),
                List.of(unit, shell.t("situation.col.orders"), shell.t("situation.col.referrals"),
                        shell.t("situation.col.notices"), shell.t("situation.col.actioned")),
                p -> List.of(p.start().toString(), String.valueOf(p.orders()), String.valueOf(p.referrals()),
                        String.valueOf(p.notices()), String.valueOf(p.actioned())), "periods"));
        List<String> platformHeader = List.of(shell.t("situation.col.platform"), shell.t("situation.col.items"),
                shell.t("situation.col.answered"), shell.t("situation.col.actioned"), shell.t("situation.col.share"),
                shell.t("situation.col.median"));
        Function<SituationReport.Platform, List<String>> platformRow = p -> List.of(p.name(), String.valueOf(p.items()),
                String.valueOf(p.answered()), String.valueOf(p.actioned()), p.actionedShare().map(SituationSheet::percent)
                        .map(s -> s + " %").orElse("—"), p.medianTimeToAction().map(SituationSheet::duration).orElse("—"));
        charts.add(chart("chart-platforms", shell.t("situation.chart.platforms"), shell, locale, r.platforms(),
                SituationReport.Platform::name, SituationReport.Platform::items, shell.t("situation.axis.items"),
                platformHeader, platformRow, "platforms"));
        var timed = r.platforms().stream().filter(p -> p.medianTimeToAction().isPresent()).toList();
        charts.add(chart("chart-time-to-action", shell.t("situation.chart.timeToAction"), shell, locale, timed,
                SituationReport.Platform::name, p -> p.medianTimeToAction().get().toSeconds() / 3600.0,
                shell.t("situation.axis.hours"), platformHeader, platformRow, "platforms"));
        charts.add(chart("chart-languages", shell.t("situation.chart.languages"), shell, locale, r.languages(),
                c -> shell.languageName(c.key()), SituationReport.Count::items, shell.t("situation.axis.items"),
                List.of(shell.t("situation.col.language"), shell.t("situation.col.items")),
                c -> List.of(shell.languageName(c.key()) + " (" + c.key() + ")", String.valueOf(c.items())), "languages"));
        charts.add(table("table-accounts", shell.t("situation.table.accounts"), shell, r.accounts(), "accounts"));
        charts.add(table("table-domains", shell.t("situation.table.domains"), shell, r.domains(), "domains"));
        charts.add(chart("chart-senders", shell.t("situation.chart.senders"), shell, locale, r.senders(),
                SituationReport.Count::key, SituationReport.Count::items, shell.t("situation.axis.items"),
                List.of(shell.t("situation.col.sender"), shell.t("situation.col.items")),
                c -> List.of(c.key(), String.valueOf(c.items())), "senders"));
        return new SituationSheet(r, figures, charts);
    }

    private static <T> Chart chart(String id, String title, Wording shell, java.util.Locale locale, List<T> data,
            Function<T, String> label, Function<T, Number> value, String axis, List<String> header,
            Function<T, List<String>> row, String table) {
        Optional<byte[]> png = data.isEmpty() ? Optional.empty() : Optional.of(Charts.bars(data.stream()
                .map(d -> new Charts.Bar(label.apply(d), value.apply(d).doubleValue(), false)).toList(), axis,
                OptionalDouble.empty(), locale));
        return new Chart(id, title, png, shell.t("situation.none"), header, data.stream().map(row).toList(), table);
    }

    private static Chart table(String id, String title, Wording shell, List<SituationReport.Recurring> data, String table) {
        return new Chart(id, title, Optional.empty(), shell.t("situation.noneRecurring"), List.of(
                shell.t("situation.col.value"), shell.t("situation.col.items"), shell.t("situation.col.platforms"),
                shell.t("situation.col.cases"), shell.t("situation.col.first"), shell.t("situation.col.last")),
                data.stream().map(d -> List.of(d.value(), String.valueOf(d.items()), String.valueOf(d.platforms()),
                        String.valueOf(d.cases()), shell.time(d.firstSeen()), shell.time(d.lastSeen()))).toList(), table);
    }

    /** A share as a percentage with one decimal. */
    public static String percent(double share) {
        return String.valueOf(Math.round(share * 1000) / 10.0);
    }

    /** "45 min", "3 h 05 min", "2 d 4 h". */
    static String duration(Duration d) {
        long m = d.toMinutes();
        if (m < 60) {
            return m + " min";
        }
        if (m < 48 * 60) {
            return m / 60 + " h " + String.format("%02d", m % 60) + " min";
        }
        return m / (24 * 60) + " d " + (m % (24 * 60)) / 60 + " h";
    }
}
