package eu.vigil.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral action day: one campaign in which a sender refers many items to many providers at once from one upload
 * (e.g. Europol's action against propaganda targeting minors, more than 2,000 links to many platforms). Every row of
 * the upload keeps its result; the summary follows from the referrals it sent.
 *
 * @param id        its id
 * @param senderId  the sending organisation
 * @param name      the campaign's name
 * @param fileName  the uploaded file's name, or null
 * @param createdAt when it was imported
 * @param createdBy who imported it
 * @param rowCount  rows in the upload
 */
public record ActionDay(UUID id, UUID senderId, String name, String fileName, Instant createdAt, String createdBy,
        int rowCount) {

    /** The result of one row of the upload. */
    public enum RowStatus {
        /** Referred to the provider. */
        REFERRED,
        /** Referred, with a warning: an open case of some sender already names the item (R37). */
        DUPLICATE,
        /** In a referral held for deconfliction (R11): not with the provider until released. */
        HELD,
        /** Not referred; the message says why. */
        REFUSED
    }

    /**
     * One row's result.
     *
     * @param row       1-based row number in the file, the header not counted
     * @param status    what became of it
     * @param provider  the provider as the row names it
     * @param url       the URL as the row gives it
     * @param referral  the referral it went into, or null
     * @param reference that referral's reference, or null
     * @param position  its position in that referral, or null
     * @param message   why refused, or the duplicate or hold it met; null when plainly referred
     */
    public record Row(int row, RowStatus status, String provider, String url, UUID referral, String reference,
            Integer position, String message) {
    }

    /**
     * The campaign per provider.
     *
     * @param providerName the provider
     * @param referrals    referrals it received in the campaign
     * @param items        items referred to it
     * @param actioned     items it actioned
     * @param notActioned  items it assessed and left online
     * @param notApplicable items not applicable
     * @param open         items not answered yet
     * @param held         items in held referrals
     */
    public record ProviderLine(String providerName, int referrals, int items, int actioned, int notActioned,
            int notApplicable, int open, int held) {

        /** Actioned share of the answered items, 0 to 1; empty before any answer. */
        public java.util.OptionalDouble actionedShare() {
            int answered = actioned + notActioned + notApplicable;
            return answered == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of((double) actioned / answered);
        }
    }

    /**
     * What the campaign came to: per provider and in total, with the rows' statuses counted.
     *
     * @param day        the action day
     * @param providers  one line per provider, by name
     * @param total      the sum of the lines
     * @param referred   rows referred without a warning
     * @param duplicates rows referred with a duplicate warning
     * @param held       rows in held referrals
     * @param refused    rows refused
     */
    public record Summary(ActionDay day, List<ProviderLine> providers, ProviderLine total, int referred, int duplicates,
            int held, int refused) {

        /** The summary of a day from its referrals and its rows' statuses. */
        public static Summary of(ActionDay day, List<Referral> referrals, java.util.Map<RowStatus, Integer> statuses) {
            java.util.Map<String, List<Referral>> byProvider = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            referrals.forEach(r -> byProvider.computeIfAbsent(r.providerName(), k -> new java.util.ArrayList<>()).add(r));
            List<ProviderLine> lines = byProvider.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList();
            ProviderLine total = line("", referrals);
            return new Summary(day, lines, total, statuses.getOrDefault(RowStatus.REFERRED, 0),
                    statuses.getOrDefault(RowStatus.DUPLICATE, 0), statuses.getOrDefault(RowStatus.HELD, 0),
                    statuses.getOrDefault(RowStatus.REFUSED, 0));
        }

        private static ProviderLine line(String name, List<Referral> referrals) {
            int items = 0, actioned = 0, not = 0, na = 0, open = 0, held = 0;
            for (Referral r : referrals) {
                for (ReferralItem i : r.items()) {
                    items++;
                    if (r.state() == ReferralState.HELD) {
                        held++;
                    } else if (i.open()) {
                        open++;
                    } else {
                        switch (i.feedback().outcome()) {
                            case ACTIONED -> actioned++;
                            case NOT_ACTIONED -> not++;
                            case NOT_APPLICABLE -> na++;
                        }
                    }
                }
            }
            return new ProviderLine(name, referrals.size(), items, actioned, not, na, open, held);
        }
    }
}
