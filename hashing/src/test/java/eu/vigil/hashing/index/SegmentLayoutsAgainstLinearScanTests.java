package eu.vigil.hashing.index;

import static eu.vigil.hashing.index.PdqIndexAgainstLinearScanTests.flipRandomBits;
import static eu.vigil.hashing.index.PdqIndexAgainstLinearScanTests.randomPdqLike;
import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.hashing.PdqHash;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded random equivalence of both segment layouts with the linear scan, for every radius 0..63:
 * clustered hashes (so that every radius has matches), entries removed before and after the tables
 * are built, and substring cuts that divide 256 evenly, unevenly and across the two inline halves.
 */
class SegmentLayoutsAgainstLinearScanTests {

  /** Stored hashes: a third random, the rest near copies of earlier ones (0..40 bits away). */
  private static List<PdqHash> clustered(int n, SplittableRandom random) {
    List<PdqHash> hashes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      hashes.add(i > 0 && random.nextInt(3) != 0
          ? flipRandomBits(hashes.get(random.nextInt(i)), random.nextInt(41), random)
          : randomPdqLike(random));
    }
    return hashes;
  }

  private static PdqHash query(List<PdqHash> stored, SplittableRandom random) {
    return random.nextInt(4) == 0
        ? randomPdqLike(random)
        : flipRandomBits(stored.get(random.nextInt(stored.size())), random.nextInt(64), random);
  }

  @ParameterizedTest(name = "seed {0}, {1} tables, wide {2}")
  @CsvSource({
    "11, 16, true", "12, 13, true", "13, 14, true", "14, 25, true", "15, 19, true",
    "16, 16, false", "17, 14, false", "18, 22, false"
  })
  void segmentAgreesWithLinearScanForEveryRadius(long seed, int tables, boolean wide) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PdqHash> hashes = clustered(6_000, random);
    HashStore store = new HashStore(hashes.size());
    LinearScanPdqIndex reference = new LinearScanPdqIndex();
    for (int i = 0; i < hashes.size(); i++) {
      store.append(i, hashes.get(i));
      reference.put(i, hashes.get(i));
    }
    for (int i = 0; i < hashes.size(); i += 7) {
      store.remove(i);
      reference.remove(i);
    }
    SubstringPlan plan = SubstringPlan.even(tables);
    int live = store.liveCount();
    Segment segment = wide
        ? WideSegment.build(store, 0, store.count(), live, plan)
        : MihSegment.build(store, 0, store.count(), live, plan);
    // Removed after the tables were built: dead slots still in the tables must not be reported.
    for (int i = 3; i < hashes.size(); i += 11) {
      store.remove(i);
      reference.remove(i);
    }

    for (int radius = 0; radius <= 63; radius++) {
      for (int q = 0; q < 12; q++) {
        PdqHash query = query(hashes, random);
        Search search = new Search(query, radius);
        segment.search(store, search);
        assertThat(search.results()).as("radius %d query %s", radius, query)
            .containsExactlyElementsOf(reference.search(query, radius));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @CsvSource({"21, WIDE", "22, WIDE", "23, CHEAPEST", "24, COMPACT"})
  void indexAgreesWithLinearScanAfterRemovalsForEveryRadius(long seed, Segment.Layouts layouts) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PdqHash> hashes = clustered(20_000, random);
    PdqIndex index = new PdqIndex(new HashStore(16), 1024, layouts);
    LinearScanPdqIndex reference = new LinearScanPdqIndex();
    for (int i = 0; i < hashes.size(); i++) {
      index.put(i, hashes.get(i));
      reference.put(i, hashes.get(i));
      if (i % 5 == 2) {
        long victim = random.nextInt(i + 1);
        assertThat(index.remove(victim)).isEqualTo(reference.remove(victim));
      }
    }
    assertThat(index.size()).isEqualTo(reference.size());
    assertThat(index.wideSegmentCount() > 0).isEqualTo(layouts != Segment.Layouts.COMPACT);

    for (int radius = 0; radius <= 63; radius++) {
      for (int q = 0; q < 8; q++) {
        PdqHash query = query(hashes, random);
        assertThat(index.search(query, radius)).as("radius %d query %s", radius, query)
            .containsExactlyElementsOf(reference.search(query, radius));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"31", "32"})
  void growingPastTheWideLimitRebuildsWideSegmentsCompactly(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PdqHash> hashes = clustered(16_000, random);
    PdqIndex index = new PdqIndex(new HashStore(16), 1024, Segment.Layouts.CHEAPEST, 9_000);
    LinearScanPdqIndex reference = new LinearScanPdqIndex();
    for (int i = 0; i < hashes.size(); i++) {
      index.put(i, hashes.get(i));
      reference.put(i, hashes.get(i));
      if (i == 8_000) {
        assertThat(index.wideSegmentCount()).isPositive();
      }
    }

    assertThat(index.wideSegmentCount()).isZero();
    for (int q = 0; q < 200; q++) {
      PdqHash query = query(hashes, random);
      int radius = q % 2 == 0 ? 31 : random.nextInt(64);
      assertThat(index.search(query, radius)).as("radius %d query %s", radius, query)
          .containsExactlyElementsOf(reference.search(query, radius));
    }
  }
}
