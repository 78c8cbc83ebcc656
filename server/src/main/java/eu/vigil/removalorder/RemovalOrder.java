package eu.vigil.removalorder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A removal order as issued (Annex I) and as it stands now.
 *
 * @param id                     order id
 * @param reference              reference number, unique per issuing authority
 * @param type                   order type
 * @param issuingAuthorityId     issuing authority (role (a))
 * @param issuingAuthorityName   its name at the issue date (R50)
 * @param issuingMemberState     its Member State
 * @param providerId             addressee
 * @param providerName           addressee's name in the register version in force when sent (R29)
 * @param providerVersion        that register version
 * @param hostMemberState        Member State of main establishment or legal representative, may be null
 * @param crossBorder            host Member State differs from the issuing one (Annex I Section D)
 * @param language               language of the order (one the provider accepts, R6)
 * @param reasons                Art. 2(7) types ticked
 * @param statementOfReasons     detailed statement of reasons
 * @param representativeName     person certifying the order (Section E)
 * @param representativePost     post or grade of that person
 * @param fileNumber             issuer's file number, may be null
 * @param redressBody            body or court for redress (Section G)
 * @param redressDeadline        deadline for challenging the order (Section G)
 * @param nonDisclosure          Art. 11(3): the provider must not inform the content provider
 * @param nonDisclosureUntil     end of non-disclosure as decided in the order (sealed, Annex I Section C), null
 *                               without it; {@link #nonDisclosureEndsOn()} takes extensions into account
 * @param emergency              issued without 12-hour prior information in a justified emergency
 * @param emergencyJustification the justification, null without emergency
 * @param sharedWithEuropol      copy shared with Europol (Art. 14(6))
 * @param deadlineLimit          time to act
 * @param warningAfter           warning threshold
 * @param issuedAt               date and time of issuing
 * @param sentAt                 when it was placed in the provider's inbox (R7)
 * @param receivedAt             when the provider's point of contact received it (R7)
 * @param acknowledgedAt         when the provider acknowledged it, may be null
 * @param clockStartedAt         start of the running clock, null while suspended
 * @param warnedAt               when the warning was raised, may be null
 * @param overdueAt              when the order became overdue, may be null
 * @param executedAt             when the last item was acted on, may be null
 * @param state                  current state
 * @param items                  the content items
 * @param scrutinyCopy           the copy to the host Member State, empty when not cross-border
 * @param territorialScope       Member States the order applies to; empty means all (TCO orders)
 * @param nonDisclosureExtensions sealed amendments extending non-disclosure (Art. 11(3)), oldest first
 * @param annexParties           register details of the parties for Annex I Sections A, E, F and G as at issue;
 *                               null for orders issued before they were kept
 */
public record RemovalOrder(RemovalOrderId id, String reference, OrderType type, UUID issuingAuthorityId,
        String issuingAuthorityName, String issuingMemberState, UUID providerId, String providerName,
        long providerVersion, String hostMemberState, boolean crossBorder, String language,
        Set<TerroristContentType> reasons, String statementOfReasons, String representativeName,
        String representativePost, String fileNumber, String redressBody, String redressDeadline,
        boolean nonDisclosure, LocalDate nonDisclosureUntil, boolean emergency, String emergencyJustification,
        boolean sharedWithEuropol, Duration deadlineLimit, Duration warningAfter, Instant issuedAt, Instant sentAt,
        Instant receivedAt, Instant acknowledgedAt, Instant clockStartedAt, Instant warnedAt, Instant overdueAt,
        Instant executedAt, OrderState state, List<OrderItem> items, Optional<ScrutinyCopy> scrutinyCopy,
        List<String> territorialScope, List<NonDisclosureExtension> nonDisclosureExtensions,
        AnnexParties annexParties) {

    public RemovalOrder {
        reasons = Set.copyOf(reasons);
        items = List.copyOf(items);
        territorialScope = List.copyOf(territorialScope);
        nonDisclosureExtensions = List.copyOf(nonDisclosureExtensions);
    }

    /**
     * The effective end of non-disclosure: that of the latest extension, else the one decided in the order; null
     * without non-disclosure.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("nonDisclosureEndsOn")
    public LocalDate nonDisclosureEndsOn() {
        if (!nonDisclosure) {
            return null;
        }
        return nonDisclosureExtensions.isEmpty() ? nonDisclosureUntil : nonDisclosureExtensions.getLast().until();
    }

    /** The running clock, empty while suspended or once executed. */
    public Optional<Deadline> deadline() {
        if (clockStartedAt == null || state == OrderState.EXECUTED || state == OrderState.OVERDUE_EXECUTED
                || state == OrderState.NO_LEGAL_EFFECT) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(clockStartedAt, deadlineLimit, warningAfter));
    }

    /** Minutes from receipt to execution, for "executed in N min". */
    public Optional<Duration> timeToExecute() {
        return Optional.ofNullable(executedAt).map(e -> Duration.between(receivedAt, e));
    }

    /** The order as the duplicate register names it (R37). */
    public eu.vigil.deconfliction.CaseRef caseRef() {
        return new eu.vigil.deconfliction.CaseRef(eu.vigil.deconfliction.CaseKind.ORDER, id.value(), reference);
    }

    /** Items the provider has not acted on yet. */
    public int openItems() {
        return (int) items.stream().filter(OrderItem::pending).count();
    }

    /** Whether every item has been acted on. */
    public boolean allItemsActed() {
        return items.stream().allMatch(i -> i.status() != OrderItem.ItemStatus.PENDING);
    }
}
