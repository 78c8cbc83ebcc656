package eu.vigil.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); an address without a
 * prefix length is a block of one. Only numeric addresses are accepted, never names.
 *
 * @param network the network's address bytes (4 or 16)
 * @param prefix  how many leading bits belong to the network
 */
record AddressBlock(byte[] network, int prefix) {

    private static final Pattern NUMERIC = Pattern.compile("[0-9a-fA-F:.]+");

    AddressBlock {
        network = network.clone();
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("prefix /" + prefix + " does not fit an address of " + network.length * 8 + " bits");
        }
    }

    /** Parses {@code address[/prefix]}; throws {@link IllegalArgumentException} if it is not one. */
    static AddressBlock parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (!NUMERIC.matcher(address).matches() || !(address.contains(":") || IpAddresses.isStandardIpv4(address))) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address block (CIDR)");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address block (CIDR)", e);
        }
        if (address.contains(":") && bytes.length == 4) {
            // Java folds ::ffff:a.b.c.d to IPv4; keep the block in IPv4 terms with the prefix shifted
            int prefix = slash < 0 ? 32 : Integer.parseInt(s.substring(slash + 1)) - 96;
            return new AddressBlock(bytes, prefix);
        }
        int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(s.substring(slash + 1));
        return new AddressBlock(bytes, prefix);
    }

    /** Whether {@code address} (4 or 16 bytes) lies in this block; IPv4 and IPv6 never match each other. */
    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressBlock b && b.prefix == prefix && Arrays.equals(b.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
