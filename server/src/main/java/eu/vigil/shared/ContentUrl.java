package eu.vigil.shared;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparison key of a content URL, so that two senders naming the same page in different spellings are seen as
 * naming the same item (R37). The rules, in order (also in {@code docs/architecture.md}, "Duplicate detection"):
 * <ol>
 * <li>only absolute {@code http} and {@code https} URLs are accepted; the scheme is not part of the key
 * ({@code http://x} and {@code https://x} are the same item);</li>
 * <li>the host is lower-cased, converted to ASCII (IDNA) and loses a trailing dot; user information is dropped;</li>
 * <li>the default port (80 for http, 443 for https) is dropped, any other port kept;</li>
 * <li>the fragment ({@code #…}) is dropped;</li>
 * <li>tracking parameters are dropped from the query: every {@code utm_*} parameter and {@link #TRACKING}; the
 * remaining parameters keep their order and values;</li>
 * <li>percent-escapes are written in upper case; a trailing {@code /} of the path is dropped (the root path is
 * empty).</li>
 * </ol>
 * The path and the remaining query stay case-sensitive: on many platforms {@code /Watch?v=aB} and
 * {@code /watch?v=ab} are different items.
 */
public final class ContentUrl {

    /** Query parameters that only track where a click came from. */
    public static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "igshid", "igsh", "mc_cid",
            "mc_eid", "yclid", "twclid", "ttclid", "si", "ref_src", "ref_url", "_ga", "_gl", "mkt_tok", "spm");

    private ContentUrl() {
    }

    /**
     * Why a text is not the exact location of content, if it is not: it must be an absolute http or https URL with
     * a host. {@code missing} is the sentence for an empty text.
     */
    public static java.util.Optional<String> problem(String url, String missing) {
        if (url == null || url.isBlank()) {
            return java.util.Optional.of(missing);
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return java.util.Optional.of(ABSOLUTE);
            }
            return java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.of(ABSOLUTE);
        }
    }

    private static final String ABSOLUTE = "an absolute http or https URL, e.g. https://example.com/post/1";

    /**
     * The comparison key of {@code url}: host, port, path and query after the rules above, without the scheme.
     *
     * @throws IllegalArgumentException when the text is not an absolute http(s) URL
     */
    public static String key(String url) {
        String t = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("must be an absolute http(s) URL");
        }
        String host = uri.getHost();
        if (host == null) {
            String authority = uri.getRawAuthority();
            if (authority == null || authority.isEmpty()) {
                throw new IllegalArgumentException("the URL has no host");
            }
            host = authority.replaceFirst("^.*@", "").replaceFirst(":\\d+$", "");
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the URL's host is not a valid domain name");
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = upperEscapes(uri.getRawPath() == null ? "" : uri.getRawPath());
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = query(uri.getRawQuery());
        return host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    }

    /** The host of the URL in its comparison form (the domain counted as recurring on dashboards). */
    public static String host(String url) {
        String key = key(url);
        int end = key.length();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ':' || c == '/' || c == '?') {
                end = i;
                break;
            }
        }
        return key.substring(0, end);
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(upperEscapes(part));
            }
        }
        return String.join("&", kept);
    }

    private static String upperEscapes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                b.append('%').append(Character.toUpperCase(s.charAt(i + 1))).append(Character.toUpperCase(s.charAt(i + 2)));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
