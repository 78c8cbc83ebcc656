package eu.vigil.transparency;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The figures of a hosting service provider's transparency report under TCO Art. 7(3), points (c) to (g), for one
 * calendar year (UTC), computed from the records. While the report is a draft they are computed anew at each reading;
 * on publication they are kept as they were ({@link TransparencyReport#figures()}).
 *
 * @param providerId     the provider
 * @param providerName   its name
 * @param year           the calendar year
 * @param computedAt     when the figures were computed
 * @param removals       point (c): items removed or disabled following removal orders and specific measures
 * @param notExecuted    point (c): removal orders not executed under Art. 3(7) and (8), by the Annex III ground
 * @param complaints     point (d): complaints under Art. 10 and their outcome
 * @param reviews        point (e): review proceedings brought by the provider and their outcome
 * @param reinstatements points (f) and (g): content reinstated after review proceedings and after complaints
 * @param sources        where the records counted can be looked at
 * @param notes          how the figures were counted
 */
public record ProviderReport(UUID providerId, String providerName, int year, Instant computedAt, Removals removals,
        NotExecuted notExecuted, Complaints complaints, Reviews reviews, Reinstatements reinstatements,
        List<Source> sources, List<String> notes) {

    public ProviderReport {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /**
     * Point (c), first part: items acted on in the year (by the date of the removal or disabling).
     *
     * @param orders                  TCO removal orders with at least one item acted on in the year
     * @param itemsRemoved            items of removal orders removed
     * @param itemsDisabled           items of removal orders to which access was disabled
     * @param specificMeasuresRemoved items removed under the provider's specific measures (Art. 5)
     * @param specificMeasuresDisabled items disabled under specific measures
     */
    public record Removals(int orders, int itemsRemoved, int itemsDisabled, int specificMeasuresRemoved,
            int specificMeasuresDisabled) {

        /** Every item removed or disabled, after orders and under specific measures. */
        public int total() {
            return itemsRemoved + itemsDisabled + specificMeasuresRemoved + specificMeasuresDisabled;
        }
    }

    /**
     * Point (c), second part: removal orders on which the provider filed an Annex III notice (force majeure, de facto
     * impossibility, manifest errors or insufficient information, Art. 3(7) and (8)) in the year.
     *
     * @param orders           orders with such a notice in the year
     * @param byReason         of which by ground (an order with notices on two grounds counts under both)
     * @param stillNotExecuted of which not executed when the figures were computed
     */
    public record NotExecuted(int orders, Map<String, Integer> byReason, int stillNotExecuted) {

        public NotExecuted {
            byReason = Map.copyOf(byReason);
        }
    }

    /**
     * Point (d): complaints of content providers (Art. 10) about removals after orders or under specific measures.
     *
     * @param received   received in the year
     * @param reinstated decided in the year by reinstating the content
     * @param rejected   decided in the year by rejecting the complaint
     * @param pending    received in the year and not decided
     */
    public record Complaints(int received, int reinstated, int rejected, int pending) {
    }

    /**
     * Point (e): administrative review proceedings the provider brought.
     *
     * @param scrutinyRequested        scrutinies under Art. 4 the provider requested in the year (Art. 4(3))
     * @param scrutinyInfringement     of its requests, decided in the year with a finding of infringement
     * @param scrutinyNoInfringement   of its requests, decided in the year finding no infringement
     * @param scrutinyPending          requested in the year and not decided
     * @param exposureReviewsRequested reviews of exposure decisions requested in the year (Art. 5(7))
     * @param exposureReviewsDecided   reviews decided in the year
     * @param exposureReviewsPending   requested in the year and not decided
     * @param exposureEndedOnRequest   exposure ended in the year answering the provider's request
     */
    public record Reviews(int scrutinyRequested, int scrutinyInfringement, int scrutinyNoInfringement,
            int scrutinyPending, int exposureReviewsRequested, int exposureReviewsDecided, int exposureReviewsPending,
            int exposureEndedOnRequest) {
    }

    /**
     * Points (f) and (g): reinstatements in the year.
     *
     * @param afterReview     orders whose content the provider reinstated after a scrutiny finding an infringement (f)
     * @param afterOwnReview  of which in scrutiny the provider had requested
     * @param afterComplaint  complaints decided by reinstating the content (g)
     */
    public record Reinstatements(int afterReview, int afterOwnReview, int afterComplaint) {
    }

    /**
     * Where the records behind a point can be looked at.
     *
     * @param point the point of Art. 7(3), e.g. {@code c}
     * @param key   message key of the link's text
     * @param href  the page
     */
    public record Source(String point, String key, String href) {
    }
}
