package eu.vigil.transparency;

import java.util.Set;

import eu.vigil.shared.RuleViolation;

/**
 * Where a provider's Art. 7 report stands: a draft the provider's users write and check, then published at the
 * provider's public address. The state owns its transitions; a published report never becomes a draft again.
 */
public enum ReportState {
    /** Being written: the narrative can change and the figures are computed anew at each reading. */
    DRAFT,
    /** Published before 1 March of the following year (Art. 7(2)): narrative and figures are kept as published. */
    PUBLISHED;

    /** The states this one may move to. */
    public Set<ReportState> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of();
        };
    }

    /** Whether the report may move from this state to {@code to}. */
    public boolean canBecome(ReportState to) {
        return next().contains(to);
    }

    /**
     * The state {@code to}, refused with {@code REPORT_PUBLISHED} when this report has been published already
     * (nothing follows publication).
     */
    public ReportState to(ReportState to) {
        if (!canBecome(to)) {
            throw new RuleViolation(this == PUBLISHED ? "REPORT_PUBLISHED" : "REPORT_STATE",
                    this == PUBLISHED ? "The report has been published; a published report is kept as published."
                            : "A report in state " + this + " cannot become " + to + ".");
        }
        return to;
    }

    /** Whether the narrative may be edited in this state. */
    public boolean editable() {
        return this == DRAFT;
    }
}
