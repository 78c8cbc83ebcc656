package eu.vigil.crisis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.Violations;

/**
 * Who takes part in the EU Crisis Protocol on this installation: every Member State authority and Europol
 * organisation, and the hosting service providers that opted in with a 24/7 crisis contact. Europol's
 * organisations hold the coordinator's seat; an operator of theirs is the crisis coordinator.
 */
@Service
public class CrisisParticipants {

    /** A provider's 24/7 crisis contact, as it opted in. */
    public record Contact(UUID organisation, String name, String email, String phone, Instant optedInAt) {
    }

    /** A provider opted in (or updated its contact); published in the transaction of the opt-in. */
    public record OptedIn(UUID organisation, eu.vigil.audit.Auditor by) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final Organisations organisations;
    private final org.springframework.context.ApplicationEventPublisher events;

    CrisisParticipants(JdbcClient jdbc, Clock clock, AuditLog audit, Organisations organisations,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.organisations = organisations;
        this.events = events;
    }

    /** Whether the actor is Europol's crisis coordinator (an operator of a Europol organisation). */
    public static boolean coordinator(Actor actor) {
        return actor.kind() == OrganisationKind.EUROPOL && actor.has(Role.OPERATOR);
    }

    /** A provider's administrator opts in (or updates its contact); authorities and Europol take part anyway. */
    @Transactional
    public Contact optIn(Actor actor, String name, String email, String phone) {
        if (actor.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER || !actor.has(Role.ADMIN)) {
            throw new Forbidden("a provider's administrator opts in to the Crisis Protocol");
        }
        new Violations().check(name == null || name.isBlank(), "contactName", "name the 24/7 crisis contact")
                .check(email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "contactEmail",
                        "an e-mail address that is watched day and night")
                .check(phone == null || !phone.strip().matches("\\+?[0-9 ()./-]{6,}"), "contactPhone",
                        "a telephone number with its country code")
                .throwIfPresent();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into crisis_participant (organisation_id, contact_name, contact_email, contact_phone, opted_in_at,
                                                opted_in_by) values (?,?,?,?,?,?)
                on conflict (organisation_id) do update set contact_name = excluded.contact_name,
                    contact_email = excluded.contact_email, contact_phone = excluded.contact_phone""")
                .params(actor.organisationId().value(), name.strip(), email.strip(), phone.strip(), Timestamp.from(now),
                        actor.auditor().label())
                .update();
        audit.append(actor.auditor(), new AuditEvent("crisis.participant_opted_in", "organisation",
                actor.organisationId().toString(), null, null, java.util.Map.of("contact", name.strip())));
        events.publishEvent(new OptedIn(actor.organisationId().value(), actor.auditor()));
        return contact(actor.organisationId().value()).orElseThrow();
    }

    /** A provider's 24/7 contact, if it opted in. */
    public Optional<Contact> contact(UUID organisation) {
        return jdbc.sql("select * from crisis_participant where organisation_id = ?").param(organisation)
                .query((rs, n) -> new Contact(rs.getObject("organisation_id", UUID.class), rs.getString("contact_name"),
                        rs.getString("contact_email"), rs.getString("contact_phone"),
                        rs.getTimestamp("opted_in_at").toInstant()))
                .optional();
    }

    /** Whether the actor's organisation takes part (authorities, Europol, opted-in providers). */
    public boolean takesPart(Actor actor) {
        return switch (actor.kind()) {
            case COMPETENT_AUTHORITY, EUROPOL -> true;
            case HOSTING_SERVICE_PROVIDER -> contact(actor.organisationId().value()).isPresent();
            default -> false;
        };
    }

    /** Every participating organisation: authorities and Europol on this installation, opted-in providers. */
    public Set<UUID> all() {
        Set<UUID> all = new LinkedHashSet<>(europol());
        organisations.all().stream().filter(o -> o.kind() == OrganisationKind.COMPETENT_AUTHORITY)
                .forEach(o -> all.add(o.id().value()));
        all.addAll(providers());
        return all;
    }

    /** Europol's organisations: the coordinator's seat. */
    public List<UUID> europol() {
        return organisations.all().stream().filter(o -> o.kind() == OrganisationKind.EUROPOL)
                .map(o -> o.id().value()).toList();
    }

    /** The providers that opted in, in the order they did. */
    public List<UUID> providers() {
        return jdbc.sql("select organisation_id from crisis_participant order by opted_in_at, organisation_id")
                .query(UUID.class).list();
    }
}
