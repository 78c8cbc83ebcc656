package eu.vigil.hashing.pdq;

import java.util.Objects;

/**
 * Which of the two upstream PDQ pipelines to reproduce. They differ only for images with a side
 * longer than 512 pixels.
 */
public enum PdqDefinition {

  /**
   * The PDQ algorithm on the pixels at full resolution: what python-threatexchange and HMA, the
   * upstream Java reference and the C++ library functions produce. The default.
   */
  FULL("full"),

  /**
   * What the upstream C++ command-line tool {@code pdq-photo-hasher} prints: an image with width or
   * height above 512 is first resized to exactly 512x512 by nearest neighbour (aspect ratio not
   * kept), then hashed. Differs from {@link #FULL} by a few bits on photos.
   */
  CLI512("cli512");

  private final String id;

  PdqDefinition(String id) {
    this.id = id;
  }

  /** The identifier used in configuration and on the command line: {@code full} or {@code cli512}. */
  public String id() {
    return id;
  }

  /**
   * The definition with the given identifier.
   *
   * @throws IllegalArgumentException if the identifier is neither {@code full} nor {@code cli512}
   */
  public static PdqDefinition ofId(String id) {
    Objects.requireNonNull(id, "id must not be null");
    for (PdqDefinition d : values()) {
      if (d.id.equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown PDQ definition \"" + id + "\", expected full or cli512");
  }
}
