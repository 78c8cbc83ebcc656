package eu.vigil.delivery;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Whether the server may call an address a party gave it (a provider's Transparency Database connection, say): the
 * same rule as for webhook destinations (ADR 0017) — {@code https}, a host by DNS name or standard IP address, every
 * resolved address public, plain {@code http} and other addresses only within {@code vigil.webhooks.allowed-destinations}.
 * So an administrator of one organisation cannot make the server post to its internal network. Thread-safe.
 */
@Component
public class OutboundAddresses {

    private final WebhookDestinations destinations;

    OutboundAddresses(WebhookDestinations destinations) {
        this.destinations = destinations;
    }

    /** Why the server may not call {@code url}, in plain words for the party, or empty when it may (resolved now). */
    public Optional<String> refusal(String url) {
        return switch (destinations.check(url)) {
            case WebhookDestinations.Allowed allowed -> Optional.empty();
            case WebhookDestinations.Refused refused -> Optional.of(switch (refused.reason()) {
                case NOT_A_URL -> "not a usable address";
                case NOT_HTTPS -> "an https:// address (plain http only to addresses the operator allows)";
                case NON_STANDARD_HOST -> "a host written as a name or a standard IP address";
                case UNRESOLVED -> "a host name that resolves";
                case NOT_PUBLIC -> "an address on the public internet, not a private, loopback or link-local one";
            });
        };
    }
}
