package eu.vigil.removalorder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.inbox.InboxEntry;
import eu.vigil.inbox.InboxSource;
import eu.vigil.situation.ItemFact;
import eu.vigil.situation.SituationSource;

/**
 * Removal orders in the provider's one queue (binding, due at the legal deadline of the running clock) and on the
 * situational dashboards (one fact per item).
 * <p>
 * Queue: the orders addressed to the provider that are open or suspended by an Annex III notice, whose seal verifies
 * (as the provider's inbox shows them), newest first; {@code dueAt} is null while the clock is suspended.
 * <p>
 * Dashboards: an order's content category follows from its type ({@link #category}); an authority counts its own
 * Member State's orders, Europol and the Commission all, a provider those it received. The item's outcome is ACTIONED
 * once removed or disabled, NOT_ACTIONED while an Annex III notice of impossibility suspends the order, NOT_APPLICABLE
 * for a pending item of an order withdrawn or without legal effect (nothing is owed), else OPEN. The language of an
 * order is the provider's language, not the content's, so facts carry none.
 */
@Component
class OrderQueue implements InboxSource, SituationSource {

    /** States in which the provider still owes an answer. */
    private static final Set<OrderState> OPEN = Set.of(OrderState.OPEN, OrderState.SUSPENDED);
    /** Most facts one call returns, as for referrals. */
    private static final int MAX_FACTS = 100_000;

    private final RemovalOrders orders;
    private final SealCheck seals;

    OrderQueue(RemovalOrders orders, SealCheck seals) {
        this.orders = orders;
        this.seals = seals;
    }

    @Override
    public InboxEntry.Kind kind() {
        return InboxEntry.Kind.ORDER;
    }

    @Override
    public List<InboxEntry> openFor(Actor provider, int limit) {
        if (provider.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER || limit <= 0) {
            return List.of();
        }
        return orders.load(" where o.provider_id = :provider and o.state = any(:states)"
                + " order by o.received_at desc, o.id limit :limit", Map.of("provider", provider.organisationId().value(),
                        "states", OPEN.stream().map(Enum::name).toArray(String[]::new), "limit", limit))
                .stream().filter(seals::intact).map(OrderQueue::entry).toList();
    }

    static InboxEntry entry(RemovalOrder o) {
        return new InboxEntry(InboxEntry.Kind.ORDER, o.id().value(), o.reference(), o.type().name(),
                o.issuingAuthorityName(), o.issuingMemberState(), o.receivedAt(), o.deadline().map(Deadline::dueAt)
                        .orElse(null), false, o.openItems(), o.items().size(), o.state().name(), "/orders/" + o.id());
    }

    @Override
    public List<ItemFact> facts(Actor viewer, CrimeArea area, Instant from, Instant to) {
        UUID org = viewer.organisationId().value();
        return orders.load(" where o.sent_at >= :from and o.sent_at < :to order by o.sent_at, o.id limit :limit",
                Map.of("from", Timestamp.from(from), "to", Timestamp.from(to), "limit", MAX_FACTS)).stream()
                .filter(o -> switch (viewer.kind()) {
                    case EUROPOL, COMMISSION -> true;
                    case HOSTING_SERVICE_PROVIDER -> o.providerId().equals(org);
                    case COMPETENT_AUTHORITY -> viewer.memberState() != null
                            && viewer.memberState().equals(o.issuingMemberState());
                    default -> false;
                })
                .flatMap(o -> category(o).filter(c -> c.area() == area).stream().flatMap(c -> facts(o, c).stream()))
                .toList();
    }

    private List<ItemFact> facts(RemovalOrder o, ContentCategory category) {
        Instant noticeAt = o.state() == OrderState.SUSPENDED
                ? orders.noticeInForce(o.id()).map(OrderAnswer::filedAt).orElse(null) : null;
        return o.items().stream().map(i -> {
            ItemFact.Outcome outcome = outcome(o, i, noticeAt != null);
            Instant answeredAt = switch (outcome) {
                case ACTIONED -> i.actionAt();
                case NOT_ACTIONED -> noticeAt;
                default -> null;
            };
            return new ItemFact(ItemFact.Kind.ORDER, o.id().value(), o.reference(), category, o.issuingMemberState(),
                    o.issuingAuthorityName(), o.providerId(), o.providerName(), null, i.url(), null, o.sentAt(),
                    answeredAt, outcome);
        }).toList();
    }

    static ItemFact.Outcome outcome(RemovalOrder o, OrderItem i, boolean impossibility) {
        if (!i.pending()) {
            return ItemFact.Outcome.ACTIONED;
        }
        if (!o.state().inForce()) {
            return ItemFact.Outcome.NOT_APPLICABLE;
        }
        return impossibility ? ItemFact.Outcome.NOT_ACTIONED : ItemFact.Outcome.OPEN;
    }

    /**
     * The content category of an order's items, by its type: a type under the Art. 2(7) reasons (the TCO removal
     * order and types configured like it) is terrorist content, the most specific of its ticked reasons deciding (d
     * instruction → {@link ContentCategory#TERRORIST_INSTRUCTION}; b solicitation or c participation in a terrorist group
     * → {@link ContentCategory#TERRORIST_RECRUITMENT}; a incitement or e threat → {@link ContentCategory#TERRORIST_PROPAGANDA});
     * a national CSAM order type (a code naming CSAM, e.g. {@code NL_CSAM_REMOVAL}) is
     * {@link ContentCategory#CHILD_SEXUAL_ABUSE_MATERIAL}. Other types (DSA Art. 9 orders, for illegal content of any
     * kind) say nothing of the crime area and count on no crime-area dashboard: empty.
     */
    static Optional<ContentCategory> category(RemovalOrder o) {
        if (o.type().requiresTerroristContentReasons() || OrderType.TCO.equals(o.type().code())) {
            Set<TerroristContentType> r = o.reasons();
            if (r.contains(TerroristContentType.INSTRUCTION)) {
                return Optional.of(ContentCategory.TERRORIST_INSTRUCTION);
            }
            if (r.contains(TerroristContentType.SOLICITATION) || r.contains(TerroristContentType.PARTICIPATION)) {
                return Optional.of(ContentCategory.TERRORIST_RECRUITMENT);
            }
            return Optional.of(ContentCategory.TERRORIST_PROPAGANDA);
        }
        if (o.type().code().toUpperCase(java.util.Locale.ROOT).contains("CSAM")) {
            return Optional.of(ContentCategory.CHILD_SEXUAL_ABUSE_MATERIAL);
        }
        return Optional.empty();
    }
}
