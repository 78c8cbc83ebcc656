package eu.vigil.delivery;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go (ADR 0017). A URL is allowed when it is {@code https}, names its host by a DNS name or
 * a standard IP address, and every address the host resolves to is public ({@link IpAddresses}); plain
 * {@code http} and non-public addresses only for the destinations the operator allows in
 * {@code vigil.webhooks.allowed-destinations} (a comma-separated CIDR list, empty by default). Checked at
 * registration and again before every delivery, which then connects only to the addresses checked here, so a
 * name that later resolves elsewhere (DNS rebinding) is refused at that point.
 */
@Component
class WebhookDestinations {

    private static final Logger log = LoggerFactory.getLogger(WebhookDestinations.class);
    private static final Pattern DNS_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.?");

    /** Looks a host name up; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why a destination is refused. */
    enum Refusal {
        /** Not a URL, or has no host. */
        NOT_A_URL,
        /** Not {@code https} (plain http only to allowed destinations). */
        NOT_HTTPS,
        /** The host is an IP address in a non-standard form (integer, octal, hex, shortened). */
        NON_STANDARD_HOST,
        /** The host does not resolve. */
        UNRESOLVED,
        /** The host is or resolves to an address that is not public and not allowed. */
        NOT_PUBLIC
    }

    /** The outcome of a check. */
    sealed interface Checked {
    }

    /**
     * An allowed destination.
     *
     * @param uri       the URL
     * @param host      its host as written, without brackets
     * @param port      the port (default 443 or 80)
     * @param tls       whether https
     * @param addresses the checked addresses, the only ones to connect to
     */
    record Allowed(URI uri, String host, int port, boolean tls, List<InetAddress> addresses) implements Checked {
    }

    /**
     * A refused destination.
     *
     * @param reason why
     * @param detail for the server log only, never for the provider
     */
    record Refused(Refusal reason, String detail) implements Checked {
    }

    private final List<AddressBlock> allowed;
    private final Resolver resolver;

    @Autowired
    WebhookDestinations(@Value("${vigil.webhooks.allowed-destinations:}") String allowedDestinations) {
        this(parseList(allowedDestinations), InetAddress::getAllByName);
        if (!allowed.isEmpty()) {
            log.info("webhooks may also go to {} (vigil.webhooks.allowed-destinations)", allowed);
        }
    }

    WebhookDestinations(List<AddressBlock> allowed, Resolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.resolver = resolver;
    }

    /** Parses the comma-separated CIDR list of {@code vigil.webhooks.allowed-destinations}. */
    static List<AddressBlock> parseList(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(AddressBlock::parse)
                .toList();
    }

    /** Checks {@code url}, resolving its host now. */
    Checked check(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return new Refused(Refusal.NOT_A_URL, e.getMessage());
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getScheme() == null) {
            return new Refused(Refusal.NOT_A_URL, "not an absolute hierarchical URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return new Refused(Refusal.NOT_HTTPS, "scheme " + scheme);
        }
        if (uri.getHost() == null) {
            // java.net.URI leaves the host empty for authorities such as 127.1 or 0x7f.1 or a_b.example
            String authority = uri.getRawAuthority();
            return authority != null && IpAddresses.isNonStandardNumeric(authority.replaceFirst(":[0-9]*$", ""))
                    ? new Refused(Refusal.NON_STANDARD_HOST, authority)
                    : new Refused(Refusal.NOT_A_URL, "no host in " + authority);
        }
        if (uri.getRawUserInfo() != null) {
            return new Refused(Refusal.NOT_A_URL, "user information in the URL");
        }
        boolean tls = scheme.equals("https");
        if (!tls && allowed.isEmpty()) {
            return new Refused(Refusal.NOT_HTTPS, "http without allowed destinations");
        }
        String host = uri.getHost();
        boolean literal6 = host.startsWith("[");
        if (literal6) {
            host = host.substring(1, host.length() - 1);
        } else {
            host = host.toLowerCase(Locale.ROOT);
            if (IpAddresses.isNonStandardNumeric(host)) {
                return new Refused(Refusal.NON_STANDARD_HOST, host);
            }
            if (!IpAddresses.isStandardIpv4(host) && !DNS_NAME.matcher(asciiName(host)).matches()) {
                return new Refused(Refusal.NOT_A_URL, "host " + host);
            }
        }
        List<InetAddress> addresses;
        try {
            addresses = List.of(resolver.resolve(literal6 || IpAddresses.isStandardIpv4(host) ? host : asciiName(host)));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return new Refused(Refusal.UNRESOLVED, host + ": " + e.getMessage());
        }
        if (addresses.isEmpty()) {
            return new Refused(Refusal.UNRESOLVED, host);
        }
        boolean allAllowed = true;
        for (InetAddress address : addresses) {
            byte[] bytes = address.getAddress();
            boolean operatorAllowed = isAllowed(bytes);
            if (!operatorAllowed && IpAddresses.isSpecialPurpose(bytes)) {
                return new Refused(Refusal.NOT_PUBLIC, host + " -> " + address.getHostAddress());
            }
            allAllowed &= operatorAllowed;
        }
        if (!tls && !allAllowed) {
            return new Refused(Refusal.NOT_HTTPS, "http to " + host + " " + addresses);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        return new Allowed(uri, host, port, tls, addresses);
    }

    private boolean isAllowed(byte[] address) {
        return allowed.stream().anyMatch(b -> b.contains(address));
    }

    private static String asciiName(String host) {
        try {
            return IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return host;
        }
    }
}
