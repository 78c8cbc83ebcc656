package eu.vigil.hashing.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.hashing.HashingTestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile files fail with {@link UnreadableVideoException} and a clear message, within
 * bounded time: truncated, not a video, a playlist pointing elsewhere, frames too large, too many
 * frames, too slow, too big a file, no FFmpeg; and a file name that looks like an option is just a
 * file name.
 */
class FfmpegDecoderHostileInputTests {

  private static final Path CHAIR = HashingTestData.file("video/sample-videos/chair-19-sd-bar.mp4");
  private static final Path PADDED = HashingTestData.file("video/sample-videos/test-padded-dimensions.mp4");
  private static final FfmpegDecoder DECODER = new FfmpegDecoder();

  @TempDir
  Path dir;

  private static int countFrames(FfmpegDecoder decoder, Path file, FrameRequest request) throws IOException {
    AtomicInteger n = new AtomicInteger();
    decoder.decode(file, request, (number, pixels) -> n.incrementAndGet());
    return n.get();
  }

  @Test
  void aVideoCutOffInTheMiddleFailsInsteadOfGivingFewerFrames() throws IOException {
    Path cut = dir.resolve("cut.mp4");
    Files.write(cut, Arrays.copyOf(Files.readAllBytes(CHAIR), 500_000));
    assertThatThrownBy(() -> countFrames(DECODER, cut, FrameRequest.Decoded.ALL))
        .isInstanceOf(UnreadableVideoException.class).hasMessageContaining("could not decode");
  }

  @Test
  void aVideoCutOffBeforeItsIndexIsNotAVideo() throws IOException {
    Path cut = dir.resolve("cut.mp4");
    Files.write(cut, Arrays.copyOf(Files.readAllBytes(PADDED), 30_000));
    assertThatThrownBy(() -> DECODER.probe(cut))
        .isInstanceOf(UnreadableVideoException.class).hasMessageContaining("not a readable video")
        .hasMessageContaining("moov atom not found");
  }

  @Test
  void textAndImagesAreNotVideos() throws IOException {
    Path text = dir.resolve("notes.mp4");
    Files.writeString(text, "hello");
    assertThatThrownBy(() -> DECODER.probe(text)).isInstanceOf(UnreadableVideoException.class);
    Path png = HashingTestData.file("pdq/synthetic/noise-64x64.png");
    assertThatThrownBy(() -> DECODER.probe(png)).isInstanceOf(UnreadableVideoException.class)
        .hasMessageContaining("not a readable video");
  }

  @Test
  void aPlaylistThatWouldFetchOrReadOtherFilesIsRefused() throws IOException {
    Path playlist = dir.resolve("list.m3u8");
    Files.writeString(playlist, "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:" + CHAIR
        + "\n#EXTINF:10,\nhttp://127.0.0.1:9/x.ts\n#EXT-X-ENDLIST\n", StandardCharsets.US_ASCII);
    Path concat = dir.resolve("list.txt");
    Files.writeString(concat, "ffconcat version 1.0\nfile '" + CHAIR + "'\n");
    assertThatThrownBy(() -> DECODER.probe(playlist)).isInstanceOf(UnreadableVideoException.class)
        .hasMessageContaining("not on whitelist");
    assertThatThrownBy(() -> DECODER.probe(concat)).isInstanceOf(UnreadableVideoException.class);
  }

  @Test
  void framesLargerThanTheLimitAreRefusedBeforeDecoding() {
    FfmpegDecoder small = new FfmpegDecoder("ffmpeg", "ffprobe", new VideoLimits(1 << 30, 640 * 480, 1000,
        Duration.ofMinutes(1)));
    assertThatThrownBy(() -> countFrames(small, CHAIR, FrameRequest.Decoded.ALL))
        .isInstanceOf(UnreadableVideoException.class)
        .hasMessage("frames of 480x720 exceed the limit of 307200 pixels");
  }

  /** A one-pixel GIF whose header declares a {@code side x side} canvas. */
  private Path gifDeclaring(int side) throws IOException {
    ByteBuffer gif = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    gif.put("GIF89a".getBytes(StandardCharsets.US_ASCII)).putShort((short) side).putShort((short) side)
        .put((byte) 0x80).put((byte) 0).put((byte) 0).put(new byte[] {0, 0, 0, -1, -1, -1});
    gif.put((byte) ',').putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1).put((byte) 0);
    gif.put(new byte[] {2, 2, 0x44, 0x01, 0, ';'});
    Path file = dir.resolve("canvas-" + side + ".gif");
    Files.write(file, Arrays.copyOf(gif.array(), gif.position()));
    return file;
  }

  @Test
  void aTinyFileDeclaringHugeFramesIsRefusedWithoutDecodingThem() throws IOException {
    Path overLimit = gifDeclaring(7000);
    assertThatThrownBy(() -> countFrames(DECODER, overLimit, FrameRequest.Decoded.ALL))
        .isInstanceOf(UnreadableVideoException.class)
        .hasMessage("frames of 7000x7000 exceed the limit of 33177600 pixels");
    Path overDecoderCap = gifDeclaring(9000);
    assertThatThrownBy(() -> countFrames(DECODER, overDecoderCap, FrameRequest.Decoded.ALL))
        .isInstanceOf(UnreadableVideoException.class)
        .hasMessageStartingWith("the video stream has no usable frame size")
        .hasMessageContaining("exceeds specified max pixel count 66355200");
    Path small = gifDeclaring(64);
    assertThat(countFrames(DECODER, small, FrameRequest.Decoded.ALL)).isEqualTo(1);
  }

  @Test
  void aStreamWithMoreFramesThanTheLimitFails() throws IOException {
    FfmpegDecoder short50 = new FfmpegDecoder("ffmpeg", "ffprobe", new VideoLimits(1 << 30, 1 << 24, 50,
        Duration.ofMinutes(1)));
    assertThatThrownBy(() -> countFrames(short50, CHAIR, FrameRequest.Decoded.ALL))
        .isInstanceOf(UnreadableVideoException.class).hasMessage("the video has more than 50 frames (limit)");
    FfmpegDecoder exact = new FfmpegDecoder("ffmpeg", "ffprobe", new VideoLimits(1 << 30, 1 << 24, 564,
        Duration.ofMinutes(1)));
    assertThat(countFrames(exact, CHAIR, FrameRequest.Decoded.ALL)).isEqualTo(564);
  }

  @Test
  void decodingThatTakesLongerThanTheLimitIsKilled() {
    FfmpegDecoder hurried = new FfmpegDecoder("ffmpeg", "ffprobe", new VideoLimits(1 << 30, 1 << 24, 100_000,
        Duration.ofMillis(400)));
    long start = System.nanoTime();
    assertThatThrownBy(() -> hurried.decode(CHAIR, FrameRequest.Decoded.ALL, (n, pixels) -> LockSupport.parkNanos(5_000_000)))
        .isInstanceOf(UnreadableVideoException.class).hasMessageContaining("longer than the time limit");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aFileLargerThanTheLimitIsNotOpened() {
    FfmpegDecoder tiny = new FfmpegDecoder("ffmpeg", "ffprobe", new VideoLimits(1000, 1 << 24, 100,
        Duration.ofMinutes(1)));
    assertThatThrownBy(() -> tiny.probe(CHAIR)).isInstanceOf(UnreadableVideoException.class)
        .hasMessage("the file has 2117802 bytes, more than the limit of 1000");
    assertThatThrownBy(() -> DECODER.probe(dir.resolve("missing.mp4"))).isInstanceOf(UnreadableVideoException.class)
        .hasMessageContaining("not a regular file");
  }

  @Test
  void withoutFfmpegTheErrorSaysSo() {
    FfmpegDecoder none = new FfmpegDecoder("/nonexistent/ffmpeg", "/nonexistent/ffprobe", VideoLimits.DEFAULT);
    assertThatThrownBy(() -> none.probe(CHAIR)).isInstanceOf(UnreadableVideoException.class)
        .hasMessageContaining("is FFmpeg installed?");
  }

  @Test
  void aFileNamedLikeAnOptionOrAProtocolIsJustAFile() throws IOException {
    Path odd = dir.resolve("-i http:x;$(id)");
    Files.copy(PADDED, odd);
    VideoInfo info = DECODER.probe(odd);
    assertThat(info).isEqualTo(new VideoInfo(1080, 1080, 30.0));
    assertThat(countFrames(DECODER, odd, new FrameRequest.Decoded(0, 64))).isEqualTo(150);
  }
}
