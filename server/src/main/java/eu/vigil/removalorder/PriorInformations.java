package eu.vigil.removalorder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.HostingServiceProvider;

/**
 * The Art. 3(2) prior information as recorded (R5): whether an authority already sent a provider an order that
 * needed it, when it informed the provider, and so from when a first order may be issued.
 */
@Component
class PriorInformations {

    private final JdbcClient jdbc;

    PriorInformations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where {@code authority} stands towards {@code provider} with the Art. 3(2) prior information at {@code now}. */
    PriorInformation weigh(CompetentAuthority authority, HostingServiceProvider provider, Instant now) {
        boolean earlierOrder = jdbc.sql("""
                select exists(select 1 from removal_order o join order_type t on t.code = o.order_type
                              where o.issuing_authority_id = ? and o.provider_id = ? and t.requires_prior_information)""")
                .params(authority.id().value(), provider.id().value()).query(Boolean.class).single();
        Optional<Instant> informed = jdbc.sql("select sent_at from prior_information where authority_id = ? and provider_id = ?")
                .params(authority.id().value(), provider.id().value()).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
        Instant informedAt = informed.orElse(null);
        Instant from = informed.map(i -> i.plus(IssuingRemovalOrders.PRIOR_INFORMATION)).orElse(null);
        PriorInformation.Status status = earlierOrder ? PriorInformation.Status.EARLIER_ORDER
                : informed.isEmpty() ? PriorInformation.Status.MISSING
                : now.isBefore(from) ? PriorInformation.Status.TOO_RECENT : PriorInformation.Status.MET;
        return new PriorInformation(status, informedAt, from);
    }
}
