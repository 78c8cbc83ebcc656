package eu.vigil.situation.internal;

import eu.vigil.crimearea.CrimeArea;
import eu.vigil.situation.SituationReport;

/** The headline figures of one crime area on the dashboards' overview. */
public record AreaLine(CrimeArea area, SituationReport.Totals totals) {
}
