package eu.vigil.removalorder;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.HostingServiceProvider;

/**
 * The unsaved order a checked request would become, built the way {@link OrderLedger#insert} stores it, so that its
 * Annex I is the one that will be sealed (issue 12, the issuing wizard's review step).
 */
final class DraftOrders {

    private DraftOrders() {
    }

    static RemovalOrder draft(OrderType type, CompetentAuthority authority, HostingServiceProvider provider,
            String language, IssueRequest r, AnnexParties parties, Optional<ScrutinyCopy> copy, Instant now) {
        String host = provider.hostMemberState().orElse(null);
        boolean crossBorder = host != null && !host.equals(authority.memberState());
        Duration limit = type.authoritySetsDeadline() ? Duration.ofMinutes(r.deadlineMinutes()) : type.deadline();
        Duration warning = type.authoritySetsDeadline() ? Duration.ZERO : type.warning();
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            IssueRequest.Item item = r.items().get(i);
            items.add(new OrderItem(i + 1, URI.create(item.url().strip()).toString(), blankToNull(item.extraInfo()),
                    item.typedHash(), OrderItem.ItemStatus.PENDING, null));
        }
        List<String> scope = r.territorialScope().stream().map(c -> c.strip().toUpperCase()).distinct().sorted().toList();
        return new RemovalOrder(new RemovalOrderId(UUID.randomUUID()), null, type, authority.id().value(),
                authority.name(), authority.memberState(), provider.id().value(), provider.name(), provider.version(),
                host, crossBorder, language, r.reasons(), r.statementOfReasons().strip(), r.representativeName().strip(),
                r.representativePost().strip(), blankToNull(r.fileNumber()), r.redressBody().strip(),
                r.redressDeadline().strip(), r.nonDisclosure(), r.nonDisclosure() ? r.nonDisclosureUntil() : null,
                r.emergency(), r.emergency() ? r.emergencyJustification().strip() : null, r.shareWithEuropol(), limit,
                warning, now, now, now, null, now, null, null, null, OrderState.OPEN, items, copy, scope, List.of(),
                parties);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
