package eu.vigil.hashing.pdq;

/** Layout of the 8-bit samples of one pixel in {@link Pixels}. */
public enum PixelFormat {

  /** One byte per pixel: the grey value, used as luminance as is. */
  GREY(1),

  /** Three bytes per pixel: red, green, blue. */
  RGB(3),

  /** Three bytes per pixel: blue, green, red (the layout of many decoders' buffers). */
  BGR(3);

  private final int channels;

  PixelFormat(int channels) {
    this.channels = channels;
  }

  /** Bytes per pixel. */
  public int channels() {
    return channels;
  }
}
