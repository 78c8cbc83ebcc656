package eu.vigil.bank;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import eu.vigil.hashing.SignalType;

/**
 * The kinds of signal a bank holds: the hashing module's PDQ, MD5 and SHA-256, plus URLs. Every value is
 * kept in one canonical text form, so equal signals are equal strings.
 */
public enum SignalKind {
    PDQ(SignalType.PDQ),
    MD5(SignalType.MD5),
    SHA256(SignalType.SHA256),
    URL(null);

    /** Longest URL accepted. */
    public static final int MAX_URL_LENGTH = 2048;

    private final SignalType hashType;

    SignalKind(SignalType hashType) {
        this.hashType = hashType;
    }

    /** The hashing module's type, or null for URLs. */
    public SignalType hashType() {
        return hashType;
    }

    /**
     * Parses a kind by name or by the hashing module's id ({@code pdq}, {@code sha256}, {@code SHA-256}, {@code url}).
     *
     * @throws IllegalArgumentException naming the accepted kinds
     */
    public static SignalKind parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace("-", "");
        for (SignalKind k : values()) {
            if (k.name().equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown signal type '" + text + "', expected one of PDQ, MD5, SHA256, URL");
    }

    /**
     * The canonical text of a value: lowercase hex of the exact length for hashes (strict parsing by the
     * hashing module: no whitespace, no prefix), and for URLs the scheme and host in lower case, the host in
     * ASCII (IDNA), no default port, no fragment, and {@code /} for an empty path.
     *
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public String canonical(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("value is empty");
        }
        if (hashType != null) {
            return hashType.parse(value).toText();
        }
        return canonicalUrl(value);
    }

    private static String canonicalUrl(String value) {
        if (value.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("URL longer than " + MAX_URL_LENGTH + " characters");
        }
        if (!value.strip().equals(value) || value.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("URL contains whitespace or control characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("URL must start with http:// or https://");
        }
        String host = uri.getHost();
        if (host == null) {
            // URI leaves the host null for non-ASCII names; IDNA converts them.
            String authority = uri.getRawAuthority();
            if (authority == null || authority.isEmpty()) {
                throw new IllegalArgumentException("URL has no host");
            }
            host = authority.replaceFirst(":\\d+$", "").replaceFirst("^.*@", "");
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("URL host is not a valid domain name");
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
        return scheme + "://" + userInfo + host + (defaultPort ? "" : ":" + port) + path + query;
    }
}
