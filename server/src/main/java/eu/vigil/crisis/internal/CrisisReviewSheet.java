package eu.vigil.crisis.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import eu.vigil.crisis.CrisisReview;
import eu.vigil.crisis.CrisisReviews;
import eu.vigil.report.Charts;
import eu.vigil.web.Shell;

/**
 * The post-crisis review in the reader's language and zone, as the page, the HTML export and the PDF show it: the
 * figures in words, and per chart its PNG and a table of the same figures (ADR 0033). Figures without data say so.
 *
 * @param facts   the headline figures
 * @param charts  the charts with their tables, in page order
 */
public record CrisisReviewSheet(CrisisReviews.Review review, List<Fact> facts, List<Chart> charts) {

    /** One figure: an id for the page, its label and its value in words. */
    public record Fact(String id, String label, String value) {
    }

    /**
     * A chart and its table.
     *
     * @param png   the image, empty when there is nothing to draw (then {@code none} says why)
     * @param none  what the page says instead of a chart without data
     */
    public record Chart(String id, String title, Optional<byte[]> png, String none, List<String> header,
            List<List<String>> rows) {

        /** The image as a {@code data:} URI. */
        public String uri() {
            return png.map(Charts::dataUri).orElse("");
        }
    }

    static CrisisReviewSheet of(CrisisReviews.Review review, Shell shell) {
        CrisisReview f = review.figures();
        Locale locale = Locale.forLanguageTag(shell.lang());
        ZoneId zone = ZoneId.of(shell.zone());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("fig-activation", shell.t("crisis.review.fig.activation"),
                f.toActivation().map(d -> duration(d, shell)).orElse(shell.t("crisis.review.none.activation"))));
        facts.add(new Fact("fig-first-share", shell.t("crisis.review.fig.firstShare"),
                f.toFirstShare().map(d -> duration(d, shell)).orElse(shell.t("crisis.review.none.share"))));
        facts.add(new Fact("fig-within-hour", shell.t("crisis.review.fig.withinHour"), f.removals()
                .map(r -> shell.t("crisis.review.withinHour", Math.round(r.withinHour() * 100), r.removedWithinHour(),
                        r.shared(), r.removed()))
                .orElse(shell.t("crisis.review.none.share"))));
        facts.add(new Fact("fig-reports", shell.t("crisis.review.fig.reports"), f.reports().isEmpty()
                ? shell.t("crisis.review.none.reports") : String.valueOf(f.reports().size())));
        facts.add(new Fact("fig-longest-gap", shell.t("crisis.review.fig.longestGap"), f.longestGap()
                .map(g -> shell.t("crisis.review.gap", duration(g.length(), shell), shell.time(g.from()),
                        shell.time(g.to())))
                .orElse(shell.t("crisis.review.none.gaps"))));
        facts.add(new Fact("fig-gaps-over", shell.t("crisis.review.fig.gapsOver", duration(f.interval().every(), shell)),
                f.gaps().isEmpty() ? shell.t("crisis.review.none.gaps")
                        : String.valueOf(f.gapsOverInterval().size())));
        long acknowledged = f.acknowledgements().stream().filter(a -> a.at().isPresent()).count();
        facts.add(new Fact("fig-acks", shell.t("crisis.review.fig.acks"),
                shell.t("crisis.review.acks", acknowledged, f.acknowledgements().size())));
        return new CrisisReviewSheet(review, facts, List.of(acknowledgements(review, shell, locale),
                removals(review, shell, locale), reports(review, shell, locale, zone)));
    }

    private static Chart acknowledgements(CrisisReviews.Review review, Shell shell, Locale locale) {
        var acks = review.figures().acknowledgements();
        var bars = acks.stream().filter(a -> a.afterActivation().isPresent())
                .map(a -> new Charts.Bar(review.name(a.organisation().toString()), minutes(a.afterActivation().get()),
                        false)).toList();
        var rows = acks.stream().map(a -> List.of(review.name(a.organisation().toString()),
                a.at().map(shell::time).orElse(shell.t("crisis.notAcknowledged")),
                a.afterActivation().map(d -> duration(d, shell)).orElse("—"))).toList();
        return new Chart("chart-acks", shell.t("crisis.review.chart.acks"), bars.isEmpty() ? Optional.empty()
                : Optional.of(Charts.bars(bars, shell.t("crisis.review.axis.minutes"), OptionalDouble.empty(), locale)),
                shell.t("crisis.review.none.acks"), List.of(shell.t("crisis.review.col.participant"),
                shell.t("crisis.review.col.acknowledgedAt"), shell.t("crisis.review.col.afterActivation")), rows);
    }

    private static Chart removals(CrisisReviews.Review review, Shell shell, Locale locale) {
        var removals = review.figures().firstRemovals();
        var bars = removals.stream().map(r -> new Charts.Bar(review.name(r.organisation()),
                minutes(r.afterActivation()), r.afterActivation().compareTo(CrisisReview.ONE_HOUR) > 0)).toList();
        var rows = removals.stream().map(r -> List.of(review.name(r.organisation()), shell.time(r.at()),
                duration(r.afterActivation(), shell))).toList();
        return new Chart("chart-removals", shell.t("crisis.review.chart.removals"), bars.isEmpty() ? Optional.empty()
                : Optional.of(Charts.bars(bars, shell.t("crisis.review.axis.minutes"), OptionalDouble.of(60), locale)),
                shell.t("crisis.review.none.removals"), List.of(shell.t("crisis.review.col.provider"),
                shell.t("crisis.review.col.firstRemoval"), shell.t("crisis.review.col.afterActivation")), rows);
    }

    private static Chart reports(CrisisReviews.Review review, Shell shell, Locale locale, ZoneId zone) {
        CrisisReview f = review.figures();
        List<Charts.Point> points = new ArrayList<>();
        f.activatedAt().ifPresent(a -> points.add(new Charts.Point(a, 0)));
        int n = 0;
        for (Instant at : f.reports()) {
            points.add(new Charts.Point(at, ++n));
        }
        if (!f.gaps().isEmpty() && f.gaps().getLast().to().isAfter(points.getLast().at())) {
            points.add(new Charts.Point(f.gaps().getLast().to(), n)); // the line runs to the end of the active time
        }
        var over = f.gapsOverInterval();
        var spans = over.stream().map(g -> new Charts.Span(g.from(), g.to())).toList();
        var rows = f.gaps().stream().map(g -> List.of(shell.time(g.from()), shell.time(g.to()),
                duration(g.length(), shell), over.contains(g) ? shell.t("crisis.review.overInterval") : "")).toList();
        return new Chart("chart-reports", shell.t("crisis.review.chart.reports", duration(f.interval().every(), shell)),
                points.isEmpty() ? Optional.empty()
                        : Optional.of(Charts.steps(points, shell.t("crisis.review.axis.reports"), spans, zone, locale)),
                shell.t("crisis.review.none.reports"), List.of(shell.t("crisis.review.col.from"),
                shell.t("crisis.review.col.to"), shell.t("crisis.review.col.gap"), shell.t("crisis.review.col.over")),
                rows);
    }

    private static double minutes(Duration d) {
        return d.toSeconds() / 60.0;
    }

    /** "45 s", "12 min", "2 h", "2 h 05 min", "3 d 4 h". */
    static String duration(Duration d, Shell shell) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return shell.t("crisis.review.d.s", s);
        }
        if (s < 3_600) {
            return shell.t("crisis.review.d.min", s / 60);
        }
        if (s < 86_400 && s % 3_600 < 60) {
            return shell.t("crisis.review.d.h", s / 3_600);
        }
        if (s < 86_400) {
            return shell.t("crisis.review.d.hmin", s / 3_600, String.format(Locale.ROOT, "%02d", s % 3_600 / 60));
        }
        return shell.t("crisis.review.d.dh", s / 86_400, s % 86_400 / 3_600);
    }
}
