package eu.vigil.transparency;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The annual report of a competent authority under TCO Art. 8(1) for one calendar year (UTC), with the numbers
 * behind each point of the article. Sections for tasks the authority is not designated for are empty.
 *
 * @param authorityId   the authority
 * @param authorityName its name
 * @param memberState   its Member State
 * @param year          the calendar year
 * @param generatedAt   when the report was computed
 * @param orders        point (a): orders issued and their implementation
 * @param scrutiny      point (a): scrutiny under Art. 4 of the authority's orders, and scrutiny it conducted as host
 * @param specificMeasures point (b): decisions under Art. 5(4), (6), (7) and their implementation; null unless the
 *                      authority oversees specific measures (Art. 12(1)(c))
 * @param review        point (c): orders subject to administrative or judicial review and the outcomes
 * @param penalties     point (d): decisions imposing a penalty under Art. 18 in the year, by the legal basis (the
 *                      Art. 18(1) obligation, e.g. {@code ART_3_3}); null unless the authority holds role (d)
 * @param emergencies   orders issued without the 12-hour prior information, with the justification (R5); for the
 *                      authority's records: check against Art. 8(2) before publishing
 * @param notes         how the numbers were counted
 * @param timeliness    point (a), implementation: how fast the items were acted on, from the provider's receipt to
 *                      the time of action it gave in its Annex II feedback
 */
public record AuthorityReport(UUID authorityId, String authorityName, String memberState, int year, Instant generatedAt,
        Orders orders, Scrutiny scrutiny, SpecificMeasures specificMeasures, Review review, Map<String, Integer> penalties,
        List<Emergency> emergencies, List<String> notes, Timeliness timeliness) {

    public AuthorityReport {
        emergencies = List.copyOf(emergencies);
        notes = List.copyOf(notes);
    }

    /**
     * Point (a): removal orders issued in the year.
     *
     * @param issued             orders issued
     * @param crossBorder        of which cross-border (Art. 4(1))
     * @param withoutPriorInformation of which issued in a justified emergency without 12-hour prior information
     * @param items              content items named in them
     * @param executed           orders whose every item was removed or disabled
     * @param executedInTime     of which within the deadline
     * @param notExecuted        orders not (yet) executed
     * @param impossibility      Annex III notices filed on them, by ground
     * @param itemsRemoved       items removed
     * @param itemsDisabled      items disabled
     */
    public record Orders(int issued, int crossBorder, int withoutPriorInformation, int items, int executed,
            int executedInTime, int notExecuted, Map<String, Integer> impossibility, int itemsRemoved, int itemsDisabled) {
    }

    /**
     * Scrutiny under Art. 4.
     *
     * @param ownOrdersScrutinised    the authority's orders scrutinised by a host Member State
     * @param ownOrdersInfringing     of which found to infringe (order ceased to have legal effect)
     * @param conducted               scrutinies of other Member States' orders conducted in this Member State (null
     *                                unless the authority holds role (b))
     * @param conductedInfringement   of which with a finding of infringement
     * @param conductedPending        of which not decided yet
     */
    public record Scrutiny(int ownOrdersScrutinised, int ownOrdersInfringing, Integer conducted,
            Integer conductedInfringement, Integer conductedPending) {
    }

    /**
     * Point (b): Art. 5 in the authority's Member State.
     *
     * @param exposureDecisions      decisions under Art. 5(4) taken in the year
     * @param exposed                of which finding the provider exposed
     * @param reportsReceived        specific-measures reports received (Art. 5(5)), i.e. implementation
     * @param reportsOverdue         reports that became overdue
     * @param reviewDecisions        decisions on review requests under Art. 5(7)
     */
    public record SpecificMeasures(int exposureDecisions, int exposed, int reportsReceived, int reportsOverdue,
            int reviewDecisions) {
    }

    /**
     * Point (c): appeals against the authority's orders.
     *
     * @param lodged    appeals lodged in the year
     * @param confirmed decided in the year, order confirmed
     * @param annulled  decided in the year, order annulled
     * @param pending   lodged in the year and not decided
     */
    public record Review(int lodged, int confirmed, int annulled, int pending) {
    }

    /**
     * An order issued without prior information.
     *
     * @param reference     the order's reference
     * @param issuedAt      when
     * @param justification the emergency recorded
     */
    public record Emergency(String reference, Instant issuedAt, String justification) {
    }

    /**
     * Timeliness of the items of the year's orders, by the Annex II time of action.
     *
     * @param itemsActedOn   items removed or disabled
     * @param withinDeadline of which acted on within the order type's deadline after receipt (60 minutes for TCO)
     * @param medianMinutes  median minutes from receipt to the time of action, null when none
     */
    public record Timeliness(int itemsActedOn, int withinDeadline, Double medianMinutes) {
    }
}
