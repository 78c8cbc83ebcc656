package eu.vigil.testing;

import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.Actor;
import eu.vigil.identity.ApiTokens;
import eu.vigil.identity.Credential;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.identity.Users;
import eu.vigil.registry.ContactChannel;
import eu.vigil.registry.ContactPoint;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.LegalRepresentative;
import eu.vigil.registry.ProviderDeclaration;
import eu.vigil.registry.SizeClass;

/**
 * Base of tests that need the running server: real HTTP on a random port, the embedded PostgreSQL and a
 * settable clock. Fixtures create uniquely named organisations so tests never depend on each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected Organisations organisations;
    @Autowired
    protected Users users;
    @Autowired
    protected ApiTokens tokens;
    @Autowired
    protected HostingServiceProviders providers;

    protected static final String PASSWORD = "correct-horse-battery";

    /** An HTTP client for this server. */
    protected Http http() {
        return new Http("http://localhost:" + port);
    }

    /** A fresh organisation with an admin user and an API token; everything named after {@code label}. */
    protected Tenant tenant(OrganisationKind kind, String memberState, String label) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organisation org = organisations.register(Auditor.system("test"), new OrganisationId(UUID.randomUUID()), kind,
                label + " " + suffix, memberState);
        return withUserAndToken(org, label.toLowerCase().replaceAll("[^a-z]", "") + "." + suffix);
    }

    /** A fresh hosting service provider registered by a platform admin, with its admin user and token. */
    protected Tenant provider(String label, String mainEstablishment, String... languages) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        HostingServiceProvider p = providers.register(platformAdmin(), new ProviderDeclaration(label + " " + suffix,
                "hosting", SizeClass.SMALL, true, mainEstablishment, mainEstablishment == null
                        ? new LegalRepresentative("Rep of " + label, "IE", "Dublin", "rep@example.eu", null) : null,
                java.util.List.of(new ContactPoint(ContactChannel.EMAIL, "tco@" + suffix + ".example",
                        java.util.List.of(languages), true)), null));
        Organisation org = organisations.find(new OrganisationId(p.id().value())).orElseThrow();
        return withUserAndToken(org, label.toLowerCase().replaceAll("[^a-z]", "") + "." + suffix);
    }

    /** Adds an admin user and an API token to an existing organisation. */
    protected Tenant withUserAndToken(Organisation org, String username) {
        users.createUnchecked(Auditor.system("test"), org.id(), new Users.NewUser(username, "User " + username,
                null, PASSWORD, Set.of(Role.ADMIN, Role.OPERATOR)));
        Actor admin = actorFor(org, username);
        String token = tokens.issue(admin, org.id(), "test token", Set.of(Role.ADMIN, Role.OPERATOR), null).token();
        return new Tenant(org, username, token, admin);
    }

    /** The platform administrator created at bootstrap, as an actor. */
    protected Actor platformAdmin() {
        Organisation admin = organisations.all().stream().filter(o -> o.kind() == OrganisationKind.PLATFORM_ADMIN)
                .findFirst().orElseThrow();
        return new Actor(users.findByUsername("admin").orElseThrow().id().value(), "admin", "Platform administrator",
                Credential.PASSWORD, admin.id(), admin.name(), admin.kind(), null, Set.of(Role.ADMIN, Role.OPERATOR));
    }

    private Actor actorFor(Organisation org, String username) {
        return new Actor(users.findByUsername(username).orElseThrow().id().value(), username, username,
                Credential.PASSWORD, org.id(), org.name(), org.kind(), org.memberState(),
                Set.of(Role.ADMIN, Role.OPERATOR));
    }

    /** A test organisation with one admin user (password {@link #PASSWORD}) and an API token. */
    public record Tenant(Organisation organisation, String username, String token, Actor admin) {

        public String id() {
            return organisation.id().toString();
        }
    }
}
