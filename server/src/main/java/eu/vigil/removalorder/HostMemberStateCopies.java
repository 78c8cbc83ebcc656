package eu.vigil.removalorder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.UndeliverableCopies;

/**
 * The copy of a cross-border order for the host Member State (Art. 4(1), R8), made in the issuing transaction. It
 * goes to the host Member State's role-(b) authority; when the register names none on this installation the copy
 * is recorded as undeliverable, and the issuer and the Commission are told (issue 11, defect 5).
 */
@Component
class HostMemberStateCopies implements UndeliverableCopies {

    private final JdbcClient jdbc;
    private final CompetentAuthorities authorities;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    HostMemberStateCopies(JdbcClient jdbc, CompetentAuthorities authorities, Organisations organisations,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.authorities = authorities;
        this.organisations = organisations;
        this.events = events;
    }

    /** Records the copy of order {@code id} for {@code host}; call before sealing, since Section D tells of it. */
    ScrutinyCopy.Delivery copy(RemovalOrderId id, String reference, UUID issuer, String host, Instant now, Actor actor) {
        UUID scrutiniser = scrutiniser(host, now);
        if (scrutiniser == null) {
            jdbc.sql("insert into scrutiny_copy (order_id, authority_id, member_state, delivery) values (?, null, ?, 'UNDELIVERABLE')")
                    .params(id.value(), host).update();
            List<UUID> commission = organisations.all().stream().filter(o -> o.kind() == OrganisationKind.COMMISSION)
                    .map(o -> o.id().value()).toList();
            events.publishEvent(new CopyUndeliverable(id, reference, host, issuer, commission, now, actor.auditor()));
            return ScrutinyCopy.Delivery.UNDELIVERABLE;
        }
        jdbc.sql("""
                insert into scrutiny_copy (order_id, authority_id, member_state, delivery, delivered_at, window_ends_at)
                values (?,?,?,'DELIVERED',?,?)""")
                .params(id.value(), scrutiniser, host, Timestamp.from(now),
                        Timestamp.from(now.plus(IssuingRemovalOrders.SCRUTINY_WINDOW)))
                .update();
        events.publishEvent(new CopyDelivered(id, reference, host, scrutiniser,
                now.plus(IssuingRemovalOrders.SCRUTINY_WINDOW), now, actor.auditor()));
        return ScrutinyCopy.Delivery.DELIVERED;
    }

    /**
     * The copy an order of {@code type} from {@code issuer} to {@code provider} would make at {@code now}, storing
     * nothing: empty when the order is not cross-border or its type is not under Art. 4.
     */
    java.util.Optional<ScrutinyCopy> planned(CompetentAuthority issuer, HostingServiceProvider provider, OrderType type,
            Instant now) {
        String host = provider.hostMemberState().orElse(null);
        if (host == null || host.equals(issuer.memberState()) || !type.opensCrossBorderScrutiny()) {
            return java.util.Optional.empty();
        }
        UUID scrutiniser = scrutiniser(host, now);
        return java.util.Optional.of(scrutiniser == null
                ? new ScrutinyCopy(null, host, ScrutinyCopy.Delivery.UNDELIVERABLE, null, null, false)
                : new ScrutinyCopy(scrutiniser, host, ScrutinyCopy.Delivery.DELIVERED, now,
                        now.plus(IssuingRemovalOrders.SCRUTINY_WINDOW), false));
    }

    private UUID scrutiniser(String host, Instant now) {
        return authorities.asOf(now).stream()
                .filter(a -> a.memberState().equals(host) && a.holds(AuthorityRole.SCRUTINISE))
                .map(a -> a.id().value()).findFirst().orElse(null);
    }

    @Override
    public List<Gap> byMemberState() {
        return jdbc.sql("""
                select c.member_state, count(*) as copies, max(o.issued_at) as last_at
                from scrutiny_copy c join removal_order o on o.id = c.order_id
                where c.delivery = 'UNDELIVERABLE' group by c.member_state order by c.member_state""")
                .query((rs, n) -> new Gap(rs.getString(1).strip(), rs.getInt(2), rs.getTimestamp(3).toInstant())).list();
    }
}
