package eu.vigil.hashing.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.hashing.PdqHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdqIndexSnapshotTests {

  @TempDir Path dir;

  private PdqIndex sampleIndex(int n) {
    SplittableRandom random = new SplittableRandom(5);
    PdqIndex index = new PdqIndex();
    for (int i = 0; i < n; i++) {
      index.put(1000L + i * 3L, PdqIndexAgainstLinearScanTests.randomPdqLike(random));
    }
    for (int i = 0; i < n; i += 5) {
      index.remove(1000L + i * 3L);
    }
    return index;
  }

  @Test
  void roundTripsAllLiveEntries() throws IOException {
    PdqIndex index = sampleIndex(6000);
    Path file = dir.resolve("bank.pdqidx");

    index.writeSnapshot(file);
    PdqIndex loaded = PdqIndex.readSnapshot(file);

    assertThat(Files.size(file)).isEqualTo(24 + 40L * index.size() + 4);
    assertThat(loaded.size()).isEqualTo(index.size()).isEqualTo(4800);
    for (int i = 0; i < 6000; i++) {
      long id = 1000L + i * 3L;
      assertThat(loaded.get(id)).isEqualTo(index.get(id));
    }
    PdqHash query = index.get(1003L).orElseThrow().flip(3).flip(200);
    assertThat(loaded.search(query)).isEqualTo(index.search(query));
  }

  @Test
  void roundTripsAnEmptyIndex() throws IOException {
    Path file = dir.resolve("empty.pdqidx");
    new PdqIndex().writeSnapshot(file);

    assertThat(PdqIndex.readSnapshot(file).size()).isZero();
  }

  @Test
  void rejectsADamagedFileByItsChecksum() throws IOException {
    Path file = dir.resolve("bank.pdqidx");
    sampleIndex(100).writeSnapshot(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[100] ^= 0x10;
    Files.write(file, bytes);

    assertThatThrownBy(() -> PdqIndex.readSnapshot(file))
        .isInstanceOf(CorruptSnapshotException.class)
        .hasMessageContaining("checksum mismatch");
  }

  @Test
  void rejectsATruncatedFile() throws IOException {
    Path file = dir.resolve("bank.pdqidx");
    sampleIndex(100).writeSnapshot(file);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));

    assertThatThrownBy(() -> PdqIndex.readSnapshot(file))
        .isInstanceOf(CorruptSnapshotException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void rejectsOtherFilesAndFutureVersions() throws IOException {
    Path other = dir.resolve("other.bin");
    Files.writeString(other, "this is not an index snapshot at all, just text");
    assertThatThrownBy(() -> PdqIndex.readSnapshot(other))
        .isInstanceOf(CorruptSnapshotException.class)
        .hasMessageContaining("bad magic");

    Path file = dir.resolve("bank.pdqidx");
    sampleIndex(10).writeSnapshot(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[8] = 2;
    Files.write(file, bytes);
    assertThatThrownBy(() -> PdqIndex.readSnapshot(file))
        .isInstanceOf(CorruptSnapshotException.class)
        .hasMessageContaining("unsupported snapshot version 2");
  }
}
