package eu.vigil.shared;

/**
 * A refused access answered as "not found", so that ids of other organisations' records cannot be probed;
 * the refusal is written to the audit log when the request ends (after any rollback), by the error handler.
 */
public class Denied extends NotFound {

    private final String subjectType;
    private final String subjectId;
    private final String rule;

    /**
     * @param subjectType kind of record, e.g. {@code removal_order}
     * @param subjectId   its id
     * @param rule        the rule that refused access, e.g. "R34: …"
     */
    public Denied(String subjectType, String subjectId, String rule) {
        super(subjectType.replace('_', ' ') + " " + subjectId);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.rule = rule;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String rule() {
        return rule;
    }
}
