package eu.vigil.hashing.video;

import eu.vigil.hashing.pdq.Pixels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes video files with the {@code ffmpeg} and {@code ffprobe} programs (Debian package
 * {@code ffmpeg}) run as subprocesses, streaming raw RGB frames through a pipe (see ADR 0030).
 *
 * <p>Hostile input is contained: the file is named as {@code file:<absolute path>} (no protocol
 * tricks, no option injection), only the container formats in {@link #FORMATS} are opened (no
 * playlists that fetch URLs or read other files), the file size and frame size are checked before
 * decoding and the frame size again inside the decoder ({@code -max_pixels}, twice the limit to
 * leave room for coded sizes padded to macroblocks), output frames are
 * forced to the probed size, decoding errors and truncation fail ({@code -xerror}), at most
 * {@code maxFrames} frames are read, and the subprocess is killed when the time limit runs out.
 * Memory in this process is one frame buffer. One decoder may be used by several threads.
 */
public final class FfmpegDecoder {

  /** The container formats (FFmpeg demuxer names) that are opened; anything else is refused. */
  public static final String FORMATS = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,flv,mpegts,mpeg,ogg,gif";

  private static final int STDERR_TAIL = 600;

  private final String ffmpeg;
  private final String ffprobe;
  private final VideoLimits limits;

  /** {@code ffmpeg} and {@code ffprobe} from the {@code PATH}, {@link VideoLimits#DEFAULT} limits. */
  public FfmpegDecoder() {
    this("ffmpeg", "ffprobe", VideoLimits.DEFAULT);
  }

  /** The given programs and limits. */
  public FfmpegDecoder(String ffmpeg, String ffprobe, VideoLimits limits) {
    this.ffmpeg = Objects.requireNonNull(ffmpeg, "ffmpeg must not be null");
    this.ffprobe = Objects.requireNonNull(ffprobe, "ffprobe must not be null");
    this.limits = Objects.requireNonNull(limits, "limits must not be null");
  }

  /** The limits this decoder enforces. */
  public VideoLimits limits() {
    return limits;
  }

  /** Receives decoded frames; the pixels are only valid during the call (the buffer is reused). */
  @FunctionalInterface
  public interface FrameConsumer {

    /**
     * One frame.
     *
     * @param frameNumber the frame's number: in decoding order (counting skipped frames) for
     *     {@link FrameRequest.Decoded},
     *     in the resampled stream for {@link FrameRequest.Resampled}
     * @param frame RGB pixels
     */
    void frame(int frameNumber, Pixels frame) throws IOException;
  }

  /** The dimensions and frame rate of the file's first video stream. */
  public VideoInfo probe(Path file) throws IOException {
    return probe(checked(file), deadline());
  }

  /**
   * Decodes the file's first video stream and hands the requested frames to {@code consumer} in
   * order.
   *
   * @return the stream's properties as probed
   * @throws UnreadableVideoException if the file cannot be decoded within the limits
   */
  public VideoInfo decode(Path file, FrameRequest request, FrameConsumer consumer) throws IOException {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(consumer, "consumer must not be null");
    Path input = checked(file);
    long deadline = deadline();
    VideoInfo info = probe(input, deadline);
    int width;
    int height;
    int step;
    List<String> output = new ArrayList<>();
    switch (request) {
      case FrameRequest.Decoded d -> {
        width = d.side() > 0 ? d.side() : info.width();
        height = d.side() > 0 ? d.side() : info.height();
        step = d.step(info.frameRate());
        String select = step > 1 ? "select='not(mod(n\\,%d))',".formatted(step) : "";
        output.addAll(List.of("-vf", select + "scale=%d:%d:flags=area".formatted(width, height),
            "-fps_mode", "passthrough"));
      }
      case FrameRequest.Resampled r -> {
        width = r.width();
        height = r.height();
        step = 1;
        output.addAll(List.of("-s", width + ":" + height, "-r", Integer.toString(r.framesPerSecond())));
      }
    }
    List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-v", "error", "-xerror"));
    if (request instanceof FrameRequest.Decoded) {
      command.add("-noautorotate");
    }
    command.addAll(inputOptions(input));
    command.addAll(List.of("-map", "0:v:0", "-an", "-sn", "-dn"));
    command.addAll(output);
    command.addAll(List.of("-frames:v", Integer.toString(limits.maxFrames() + 1),
        "-f", "rawvideo", "-c:v", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"));
    byte[] buffer = new byte[Math.multiplyExact(Math.multiplyExact(width, height), 3)];
    try (Subprocess p = Subprocess.start(command, deadline, STDERR_TAIL)) {
      InputStream in = p.stdout();
      int frames = 0;
      while (true) {
        int n;
        try {
          n = in.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
          // the watchdog may kill the decoder while we read: its pipe then closes under us
          if (p.timedOut()) {
            throw new UnreadableVideoException("decoding took longer than the time limit");
          }
          throw e;
        }
        if (n == 0) {
          break;
        }
        if (n < buffer.length) {
          p.finish();
          throw new UnreadableVideoException(p.describe("the decoder's output ended inside frame " + frames));
        }
        if (frames == limits.maxFrames()) {
          throw new UnreadableVideoException("the video has more than %d frames (limit)".formatted(limits.maxFrames()));
        }
        consumer.frame(frames * step, Pixels.rgb(width, height, buffer));
        frames++;
      }
      int exit = p.finish();
      if (exit != 0) {
        throw new UnreadableVideoException(p.describe("ffmpeg could not decode the video (exit code " + exit + ")"));
      }
    }
    return info;
  }

  /**
   * The container's duration in seconds as {@code ffprobe} reports it, NaN if it does not know
   * (for progress estimates; a hostile file may lie about it).
   */
  public double durationSeconds(Path file) throws IOException {
    Path input = checked(file);
    List<String> command = new ArrayList<>(List.of(ffprobe, "-hide_banner", "-v", "error"));
    command.addAll(inputOptions(input));
    command.addAll(List.of("-show_entries", "format=duration", "-of", "default=noprint_wrappers=1:nokey=1"));
    try (Subprocess p = Subprocess.start(command, deadline(), STDERR_TAIL)) {
      String out = new String(p.stdout().readNBytes(256), java.nio.charset.StandardCharsets.US_ASCII).strip();
      if (p.finish() != 0) {
        return Double.NaN;
      }
      double seconds = rational(out);
      return seconds > 0 && !Double.isInfinite(seconds) ? seconds : Double.NaN;
    }
  }

  private VideoInfo probe(Path input, long deadline) throws IOException {
    List<String> command = new ArrayList<>(List.of(ffprobe, "-hide_banner", "-v", "error"));
    command.addAll(inputOptions(input));
    command.addAll(List.of("-select_streams", "v:0",
        "-show_entries", "stream=width,height,avg_frame_rate,r_frame_rate", "-of", "default=noprint_wrappers=1"));
    String out;
    String noSize;
    try (Subprocess p = Subprocess.start(command, deadline, STDERR_TAIL)) {
      out = new String(p.stdout().readNBytes(4096), java.nio.charset.StandardCharsets.US_ASCII);
      int exit = p.finish();
      if (exit != 0) {
        throw new UnreadableVideoException(p.describe("not a readable video (ffprobe exit code " + exit + ")"));
      }
      noSize = p.describe("the video stream has no usable frame size");
    }
    Map<String, String> fields = new HashMap<>();
    for (String line : out.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        fields.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    if (!fields.containsKey("width")) {
      throw new UnreadableVideoException("the file has no video stream");
    }
    int width = integer(fields.get("width"));
    int height = integer(fields.get("height"));
    if (width < 1 || height < 1) {
      // ffprobe reports 0x0 when the decoder refused the declared size (for instance above -max_pixels)
      throw new UnreadableVideoException(noSize);
    }
    if ((long) width * height > limits.maxPixels()) {
      throw new UnreadableVideoException("frames of %dx%d exceed the limit of %d pixels"
          .formatted(width, height, limits.maxPixels()));
    }
    double rate = rational(fields.get("avg_frame_rate"));
    if (!(rate > 0)) {
      rate = rational(fields.get("r_frame_rate"));
    }
    if (!(rate > 0) || rate > 1000) {
      throw new UnreadableVideoException("the video stream has no usable frame rate");
    }
    return new VideoInfo(width, height, rate);
  }

  private List<String> inputOptions(Path input) {
    return List.of("-format_whitelist", FORMATS, "-max_pixels",
        Long.toString(Math.min(Integer.MAX_VALUE, 2 * limits.maxPixels())),
        "-i", "file:" + input);
  }

  private Path checked(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Path input = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(input)) {
      throw new UnreadableVideoException("not a regular file: " + file);
    }
    long size = Files.size(input);
    if (size > limits.maxInputBytes()) {
      throw new UnreadableVideoException("the file has %d bytes, more than the limit of %d"
          .formatted(size, limits.maxInputBytes()));
    }
    return input;
  }

  private long deadline() {
    return System.nanoTime() + limits.timeout().toNanos();
  }

  private static int integer(String s) {
    try {
      return s == null ? -1 : Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** {@code "30000/1001"} or {@code "25"} as a number; NaN if unknown ({@code "0/0"}). */
  static double rational(String s) {
    if (s == null) {
      return Double.NaN;
    }
    try {
      int slash = s.indexOf('/');
      if (slash < 0) {
        return Double.parseDouble(s);
      }
      double num = Long.parseLong(s.substring(0, slash));
      double den = Long.parseLong(s.substring(slash + 1));
      return den == 0 ? Double.NaN : num / den;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
