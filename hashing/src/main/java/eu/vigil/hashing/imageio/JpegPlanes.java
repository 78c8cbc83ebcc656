package eu.vigil.hashing.imageio;

/**
 * The decoded samples of a baseline JPEG, before upsampling and colour conversion: the luma (or
 * grey) plane at full size and, for YCbCr, the chroma at {@code chromaWidth x chromaHeight}, both
 * components packed in one int per sample ({@code cb | cr << 16}, as {@link YccToRgb} filters
 * them). Luma is sampled {@code hY x vY} times as densely as chroma (1x1, 2x1 or 2x2).
 *
 * @param chroma {@code null} for a grey image
 */
record JpegPlanes(int width, int height, int hY, int vY, int chromaWidth, int chromaHeight,
    byte[] y, int[] chroma) {

  /** Planes to decode into: freshly allocated. */
  static JpegPlanes allocate(int width, int height, int hY, int vY, int chromaWidth, int chromaHeight,
      boolean colour) {
    return new JpegPlanes(width, height, hY, vY, chromaWidth, chromaHeight, new byte[width * height],
        colour ? new int[chromaWidth * chromaHeight] : null);
  }
}
