package eu.vigil.identity.internal;

import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.identity.Users;

/**
 * Creates the platform administration and its first administrator on an empty installation. The password
 * comes from {@code vigil.bootstrap.admin-password} or is generated and logged once.
 */
@Component
class Bootstrap {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final Organisations organisations;
    private final Users users;
    private final String password;

    Bootstrap(Organisations organisations, Users users,
            @Value("${vigil.bootstrap.admin-password:}") String password) {
        this.organisations = organisations;
        this.users = users;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void ensureAdministrator() {
        boolean present = organisations.all().stream().anyMatch(o -> o.kind() == OrganisationKind.PLATFORM_ADMIN);
        if (present) {
            return;
        }
        Auditor system = Auditor.system("bootstrap");
        var org = organisations.register(system, new OrganisationId(UUID.randomUUID()), OrganisationKind.PLATFORM_ADMIN,
                "Platform administration", null);
        boolean generated = password == null || password.isBlank();
        String secret = generated ? UUID.randomUUID().toString() : password;
        users.createUnchecked(system, org.id(), new Users.NewUser("admin", "Platform administrator", null, secret,
                Set.of(Role.ADMIN, Role.OPERATOR)));
        if (generated) {
            log.warn("Created the first administrator: username 'admin', password '{}'. Change it after logging in.",
                    secret);
        } else {
            log.info("Created the first administrator 'admin' with the configured password.");
        }
    }
}
