package eu.vigil.hashing.tmk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The upstream binary {@code .tmk} file ({@code tmk/cpp/io/tmkio}, {@code TMKFeatureVectors::write}),
 * little-endian: a 32-byte header ({@code "TMK1"}, {@code "FVEC"}, algorithm {@code "PDQF"}, then the
 * int32 frame rate, period count P, coefficient count C, dimension D and frame count), then P int32
 * periods, C float32 coefficients, D float32 average feature, P x C x D cosine floats, P x C x D sine
 * floats. With the upstream parameters (P = 4, C = 32, D = 256) every file is {@value #UPSTREAM_SIZE}
 * bytes. Writing what was read gives the same bytes.
 *
 * <p>Reading is bounded: at most {@value #MAX_PERIODS} periods, {@value #MAX_COEFFICIENTS}
 * coefficients, periods up to {@value #MAX_PERIOD} frames, and the dimension must be the PDQF
 * dimension 256; so a hostile header cannot make the reader allocate or the scorer loop without
 * bound.
 */
public final class TmkFormat {

  /** Size of a file with the upstream parameters (4 periods, 32 coefficients, dimension 256). */
  public static final int UPSTREAM_SIZE = 263_344;

  /** Most periods a file may declare. */
  public static final int MAX_PERIODS = 16;

  /** Most Fourier coefficients a file may declare. */
  public static final int MAX_COEFFICIENTS = 128;

  /** Longest period, in frames, a file may declare. */
  public static final int MAX_PERIOD = 1 << 20;

  /** The only frame-feature algorithm supported, PDQ float, with its dimension. */
  public static final int PDQF_DIMENSION = 256;

  private static final int HEADER = 32;
  private static final byte[] PROJECT = ascii("TMK1");
  private static final byte[] FILE_TYPE = ascii("FVEC");
  private static final byte[] ALGORITHM = ascii("PDQF");

  private TmkFormat() {}

  /** The bytes of the hash in the upstream format. */
  public static byte[] toBytes(TmkHash hash) {
    Objects.requireNonNull(hash, "hash must not be null");
    int p = hash.periodsRaw().length;
    int c = hash.coefficientsRaw().length;
    int d = hash.dimension();
    ByteBuffer out = ByteBuffer.allocate(sizeOf(p, c, d)).order(ByteOrder.LITTLE_ENDIAN);
    out.put(PROJECT).put(FILE_TYPE).put(ALGORITHM);
    out.putInt(hash.framesPerSecond()).putInt(p).putInt(c).putInt(d).putInt(hash.frameCount());
    for (int period : hash.periodsRaw()) {
      out.putInt(period);
    }
    putFloats(out, hash.coefficientsRaw());
    putFloats(out, hash.averageRaw());
    putFloats(out, hash.cosRaw());
    putFloats(out, hash.sinRaw());
    return out.array();
  }

  /** Writes the hash in the upstream format; does not close the stream. */
  public static void write(TmkHash hash, OutputStream out) throws IOException {
    out.write(toBytes(hash));
  }

  /**
   * Reads one hash: exactly the bytes the header announces must be present, and nothing after them.
   *
   * @throws TmkFormatException if the bytes are not a well-formed PDQF {@code .tmk} file
   */
  public static TmkHash fromBytes(byte[] bytes) throws TmkFormatException {
    Objects.requireNonNull(bytes, "bytes must not be null");
    if (bytes.length < HEADER) {
      throw new TmkFormatException("a .tmk file has a 32-byte header, got only " + bytes.length + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    expectMagic(in, PROJECT, "project");
    expectMagic(in, FILE_TYPE, "file type");
    expectMagic(in, ALGORITHM, "frame-feature algorithm");
    int fps = in.getInt();
    int p = in.getInt();
    int c = in.getInt();
    int d = in.getInt();
    int frameCount = in.getInt();
    if (p < 0 || p > MAX_PERIODS) {
      throw new TmkFormatException("period count must be 0..%d, got %d".formatted(MAX_PERIODS, p));
    }
    if (c < 0 || c > MAX_COEFFICIENTS) {
      throw new TmkFormatException("coefficient count must be 0..%d, got %d".formatted(MAX_COEFFICIENTS, c));
    }
    if (d != PDQF_DIMENSION) {
      throw new TmkFormatException("PDQF frame features have dimension %d, got %d".formatted(PDQF_DIMENSION, d));
    }
    int size = sizeOf(p, c, d);
    if (bytes.length != size) {
      throw new TmkFormatException("the header announces %d periods, %d coefficients, dimension %d = %d bytes, got %d"
          .formatted(p, c, d, size, bytes.length));
    }
    int[] periods = new int[p];
    for (int i = 0; i < p; i++) {
      periods[i] = in.getInt();
      if (periods[i] < 1 || periods[i] > MAX_PERIOD) {
        throw new TmkFormatException("period %d must be 1..%d frames, got %d".formatted(i, MAX_PERIOD, periods[i]));
      }
    }
    float[] coefficients = floats(in, c);
    float[] average = floats(in, d);
    float[] cos = floats(in, p * c * d);
    float[] sin = floats(in, p * c * d);
    return new TmkHash(fps, frameCount, periods, coefficients, average, cos, sin);
  }

  /**
   * Reads one hash from a stream, reading at most the largest size the limits allow.
   *
   * @throws TmkFormatException if the bytes are not a well-formed PDQF {@code .tmk} file
   */
  public static TmkHash read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    int limit = sizeOf(MAX_PERIODS, MAX_COEFFICIENTS, PDQF_DIMENSION);
    byte[] bytes = in.readNBytes(limit + 1);
    if (bytes.length > limit) {
      throw new TmkFormatException("a .tmk file is at most " + limit + " bytes, this one is longer");
    }
    return fromBytes(bytes);
  }

  /** Bytes of a file with these dimensions. */
  static int sizeOf(int periods, int coefficients, int dimension) {
    return HEADER + 4 * (periods + coefficients + dimension + 2 * periods * coefficients * dimension);
  }

  private static void expectMagic(ByteBuffer in, byte[] magic, String what) throws TmkFormatException {
    byte[] got = new byte[4];
    in.get(got);
    if (!java.util.Arrays.equals(got, magic)) {
      throw new TmkFormatException("%s magic must be \"%s\", got %s".formatted(what,
          new String(magic, StandardCharsets.US_ASCII), printable(got)));
    }
  }

  private static String printable(byte[] got) {
    StringBuilder out = new StringBuilder("\"");
    for (byte b : got) {
      out.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : "\\x%02x".formatted(b & 0xff));
    }
    return out.append('"').toString();
  }

  private static float[] floats(ByteBuffer in, int n) {
    float[] out = new float[n];
    in.asFloatBuffer().get(out);
    in.position(in.position() + 4 * n);
    return out;
  }

  private static void putFloats(ByteBuffer out, float[] values) {
    out.asFloatBuffer().put(values);
    out.position(out.position() + 4 * values.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
