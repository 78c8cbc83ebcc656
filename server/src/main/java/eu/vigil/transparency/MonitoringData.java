package eu.vigil.transparency;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The yearly monitoring data under TCO Art. 21(1) for one calendar year (UTC), per Member State, as far as the viewer
 * may see it: the Commission every Member State side by side, a competent authority its own.
 *
 * @param year        the calendar year
 * @param generatedAt when it was computed
 * @param memberStates the Member States shown, in order (columns)
 * @param figures     one row per {@link MonitoringFigure}, in its declared order
 * @param speed       speed of removal per Member State (point (a)), for the same columns
 * @param notes       how the figures were counted
 */
public record MonitoringData(int year, Instant generatedAt, List<String> memberStates, List<Row> figures,
        Map<String, Speed> speed, List<String> notes) {

    public MonitoringData {
        memberStates = List.copyOf(memberStates);
        figures = List.copyOf(figures);
        speed = Map.copyOf(speed);
        notes = List.copyOf(notes);
    }

    /** The row of a figure. */
    public Row row(MonitoringFigure figure) {
        return figures.stream().filter(r -> r.figure() == figure).findFirst().orElseThrow();
    }

    /**
     * One figure for every Member State shown.
     *
     * @param figure        which
     * @param byMemberState its value per Member State shown (0 where nothing was counted)
     * @param total         the sum over the Member States shown
     */
    public record Row(MonitoringFigure figure, Map<String, Integer> byMemberState, int total) {
        public Row {
            byMemberState = Map.copyOf(byMemberState);
        }

        /** The value for a Member State, 0 when nothing was counted. */
        public int of(String memberState) {
            return byMemberState.getOrDefault(memberState, 0);
        }
    }

    /**
     * How fast items were removed or disabled after the provider received the order: from receipt to the time of
     * action the provider gave in its Annex II feedback.
     *
     * @param items          items acted on
     * @param medianMinutes  median minutes, null when none
     * @param withinHour     of which within 60 minutes
     * @param shareWithinHour {@code withinHour / items}, null when none
     */
    public record Speed(int items, Double medianMinutes, int withinHour, Double shareWithinHour) {
    }
}
