package eu.vigil.removalorder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.vigil.shared.ItemHash;
import eu.vigil.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What an authority fills in to issue an order (Annex I). The issuing authority, Member State, addressee
 * details, date and signature are added by Vigil.
 *
 * @param orderType              order type code, default {@code TCO_REMOVAL}
 * @param providerId             addressee
 * @param language               ISO 639-1 code of a language the provider accepts
 * @param items                  one or more content items
 * @param reasons                Art. 2(7) types, at least one
 * @param statementOfReasons     detailed statement of reasons
 * @param representativeName     person certifying the order
 * @param representativePost     post or grade of that person
 * @param fileNumber             issuer's file number, optional
 * @param redressBody            body or court where the order can be challenged
 * @param redressDeadline        deadline for challenging it
 * @param nonDisclosure          Art. 11(3) decision not to inform the content provider
 * @param nonDisclosureUntil     end of non-disclosure, at most 6 weeks after issuing
 * @param emergency              issue without the 12-hour prior information (Art. 3(2))
 * @param emergencyJustification why, required with {@code emergency}
 * @param shareWithEuropol       send a copy to Europol (Art. 14(6))
 * @param deadlineMinutes        deadline for order types where the authority sets it (DSA Art. 9)
 * @param reference              reference number; generated when empty
 * @param territorialScope       Member States (EU/EEA codes) the order applies to, for types that need it (DSA Art. 9)
 * @param appealPeriodDays       days from receipt to challenge the order under the issuing Member State's law (Art. 9;
 *                               finality, Art. 3(9)); empty for {@value Finality#DEFAULT_APPEAL_DAYS}
 * @param appealPeriodMonths     the same period in months, for Member States whose law counts it in months; at most one
 *                               of the two is given
 * @param crisisId               the open crisis case (EU Crisis Protocol) the order is issued under, optional; not part
 *                               of Annex I: the crisis board lists the order with its clock (issue 13)
 */
public record IssueRequest(@Size(max = 40, message = Limits.CHARS) String orderType, UUID providerId,
        @Size(max = 8, message = Limits.CHARS) String language,
        @Size(max = Limits.ITEMS, message = Limits.COUNT) @Valid List<Item> items,
        Set<TerroristContentType> reasons,
        @Size(max = Limits.STATEMENT_OF_REASONS, message = Limits.CHARS) String statementOfReasons,
        @Size(max = Limits.NAME, message = Limits.CHARS) String representativeName,
        @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String representativePost,
        @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String fileNumber,
        @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String redressBody,
        @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String redressDeadline,
        boolean nonDisclosure, LocalDate nonDisclosureUntil, boolean emergency,
        @Size(max = Limits.TEXT, message = Limits.CHARS) String emergencyJustification,
        boolean shareWithEuropol, Integer deadlineMinutes, @Size(max = 60, message = Limits.CHARS) String reference,
        @Size(max = Limits.LIST, message = Limits.COUNT) List<@Size(max = 8, message = Limits.CHARS) String> territorialScope,
        Integer appealPeriodDays, Integer appealPeriodMonths, UUID crisisId) {

    public IssueRequest {
        territorialScope = territorialScope == null ? List.of() : List.copyOf(territorialScope);
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
    }

    /** A request issued under no crisis. */
    public IssueRequest(String orderType, UUID providerId, String language, List<Item> items,
            Set<TerroristContentType> reasons, String statementOfReasons, String representativeName,
            String representativePost, String fileNumber, String redressBody, String redressDeadline,
            boolean nonDisclosure, LocalDate nonDisclosureUntil, boolean emergency, String emergencyJustification,
            boolean shareWithEuropol, Integer deadlineMinutes, String reference, List<String> territorialScope,
            Integer appealPeriodDays, Integer appealPeriodMonths) {
        this(orderType, providerId, language, items, reasons, statementOfReasons, representativeName,
                representativePost, fileNumber, redressBody, redressDeadline, nonDisclosure, nonDisclosureUntil,
                emergency, emergencyJustification, shareWithEuropol, deadlineMinutes, reference, territorialScope,
                appealPeriodDays, appealPeriodMonths, null);
    }

    /** The same request, issued under the crisis case {@code crisis} (null: under none). */
    public IssueRequest underCrisis(UUID crisis) {
        return new IssueRequest(orderType, providerId, language, items, reasons, statementOfReasons, representativeName,
                representativePost, fileNumber, redressBody, redressDeadline, nonDisclosure, nonDisclosureUntil,
                emergency, emergencyJustification, shareWithEuropol, deadlineMinutes, reference, territorialScope,
                appealPeriodDays, appealPeriodMonths, crisis);
    }

    /** A request with an appeal period in days, or the default. */
    public IssueRequest(String orderType, UUID providerId, String language, List<Item> items,
            Set<TerroristContentType> reasons, String statementOfReasons, String representativeName,
            String representativePost, String fileNumber, String redressBody, String redressDeadline,
            boolean nonDisclosure, LocalDate nonDisclosureUntil, boolean emergency, String emergencyJustification,
            boolean shareWithEuropol, Integer deadlineMinutes, String reference, List<String> territorialScope,
            Integer appealPeriodDays) {
        this(orderType, providerId, language, items, reasons, statementOfReasons, representativeName,
                representativePost, fileNumber, redressBody, redressDeadline, nonDisclosure, nonDisclosureUntil,
                emergency, emergencyJustification, shareWithEuropol, deadlineMinutes, reference, territorialScope,
                appealPeriodDays, null);
    }

    /** The appeal period the issuing Member State's law gives: in months or days, or the default days. */
    public AppealPeriod appealPeriod() {
        return appealPeriodMonths != null ? AppealPeriod.months(appealPeriodMonths)
                : AppealPeriod.days(appealPeriodDays == null ? Finality.DEFAULT_APPEAL_DAYS : appealPeriodDays);
    }

    /** A request with the default appeal period. */
    public IssueRequest(String orderType, UUID providerId, String language, List<Item> items,
            Set<TerroristContentType> reasons, String statementOfReasons, String representativeName,
            String representativePost, String fileNumber, String redressBody, String redressDeadline,
            boolean nonDisclosure, LocalDate nonDisclosureUntil, boolean emergency, String emergencyJustification,
            boolean shareWithEuropol, Integer deadlineMinutes, String reference, List<String> territorialScope) {
        this(orderType, providerId, language, items, reasons, statementOfReasons, representativeName,
                representativePost, fileNumber, redressBody, redressDeadline, nonDisclosure, nonDisclosureUntil,
                emergency, emergencyJustification, shareWithEuropol, deadlineMinutes, reference, territorialScope, null);
    }

    /** A request without territorial scope (TCO orders apply in all Member States). */
    public IssueRequest(String orderType, UUID providerId, String language, List<Item> items,
            Set<TerroristContentType> reasons, String statementOfReasons, String representativeName,
            String representativePost, String fileNumber, String redressBody, String redressDeadline,
            boolean nonDisclosure, LocalDate nonDisclosureUntil, boolean emergency, String emergencyJustification,
            boolean shareWithEuropol, Integer deadlineMinutes, String reference) {
        this(orderType, providerId, language, items, reasons, statementOfReasons, representativeName,
                representativePost, fileNumber, redressBody, redressDeadline, nonDisclosure, nonDisclosureUntil,
                emergency, emergencyJustification, shareWithEuropol, deadlineMinutes, reference, List.of(), null);
    }

    /**
     * One content item: an absolute http(s) URL, optional details and a typed hash (R38).
     *
     * @param url       exact URL
     * @param extraInfo further information to locate the content, optional
     * @param hash      its hash, optional: the value alone with {@code hashType}, or written {@code type:value}
     *                  ({@code pdq:…}, {@code md5:…}, {@code sha256:…}, {@code tmk:…}); a bare 32-digit value is an MD5
     * @param hashType  {@code PDQ}, {@code MD5}, {@code SHA256} (or {@code SHA-256}) or {@code TMK_PDQF}
     *                  ({@code TMK+PDQF}); empty when {@code hash} says its type
     */
    public record Item(@Size(max = Limits.URL, message = Limits.CHARS) String url,
            @Size(max = Limits.ITEM_DETAILS, message = Limits.CHARS) String extraInfo,
            @Size(max = ItemHash.MAX_TMK_TEXT, message = Limits.CHARS) String hash,
            @Size(max = 20, message = Limits.CHARS) String hashType) {

        /** An item whose hash, if any, says its type ({@code type:value}) or is a bare MD5. */
        public Item(String url, String extraInfo, String hash) {
            this(url, extraInfo, hash, null);
        }

        /**
         * The typed hash, null when the item has none.
         *
         * @throws IllegalArgumentException naming what is wrong: an unknown type, a malformed value, a bare 64-digit
         *                                  value without its type (a PDQ or a SHA-256?), a type without a hash
         */
        public ItemHash typedHash() {
            if (hash == null || hash.isBlank()) {
                if (hashType != null && !hashType.isBlank()) {
                    throw new IllegalArgumentException("a hash type without a hash: give the hash or leave the type empty");
                }
                return null;
            }
            if (hashType == null || hashType.isBlank()) {
                return ItemHash.parse(hash);
            }
            ItemHash.Type type = ItemHash.Type.named(hashType).orElseThrow(() -> new IllegalArgumentException(
                    "unknown hash type '" + hashType.strip() + "': " + ItemHash.FORMS));
            String value = hash.strip();
            int colon = value.indexOf(':');
            if (colon > 0 && ItemHash.Type.named(value.substring(0, colon)).isPresent()) {
                ItemHash.Type written = ItemHash.Type.named(value.substring(0, colon)).get();
                if (written != type) {
                    throw new IllegalArgumentException("the hash is written as " + written.label() + " but hashType says "
                            + type.label());
                }
                value = value.substring(colon + 1);
            }
            return ItemHash.of(type, value);
        }
    }
}
