package eu.vigil.hashing.video;

import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.hashing.pdq.PdqResult;
import eu.vigil.hashing.tmk.TmkHash;
import eu.vigil.hashing.tmk.TmkHasher;
import eu.vigil.hashing.vpdq.VpdqFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Hashes video files to vPDQ and TMK+PDQF, decoding with an {@link FfmpegDecoder}.
 *
 * <ul>
 *   <li><b>vPDQ</b> as upstream {@code vpdq-hash-video}: the decoded frames in decoding order (sampled
 *       and downscaled per {@link VpdqSampling}), each hashed with PDQ at its own resolution
 *       ({@link eu.vigil.hashing.pdq.PdqDefinition#FULL}); timestamp = frame number / frame rate in
 *       float, as upstream.
 *   <li><b>TMK+PDQF</b> as upstream {@code tmk-hash-video}: frames resampled by FFmpeg to 15 fps and
 *       64x64, fed to a {@link TmkHasher}.
 * </ul>
 *
 * <p>Thread-safe if the decoder is (the default one is): each call uses its own hashers.
 */
public final class VideoHasher {

  private final FfmpegDecoder decoder;

  /** A hasher using {@code ffmpeg} from the {@code PATH} with default limits. */
  public VideoHasher() {
    this(new FfmpegDecoder());
  }

  /** A hasher using the given decoder. */
  public VideoHasher(FfmpegDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder must not be null");
  }

  /** Told after each hashed frame how many frames have been hashed so far (for progress displays). */
  @FunctionalInterface
  public interface FrameProgress {

    /** No reports. */
    FrameProgress NONE = frames -> {};

    /**
     * A frame has been hashed.
     *
     * @param framesDone frames hashed so far in this call, from 1
     */
    void framesDone(int framesDone);
  }

  /** The vPDQ hash of the video: one frame hash per sampled frame. */
  public List<VpdqFrame> vpdq(Path video, VpdqSampling sampling) throws IOException {
    return vpdq(video, sampling, FrameProgress.NONE);
  }

  /** The vPDQ hash of the video, reporting each hashed frame to {@code progress}. */
  public List<VpdqFrame> vpdq(Path video, VpdqSampling sampling, FrameProgress progress) throws IOException {
    Objects.requireNonNull(sampling, "sampling must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    PdqHasher pdq = new PdqHasher();
    List<Integer> numbers = new ArrayList<>();
    List<PdqResult> results = new ArrayList<>();
    VideoInfo info = decoder.decode(video, sampling.request(), (number, pixels) -> {
      numbers.add(number);
      results.add(pdq.hash(pixels));
      progress.framesDone(results.size());
    });
    float rate = (float) info.frameRate();
    List<VpdqFrame> frames = new ArrayList<>(results.size());
    for (int i = 0; i < results.size(); i++) {
      int number = numbers.get(i);
      PdqResult r = results.get(i);
      frames.add(new VpdqFrame(number, r.quality(), r.hash(), (float) number / rate));
    }
    return List.copyOf(frames);
  }

  /** The TMK+PDQF hash of the video. */
  public TmkHash tmk(Path video) throws IOException {
    return tmk(video, FrameProgress.NONE);
  }

  /** The TMK+PDQF hash of the video, reporting each frame (of the 15 fps stream) to {@code progress}. */
  public TmkHash tmk(Path video, FrameProgress progress) throws IOException {
    Objects.requireNonNull(progress, "progress must not be null");
    TmkHasher tmk = new TmkHasher();
    decoder.decode(video, new FrameRequest.Resampled(TmkHasher.FRAME_SIDE, TmkHasher.FRAME_SIDE,
        TmkHasher.FRAMES_PER_SECOND), (number, pixels) -> {
          tmk.addFrame(pixels);
          progress.framesDone(tmk.frameCount());
        });
    return tmk.finish();
  }

  /**
   * About how many frames {@link #vpdq} will hash, from the container's duration and the stream's
   * frame rate (for progress displays only); 0 if the duration is unknown.
   */
  public long expectedVpdqFrames(Path video, VpdqSampling sampling) throws IOException {
    VideoInfo info = decoder.probe(video);
    double seconds = decoder.durationSeconds(video);
    if (!(seconds > 0)) {
      return 0;
    }
    return (long) Math.ceil(seconds * info.frameRate() / sampling.request().step(info.frameRate()));
  }

  /** About how many frames {@link #tmk} will take (15 a second); 0 if the duration is unknown. */
  public long expectedTmkFrames(Path video) throws IOException {
    double seconds = decoder.durationSeconds(video);
    return seconds > 0 ? Math.round(seconds * TmkHasher.FRAMES_PER_SECOND) : 0;
  }
}
