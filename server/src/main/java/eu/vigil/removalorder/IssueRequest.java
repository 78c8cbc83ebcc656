package eu.vigil.removalorder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
 */
public record IssueRequest(String orderType, UUID providerId, String language, List<Item> items,
        Set<TerroristContentType> reasons, String statementOfReasons, String representativeName,
        String representativePost, String fileNumber, String redressBody, String redressDeadline,
        boolean nonDisclosure, LocalDate nonDisclosureUntil, boolean emergency, String emergencyJustification,
        boolean shareWithEuropol, Integer deadlineMinutes, String reference, List<String> territorialScope,
        Integer appealPeriodDays) {

    public IssueRequest {
        territorialScope = territorialScope == null ? List.of() : List.copyOf(territorialScope);
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
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

    /** One content item: an absolute http(s) URL, optional details and hash. */
    public record Item(String url, String extraInfo, String hash) {
    }
}
