package eu.vigil.exercise;

import java.util.List;

/**
 * What an inject expects a participant to do, and the audit actions of the exercise database that show it was done.
 * The crisis hash list's events ({@code crisis.items_shared}, {@code crisis.item_removed}) and the removal-order
 * events count alike: a provider that removed an item by executing a removal order removed it.
 */
public enum ExpectedAction {
    /** Raise a crisis alert. */
    RAISE_ALERT("crisis.alert_raised"),
    /** Europol's coordinator activates the Protocol. */
    ACTIVATE("crisis.activated"),
    /** Acknowledge the activation. */
    ACKNOWLEDGE("crisis.acknowledged"),
    /** Post a situation report. */
    SITUATION_REPORT("crisis.situation_report"),
    /** Share a hash or URL on the crisis hash list. */
    SHARE_HASH("crisis.items_shared"),
    /** Remove an item: on the crisis hash list, or by executing a removal order. */
    REMOVE_ITEM("crisis.item_removed", "removal_order.executed"),
    /** Issue a removal order. */
    ISSUE_ORDER("removal_order.issued"),
    /** File a threat-to-life report (Art. 14(5)). */
    REPORT_THREAT("threat_report.filed");

    private final List<String> auditActions;

    ExpectedAction(String... auditActions) {
        this.auditActions = List.of(auditActions);
    }

    /** The audit actions that show this action. */
    public List<String> auditActions() {
        return auditActions;
    }

    /** Every audit action any expected action looks for. */
    public static List<String> allAuditActions() {
        return java.util.Arrays.stream(values()).flatMap(a -> a.auditActions.stream()).distinct().toList();
    }
}
