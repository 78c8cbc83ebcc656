package eu.vigil.benchmarks;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A reproducible set of 1280x800 (1.02 MP) JPEGs, quality 85, like the set the C++ anchor was
 * measured on (shared/specs/hashing.md §2): random crops (45-100 % of the width) of the test
 * photos in the repository's {@code testdata/hashing}, resized bilinearly, randomly mirrored,
 * brightness x0.8-1.2.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar eu.vigil.benchmarks.JpegSet OUT_DIR [COUNT]}
 * writes the set to a folder, e.g. for {@code ./vigil bench hash OUT_DIR}.
 */
public final class JpegSet {

  static final int WIDTH = 1280;
  static final int HEIGHT = 800;
  private static final String[] SOURCES = {
    "pdq/images/reg-test-input/dih/bridge-1-original.jpg",
    "pdq/images/reg-test-input/exif-rotn-small/exif-rotn-1-small.jpg",
    "pdq/images/reg-test-input/exif-rotn-small/exif-rotn-3-small.jpg",
    "pdq/images/reg-test-input/exif-rotn-small/exif-rotn-6-small.jpg",
    "pdq/images/reg-test-input/exif-rotn-small/exif-rotn-8-small.jpg",
    "pdq/images/misc-images/c.png",
    "pdq/images/reg-test-input/pen-and-coaster.png",
  };

  private JpegSet() {}

  /** Writes the set: {@code OUT_DIR [COUNT]} (default 100 images). */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: JpegSet OUT_DIR [COUNT]");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    List<byte[]> images = generate(count, 12345);
    for (int i = 0; i < images.size(); i++) {
      Files.write(dir.resolve("bench-%04d.jpg".formatted(i)), images.get(i));
    }
    System.out.println("wrote " + images.size() + " JPEGs of " + WIDTH + "x" + HEIGHT + " to " + dir);
  }

  /** {@code count} JPEG files as bytes, the same for the same seed. */
  public static List<byte[]> generate(int count, long seed) {
    Path root = testData();
    List<BufferedImage> sources = new ArrayList<>();
    try {
      for (String source : SOURCES) {
        BufferedImage image = ImageIO.read(root.resolve(source).toFile());
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        sources.add(rgb);
      }
      SplittableRandom random = new SplittableRandom(seed);
      List<byte[]> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(jpeg(variant(sources.get(i % sources.size()), random)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage variant(BufferedImage source, SplittableRandom random) {
    int w = source.getWidth();
    int h = source.getHeight();
    double share = 0.45 + 0.55 * random.nextDouble();
    int cropW = Math.max(16, (int) (w * share));
    int cropH = Math.max(10, Math.min(h, cropW * HEIGHT / WIDTH));
    int x = random.nextInt(w - cropW + 1);
    int y = random.nextInt(h - cropH + 1);
    boolean mirror = random.nextBoolean();
    BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    if (mirror) {
      g.drawImage(source, WIDTH, 0, 0, HEIGHT, x, y, x + cropW, y + cropH, null);
    } else {
      g.drawImage(source, 0, 0, WIDTH, HEIGHT, x, y, x + cropW, y + cropH, null);
    }
    g.dispose();
    float brightness = (float) (0.8 + 0.4 * random.nextDouble());
    return new RescaleOp(brightness, 0f, null).filter(out, null);
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The repository's {@code testdata/hashing}, found by walking up from the working directory. */
  static Path testData() {
    return locate(Path.of(""));
  }

  /**
   * The repository's {@code testdata/hashing}: below the first folder at or above {@code start} that holds
   * {@code mvnw}. Fails (never skips) with a message naming the path it expected.
   */
  static Path locate(Path start) {
    Path from = start.toAbsolutePath();
    for (Path d = from; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("mvnw"))) {
        Path data = d.resolve("testdata").resolve("hashing");
        if (!Files.isDirectory(data)) {
          throw new IllegalStateException("hashing test vectors missing: expected the folder " + data
              + " (part of the repository, see testdata/hashing/README.md)");
        }
        return data;
      }
    }
    throw new IllegalStateException("hashing test vectors not found: no folder holding mvnw at or above " + from
        + ", expected <repository>/testdata/hashing");
  }
}
