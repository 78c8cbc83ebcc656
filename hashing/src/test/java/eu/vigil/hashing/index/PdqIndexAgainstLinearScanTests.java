package eu.vigil.hashing.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.hashing.PdqHash;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property check over seeded random workloads: after any sequence of puts, replacements and removals
 * the multi-index index answers every query exactly as the linear scan does.
 */
class PdqIndexAgainstLinearScanTests {

  /** A random hash with exactly 128 bits set, like real PDQ output. */
  static PdqHash randomPdqLike(SplittableRandom random) {
    PdqHash hash = PdqHash.ZERO;
    int set = 0;
    while (set < 128) {
      int b = random.nextInt(256);
      if (!hash.bit(b)) {
        hash = hash.flip(b);
        set++;
      }
    }
    return hash;
  }

  static PdqHash flipRandomBits(PdqHash hash, int flips, SplittableRandom random) {
    PdqHash out = hash;
    int done = 0;
    boolean[] used = new boolean[256];
    while (done < flips) {
      int b = random.nextInt(256);
      if (!used[b]) {
        used[b] = true;
        out = out.flip(b);
        done++;
      }
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @CsvSource({"1, COMPACT", "2, COMPACT", "3, CHEAPEST", "20240717, CHEAPEST", "4, WIDE", "5, WIDE"})
  void agreesWithLinearScanUnderRandomUpdates(long seed, Segment.Layouts layouts) {
    SplittableRandom random = new SplittableRandom(seed);
    PdqIndex index = new PdqIndex(new HashStore(16), 512, layouts);
    LinearScanPdqIndex reference = new LinearScanPdqIndex();
    List<PdqHash> stored = new ArrayList<>();
    int operations = 14_000 + random.nextInt(4_000);
    for (int op = 0; op < operations; op++) {
      int kind = random.nextInt(10);
      long id = random.nextInt(12_000);
      if (kind < 7) {
        PdqHash hash = !stored.isEmpty() && random.nextInt(3) == 0
            ? flipRandomBits(stored.get(random.nextInt(stored.size())), random.nextInt(40), random)
            : randomPdqLike(random);
        stored.add(hash);
        index.put(id, hash);
        reference.put(id, hash);
      } else {
        assertThat(index.remove(id)).isEqualTo(reference.remove(id));
      }
    }
    assertThat(index.size()).isEqualTo(reference.size());
    assertThat(index.segmentCount()).isGreaterThan(0);

    for (int q = 0; q < 300; q++) {
      PdqHash query = random.nextInt(4) == 0
          ? randomPdqLike(random)
          : flipRandomBits(stored.get(random.nextInt(stored.size())), random.nextInt(45), random);
      int radius = q % 3 == 0 ? 31 : random.nextInt(70);
      assertThat(index.search(query, radius)).as("query %s radius %d", query, radius)
          .containsExactlyElementsOf(reference.search(query, radius));
    }
    for (long id = 0; id < 12_000; id += 97) {
      assertThat(index.get(id)).isEqualTo(reference.get(id));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 8})
  void everyHashWithinTheRadiusIsFoundWithItsDistance(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PdqHash> hashes = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      hashes.add(randomPdqLike(random));
    }
    PdqIndex index = PdqIndex.ofLines(hashes);
    for (int q = 0; q < 200; q++) {
      int line = 1 + random.nextInt(hashes.size());
      int flips = random.nextInt(32);
      PdqHash query = flipRandomBits(hashes.get(line - 1), flips, random);

      List<MatchResult> results = index.search(query);

      assertThat(results).contains(new MatchResult(line, flips));
      assertThat(results).allSatisfy(r -> assertThat(r.distance()).isLessThanOrEqualTo(31));
    }
  }
}
