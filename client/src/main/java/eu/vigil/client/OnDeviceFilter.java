package eu.vigil.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Objects;

import eu.vigil.hashing.ExactHash;
import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.SignalType;

/**
 * The filter a device holds instead of the bank: a Bloom filter of <em>keyed digests of hash segments</em>, which
 * answers "maybe in the bank" or "certainly not" for a PDQ hash within Hamming distance 31 of a bank hash, and
 * for an exact MD5 or SHA-256 hash. See {@code docs/adr/0014-on-device-matcher-filter.md}.
 *
 * <p>Each bank PDQ hash is cut into {@value #SEGMENTS} segments of 32 bits (multi-index hashing); the filter
 * stores, for every segment {@code s} with value {@code v}, the SipHash-2-4 of {@code (s, v)} under a random
 * 128-bit filter key, as {@code k} bit positions. By the pigeonhole principle, a query within distance 31 of a bank
 * hash has at least one segment within {@value #PROBE_RADIUS} bits of that hash's segment (8 x 4 > 31), so probing
 * each query segment's neighbourhood of radius 3 (5,489 values per segment, 43,912 in all) finds every true match:
 * the filter has <b>no false negatives</b> up to distance 31. It has false positives: a segment of an unrelated
 * hash may come near a segment of some bank hash, and the Bloom filter itself errs (sized for about 1e-8 per
 * probe). The filter holds no hash, no id and no label; its holder can still test any candidate hash against it.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class OnDeviceFilter {

    /** Segments a PDQ hash is cut into. */
    public static final int SEGMENTS = 8;
    /** Bits per segment. */
    public static final int SEGMENT_BITS = PdqHash.BITS / SEGMENTS;
    /** Radius probed around each segment of a query. */
    public static final int PROBE_RADIUS = 3;
    /** The largest PDQ distance the filter is guaranteed to find: SEGMENTS * (PROBE_RADIUS + 1) - 1. */
    public static final int RADIUS = SEGMENTS * (PROBE_RADIUS + 1) - 1;
    /** Target error rate of one Bloom probe. */
    public static final double PROBE_ERROR = 1e-8;

    private static final long MAGIC = 0x5647_4F44_464C_5431L; // "VGODFLT1"
    private static final int VERSION = 1;
    private static final long TAG_PDQ = 0x5044_5100L;
    private static final long TAG_MD5 = 0x4D44_3500L;
    private static final long TAG_SHA256 = 0x5348_4132L;

    private final long k0;
    private final long k1;
    private final long[] bits;
    private final long size; // number of bits
    private final int hashes; // bit positions per item

    private OnDeviceFilter(long k0, long k1, long[] bits, int hashes) {
        this.k0 = k0;
        this.k1 = k1;
        this.bits = bits;
        this.size = (long) bits.length * 64;
        this.hashes = hashes;
    }

    /** Builds the filter of a replica's PDQ and exact hashes with a fresh random key. */
    public static OnDeviceFilter of(BankReplica replica) {
        return build(replica.pdqHashes(), replica.exactHashes(), new SecureRandom());
    }

    /** Builds a filter; the 128-bit key is drawn from {@code random}. */
    public static OnDeviceFilter build(Collection<PdqHash> pdq, Collection<ExactHash> exact, java.util.Random random) {
        long items = (long) pdq.size() * SEGMENTS + exact.size();
        double bitsPerItem = -Math.log(PROBE_ERROR) / (Math.log(2) * Math.log(2));
        long wanted = Math.max(1 << 16, (long) Math.ceil(Math.max(1, items) * bitsPerItem));
        long words = (wanted + 63) / 64;
        if (words > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many hashes for one filter: " + items + " items");
        }
        int k = (int) Math.max(1, Math.round(bitsPerItem * Math.log(2)));
        OnDeviceFilter f = new OnDeviceFilter(random.nextLong(), random.nextLong(), new long[(int) words], k);
        for (PdqHash h : pdq) {
            for (int s = 0; s < SEGMENTS; s++) {
                f.add(SipHash.hash(f.k0, f.k1, TAG_PDQ | s, segment(h, s) & 0xffff_ffffL));
            }
        }
        for (ExactHash e : exact) {
            f.add(exactDigest(f.k0, f.k1, e));
        }
        return f;
    }

    /** Whether the filter may hold a PDQ hash within distance {@link #RADIUS} of {@code query}. */
    public boolean mayContain(PdqHash query) {
        for (int s = 0; s < SEGMENTS; s++) {
            if (segmentNeighbourhoodHit(s, segment(query, s))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the filter may hold this MD5 or SHA-256 hash. */
    public boolean mayContain(ExactHash hash) {
        return contains(exactDigest(k0, k1, hash));
    }

    /** Size of the filter's bit array in bytes. */
    public long sizeInBytes() {
        return (long) bits.length * 8;
    }

    /** Bit positions set per item. */
    public int hashFunctions() {
        return hashes;
    }

    /** Fraction of bits set. */
    public double fillRatio() {
        long set = 0;
        for (long w : bits) {
            set += Long.bitCount(w);
        }
        return (double) set / size;
    }

    private boolean segmentNeighbourhoodHit(int s, int v) {
        long tag = TAG_PDQ | s;
        if (probe(tag, v)) {
            return true;
        }
        for (int a = 0; a < SEGMENT_BITS; a++) {
            int va = v ^ (1 << a);
            if (probe(tag, va)) {
                return true;
            }
            for (int b = a + 1; b < SEGMENT_BITS; b++) {
                int vb = va ^ (1 << b);
                if (probe(tag, vb)) {
                    return true;
                }
                for (int c = b + 1; c < SEGMENT_BITS; c++) {
                    if (probe(tag, vb ^ (1 << c))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean probe(long tag, int value) {
        return contains(SipHash.hash(k0, k1, tag, value & 0xffff_ffffL));
    }

    static int segment(PdqHash h, int s) {
        return (int) (h.word(s >>> 1) >>> ((s & 1) * 32));
    }

    private static long exactDigest(long k0, long k1, ExactHash e) {
        byte[] d = e.digest();
        ByteBuffer buf = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
        long[] words = new long[1 + d.length / 8];
        words[0] = e.type() == SignalType.MD5 ? TAG_MD5 : TAG_SHA256;
        for (int i = 1; i < words.length; i++) {
            words[i] = buf.getLong();
        }
        return SipHash.hash(k0, k1, words);
    }

    // Each of the k bit positions is an independent mix of the item's keyed digest. (Double hashing,
    // digest + i * h2, was tried first: in small filters its arithmetic progressions overlap so often that the
    // 43,912 probes of one query almost always hit one; independent positions keep the error at fill^k.)
    private long position(long digest, int i) {
        return Long.remainderUnsigned(mix(digest + (i + 1) * 0x9E3779B97F4A7C15L), size);
    }

    private void add(long digest) {
        for (int i = 0; i < hashes; i++) {
            long bit = position(digest, i);
            bits[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    private boolean contains(long digest) {
        for (int i = 0; i < hashes; i++) {
            long bit = position(digest, i);
            if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Writes the filter (to ship it to devices): magic, version, key, hash count, bit array. */
    public void writeTo(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        d.writeLong(MAGIC);
        d.writeInt(VERSION);
        d.writeLong(k0);
        d.writeLong(k1);
        d.writeInt(hashes);
        d.writeInt(bits.length);
        for (long w : bits) {
            d.writeLong(w);
        }
        d.flush();
    }

    /** Reads a filter written by {@link #writeTo}. */
    public static OnDeviceFilter readFrom(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(Objects.requireNonNull(in), 1 << 16));
        if (d.readLong() != MAGIC) {
            throw new IOException("not an on-device filter");
        }
        int version = d.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported on-device filter version " + version);
        }
        long k0 = d.readLong();
        long k1 = d.readLong();
        int k = d.readInt();
        int n = d.readInt();
        if (k < 1 || k > 64 || n < 1) {
            throw new IOException("corrupt on-device filter header");
        }
        long[] bits = new long[n];
        for (int i = 0; i < n; i++) {
            bits[i] = d.readLong();
        }
        return new OnDeviceFilter(k0, k1, bits, k);
    }
}
