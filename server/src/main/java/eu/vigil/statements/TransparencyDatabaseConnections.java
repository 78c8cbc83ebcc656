package eu.vigil.statements;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Role;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;

/**
 * Each provider's connection to the DSA Transparency Database (R47): the base URL and the API token the database
 * issued, set by the provider's administrator. The token is kept for the sender and never shown back: readers see
 * only that one is set and its last four characters.
 */
@Service
public class TransparencyDatabaseConnections {

    /** Longest base URL or token accepted. */
    public static final int MAX_LENGTH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    private final eu.vigil.delivery.OutboundAddresses outbound;

    TransparencyDatabaseConnections(JdbcClient jdbc, Clock clock, AuditLog audit, eu.vigil.delivery.OutboundAddresses outbound) {
        this.outbound = outbound;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Where and with which token a provider's statements are sent (for the sender only). */
    record Target(UUID providerId, String baseUrl, String token) {

        @Override
        public String toString() {
            return "Target[" + providerId + ", " + baseUrl + "]";
        }
    }

    /** The actor's organisation's connection, if one is set. */
    public Optional<TransparencyDatabaseConnection> of(Actor actor) {
        requireProvider(actor);
        return jdbc.sql("select * from tdb_connection where provider_id = ?").param(actor.organisationId().value())
                .query((rs, n) -> shown(rs.getString("base_url"), rs.getString("token"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .optional();
    }

    /**
     * Sets the actor's organisation's connection, replacing the one before.
     *
     * @throws Forbidden    unless the actor is an administrator of a hosting service provider
     * @throws InvalidInput naming {@code baseUrl} or {@code token}
     */
    @Transactional
    public TransparencyDatabaseConnection set(Actor actor, ConnectionSettings settings) {
        requireProvider(actor);
        if (!actor.has(Role.ADMIN)) {
            throw new Forbidden("the provider's administrators set the connection to the Transparency Database");
        }
        String baseUrl = settings == null ? null : settings.baseUrl();
        String token = settings == null ? null : settings.token();
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String url = baseUrl == null ? "" : baseUrl.strip();
        String urlProblem = urlProblem(url);
        if (urlProblem == null) {
            // the same rule as webhook destinations: no private, loopback or link-local addresses (ADR 0017)
            urlProblem = outbound.refusal(url).orElse(null);
        }
        if (urlProblem != null) {
            errors.add(new InvalidInput.FieldError("baseUrl", urlProblem));
        }
        String t = token == null ? "" : token.strip();
        if (t.isEmpty()) {
            errors.add(new InvalidInput.FieldError("token", "enter the API token the database issued"));
        } else if (t.length() > MAX_LENGTH || !t.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            errors.add(new InvalidInput.FieldError("token", "at most " + MAX_LENGTH
                    + " visible ASCII characters, no spaces"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        UUID provider = actor.organisationId().value();
        Optional<TransparencyDatabaseConnection> before = of(actor);
        jdbc.sql("""
                insert into tdb_connection (provider_id, base_url, token, updated_at, updated_by) values (?,?,?,?,?)
                on conflict (provider_id) do update set base_url = excluded.base_url, token = excluded.token,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(provider, url, t, Timestamp.from(clock.instant()), actor.auditor().label()).update();
        TransparencyDatabaseConnection after = of(actor).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("tdb_connection.set", "tdb_connection", provider.toString(),
                before.orElse(null), after, Map.of("baseUrl", url, "tokenEnding", after.tokenEnding())));
        return after;
    }

    /** Why the server may not call {@code baseUrl} now (checked again before every batch), or empty. */
    Optional<String> refusal(String baseUrl) {
        return outbound.refusal(baseUrl);
    }

    /** The connection of a provider, with its token. */
    Optional<Target> target(UUID providerId) {
        return jdbc.sql("select base_url, token from tdb_connection where provider_id = ?").param(providerId)
                .query((rs, n) -> new Target(providerId, rs.getString(1), rs.getString(2))).optional();
    }

    /** What is wrong with a base URL, or null: http(s), a host, no user information, query or fragment. */
    static String urlProblem(String url) {
        if (url.isEmpty()) {
            return "enter the database's address, e.g. https://transparency.dsa.ec.europa.eu";
        }
        if (url.length() > MAX_LENGTH) {
            return "at most " + MAX_LENGTH + " characters";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                return "an https:// (or, for a test server, http://) address";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "an address with a host name";
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return "an address without user name, query or fragment";
            }
            return null;
        } catch (URISyntaxException e) {
            return "not a valid address";
        }
    }

    private static TransparencyDatabaseConnection shown(String baseUrl, String token, java.time.Instant at, String by) {
        boolean set = token != null && !token.isEmpty();
        String ending = set && token.length() >= 12 ? token.substring(token.length() - 4) : "";
        return new TransparencyDatabaseConnection(baseUrl, set, ending, at, by);
    }

    private static void requireProvider(Actor actor) {
        if (actor.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            throw new Forbidden("the connection to the Transparency Database is kept by hosting service providers");
        }
    }
}
