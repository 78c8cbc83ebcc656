package eu.vigil.delivery;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which addresses are not on the public internet: loopback, private, link-local, unique-local, CGNAT,
 * multicast, unspecified, reserved, documentation and cloud metadata addresses, in IPv4 and IPv6, also
 * when an IPv4 address is carried inside IPv6 (IPv4-mapped, IPv4-compatible, NAT64 {@code 64:ff9b::/96},
 * 6to4). And which host texts are IP addresses written the standard way (dotted decimal, no leading zeros).
 */
final class IpAddresses {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
    private static final Pattern STANDARD_IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** A last label that is a number in some base (decimal, octal, hex): not a DNS name, never a TLD. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0[xX][0-9a-fA-F]*|[0-9]+)");

    private static final List<AddressBlock> IPV4 = blocks(
            "0.0.0.0/8",          // "this network", includes the unspecified 0.0.0.0
            "10.0.0.0/8",         // private
            "100.64.0.0/10",      // shared address space (CGNAT); includes 100.100.100.200 (Alibaba metadata)
            "127.0.0.0/8",        // loopback
            "169.254.0.0/16",     // link-local; includes 169.254.169.254 (AWS, GCP, Azure metadata)
            "172.16.0.0/12",      // private
            "192.0.0.0/24",       // IETF protocol assignments; includes 192.0.0.192 (Oracle metadata)
            "192.0.2.0/24",       // documentation
            "192.88.99.0/24",     // 6to4 relay anycast
            "192.168.0.0/16",     // private
            "198.18.0.0/15",      // benchmarking
            "198.51.100.0/24",    // documentation
            "203.0.113.0/24",     // documentation
            "224.0.0.0/4",        // multicast
            "240.0.0.0/4");       // reserved, includes broadcast 255.255.255.255

    private static final List<AddressBlock> IPV6 = blocks(
            "::/128",             // unspecified
            "::1/128",            // loopback
            "100::/64",           // discard-only
            "64:ff9b:1::/48",     // local-use NAT64
            "2001::/32",          // Teredo (the IPv4 inside is obfuscated; refused whole)
            "2001:db8::/32",      // documentation
            "3fff::/20",          // documentation
            "5f00::/16",          // segment routing SIDs
            "fc00::/7",           // unique-local; includes fd00:ec2::254 (AWS metadata)
            "fe80::/10",          // link-local
            "fec0::/10",          // site-local (deprecated)
            "ff00::/8");          // multicast

    private IpAddresses() {
    }

    /** Whether {@code host} is an IPv4 address in dotted decimal with four parts and no leading zeros. */
    static boolean isStandardIpv4(String host) {
        return STANDARD_IPV4.matcher(host).matches();
    }

    /**
     * Whether {@code host} (without brackets) looks like an IPv4 address in a form other than the standard one,
     * e.g. {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}: its last label is a number.
     */
    static boolean isNonStandardNumeric(String host) {
        String last = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        last = last.substring(last.lastIndexOf('.') + 1);
        return NUMERIC_LABEL.matcher(last).matches() && !isStandardIpv4(host);
    }

    /** Whether {@code address} (4 or 16 bytes) is not a public internet address. */
    static boolean isSpecialPurpose(byte[] address) {
        if (address.length == 4) {
            return IPV4.stream().anyMatch(b -> b.contains(address));
        }
        byte[] embedded = embeddedIpv4(address);
        if (embedded != null && isSpecialPurpose(embedded)) {
            return true;
        }
        return IPV6.stream().anyMatch(b -> b.contains(address));
    }

    /**
     * The IPv4 address inside an IPv6 address that carries one: IPv4-mapped {@code ::ffff:a.b.c.d},
     * IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d}, 6to4 {@code 2002:aabb:ccdd::}; else null.
     */
    static byte[] embeddedIpv4(byte[] v6) {
        if (v6.length != 16) {
            return null;
        }
        boolean zeroTo80 = allZero(v6, 0, 10);
        if (zeroTo80 && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if (zeroTo80 && v6[10] == 0 && v6[11] == 0) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if (v6[0] == 0 && v6[1] == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b && allZero(v6, 4, 12)) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return Arrays.copyOfRange(v6, 2, 6);
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<AddressBlock> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(AddressBlock::parse).toList();
    }
}
