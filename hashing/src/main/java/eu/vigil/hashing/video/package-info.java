/**
 * Decoding video files into frames with FFmpeg run as a subprocess ({@link
 * eu.vigil.hashing.video.FfmpegDecoder}, bounded in time, memory, frames and input formats), and
 * hashing them to vPDQ and TMK+PDQF ({@link eu.vigil.hashing.video.VideoHasher}). See ADR 0030 for
 * why a subprocess. Uses {@code java.base} only; the {@code ffmpeg} and {@code ffprobe} programs
 * must be installed.
 */
@NullMarked
package eu.vigil.hashing.video;

import org.jspecify.annotations.NullMarked;
