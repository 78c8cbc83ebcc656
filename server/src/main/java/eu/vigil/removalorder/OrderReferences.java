package eu.vigil.removalorder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.vigil.registry.CompetentAuthority;

/**
 * Reference numbers of removal orders (Annex I Section A): unique per issuing authority, either hand-picked or the
 * next number of the authority's counter for the year ({@code CODE-YEAR-NNNNN}).
 */
@Component
class OrderReferences {

    private final JdbcClient jdbc;

    OrderReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A hand-picked reference as given (already checked to be free), or the next free number of the authority's counter for the year. The
     * counter row is incremented atomically and stays locked until the transaction ends, so concurrent issuing
     * gets distinct numbers; a number already taken by a hand-picked reference is skipped.
     */
    String next(CompetentAuthority authority, String requested, Instant now) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip(); // checked by issuing: a used one is refused with a link to its order
        }
        int year = now.atZone(ZoneOffset.UTC).getYear();
        while (true) {
            long next = jdbc.sql("""
                    insert into order_reference_counter (authority_id, year, last_number) values (?, ?, 1)
                    on conflict (authority_id, year)
                    do update set last_number = order_reference_counter.last_number + 1
                    returning last_number""")
                    .params(authority.id().value(), year).query(Long.class).single();
            String reference = String.format("%s-%d-%05d", authority.code(), year, next);
            if (!referenceTaken(authority, reference)) {
                return reference;
            }
        }
    }

    private boolean referenceTaken(CompetentAuthority authority, String reference) {
        return orderWith(authority, reference).isPresent();
    }

    /** The order of the authority that carries {@code reference}, if any. */
    Optional<RemovalOrderId> orderWith(CompetentAuthority authority, String reference) {
        return jdbc.sql("select id from removal_order where issuing_authority_id = ? and reference = ?")
                .params(authority.id().value(), reference).query(UUID.class).optional().map(RemovalOrderId::new);
    }
}
