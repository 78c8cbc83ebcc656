package eu.vigil.hashing.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The PDQ index snapshot file, version 1. All numbers little-endian.
 *
 * <pre>
 * offset  size        content
 * 0       8           magic "VGPDQIDX"
 * 8       4           format version = 1
 * 12      4           reserved, 0
 * 16      8           entry count n
 * 24      32 n        hashes, 4 words each, bits 0..63 first (see PdqHash)
 * 24+32n  8 n         ids, in the same order
 * 24+40n  4           CRC-32C of all preceding bytes
 * </pre>
 *
 * Hashes and ids are stored as blocks so loading is a bulk copy into arrays.
 */
final class SnapshotFormat {

  static final byte[] MAGIC = "VGPDQIDX".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;
  static final int HEADER_BYTES = 24;
  private static final int CHUNK_LONGS = 1 << 16;
  private static final long MAX_ENTRIES = (Integer.MAX_VALUE - 64) / 4;

  private SnapshotFormat() {}

  static void write(HashStore store, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        CRC32C crc = new CRC32C();
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).putInt(VERSION).putInt(0).putLong(store.liveCount()).flip();
        writeFully(out, header, crc);
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_LONGS * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int s = 0; s < store.count(); s++) {
          if (store.isLive(s)) {
            for (int w = 0; w < 4; w++) {
              chunk.putLong(store.words[4 * s + w]);
            }
            if (!chunk.hasRemaining()) {
              chunk.flip();
              writeFully(out, chunk, crc);
              chunk.clear();
            }
          }
        }
        for (int s = 0; s < store.count(); s++) {
          if (store.isLive(s)) {
            chunk.putLong(store.ids[s]);
            if (!chunk.hasRemaining()) {
              chunk.flip();
              writeFully(out, chunk, crc);
              chunk.clear();
            }
          }
        }
        chunk.flip();
        writeFully(out, chunk, crc);
        ByteBuffer trailer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        trailer.putInt((int) crc.getValue()).flip();
        while (trailer.hasRemaining()) {
          out.write(trailer);
        }
        out.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static HashStore read(Path file) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      long fileSize = in.size();
      if (fileSize < HEADER_BYTES + 4) {
        throw new CorruptSnapshotException(file + ": not a PDQ index snapshot (only " + fileSize + " bytes)");
      }
      CRC32C crc = new CRC32C();
      ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      readFully(in, header, crc, file);
      byte[] magic = new byte[MAGIC.length];
      header.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new CorruptSnapshotException(file + ": not a PDQ index snapshot (bad magic)");
      }
      int version = header.getInt();
      if (version != VERSION) {
        throw new CorruptSnapshotException(
            file + ": unsupported snapshot version " + version + ", this library reads version " + VERSION);
      }
      header.getInt();
      long count = header.getLong();
      if (count < 0 || count > MAX_ENTRIES) {
        throw new CorruptSnapshotException(file + ": invalid entry count " + count);
      }
      long expected = HEADER_BYTES + 40 * count + 4;
      if (fileSize != expected) {
        throw new CorruptSnapshotException(
            "%s: truncated or damaged: %d entries need %d bytes, the file has %d".formatted(file, count, expected, fileSize));
      }
      int n = (int) count;
      long[] words = new long[4 * Math.max(16, n)];
      long[] ids = new long[Math.max(16, n)];
      readLongs(in, words, 4 * n, crc, file);
      readLongs(in, ids, n, crc, file);
      ByteBuffer trailer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      readFully(in, trailer, null, file);
      int stored = trailer.getInt();
      if (stored != (int) crc.getValue()) {
        throw new CorruptSnapshotException(file + ": checksum mismatch, the file is damaged");
      }
      try {
        return HashStore.of(words, ids, n);
      } catch (IllegalArgumentException e) {
        throw new CorruptSnapshotException(file + ": " + e.getMessage());
      }
    }
  }

  private static void readLongs(FileChannel in, long[] target, int n, CRC32C crc, Path file) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK_LONGS * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int done = 0; done < n; ) {
      int take = Math.min(CHUNK_LONGS, n - done);
      chunk.clear().limit(take * 8);
      readFully(in, chunk, crc, file);
      chunk.asLongBuffer().get(target, done, take);
      done += take;
    }
  }

  private static void readFully(FileChannel in, ByteBuffer buffer, CRC32C crc, Path file) throws IOException {
    int start = buffer.position();
    while (buffer.hasRemaining()) {
      if (in.read(buffer) < 0) {
        throw new CorruptSnapshotException(file + ": unexpected end of file");
      }
    }
    buffer.flip();
    buffer.position(start);
    if (crc != null) {
      crc.update(buffer.duplicate());
    }
  }

  private static void writeFully(FileChannel out, ByteBuffer buffer, CRC32C crc) throws IOException {
    crc.update(buffer.duplicate());
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }
}
