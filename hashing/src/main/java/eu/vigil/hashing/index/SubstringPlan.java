package eu.vigil.hashing.index;

/**
 * How a segment cuts the 256 bits into disjoint substrings, one table per substring, and the cost
 * model used to choose a cut and a layout.
 *
 * <p>Pigeonhole: if two hashes are within distance r and {@code r = m*q + a} for m tables, then one
 * of the first {@code a + 1} substrings differs by at most {@code q} bits or one of the others by at
 * most {@code q - 1}. Probing every value within that many bits of the query's substrings therefore
 * reaches every match.
 *
 * <p>Costs are in units of one probe (a directory entry read at a random place, about one cache
 * miss). A candidate of the {@linkplain MihSegment compact layout} costs about as much (random reads
 * of its slot and of the hash store); a candidate of the {@linkplain WideSegment wide layout} is a
 * sequential 16-byte read filtered in place, about 1/32 of a probe; scanning costs one unit per slot
 * (deliberately pessimistic: it keeps tables in use wherever they are not clearly worse).
 *
 * @param offsets first bit of each substring
 * @param lengths length of each substring, at most 31 bits
 */
record SubstringPlan(int[] offsets, int[] lengths) {

  static final double PROBE_COST = 1;
  static final double COMPACT_CANDIDATE_COST = 1;
  static final double WIDE_CANDIDATE_COST = 1.0 / 32;
  static final double SCAN_SLOT_COST = 1;

  /** The longest substring of the compact layout (its directories have 2^24 entries). */
  private static final int MAX_COMPACT_BITS = 24;
  /** Table counts the wide layout chooses from: substrings of 10 to 20 bits. */
  private static final int MIN_WIDE_TABLES = 13;
  private static final int MAX_WIDE_TABLES = 25;
  /** The radius the layouts are chosen for: {@link eu.vigil.hashing.PdqHash#MATCH_DISTANCE}. */
  private static final int PLANNED_RADIUS = 31;

  /** {@code tables} substrings of (nearly) equal length covering all 256 bits in order. */
  static SubstringPlan even(int tables) {
    int[] offsets = new int[tables];
    int[] lengths = new int[tables];
    int base = 256 / tables;
    int longer = 256 % tables;
    for (int t = 0, off = 0; t < tables; t++) {
      lengths[t] = base + (t < longer ? 1 : 0);
      offsets[t] = off;
      off += lengths[t];
    }
    return new SubstringPlan(offsets, lengths);
  }

  /** The compact layout's cut for {@code live} slots: substrings of about log2(live) bits. */
  static SubstringPlan compact(int live) {
    int bits = Math.min(MAX_COMPACT_BITS, 31 - Integer.numberOfLeadingZeros(live));
    return even((256 + bits - 1) / bits);
  }

  /** The wide layout's cut for {@code live} slots: the cheapest at radius 31 by the cost model. */
  static SubstringPlan wide(int live) {
    SubstringPlan best = even(MIN_WIDE_TABLES);
    for (int m = MIN_WIDE_TABLES + 1; m <= MAX_WIDE_TABLES; m++) {
      SubstringPlan plan = even(m);
      if (plan.cost(PLANNED_RADIUS, live, WIDE_CANDIDATE_COST)
          < best.cost(PLANNED_RADIUS, live, WIDE_CANDIDATE_COST)) {
        best = plan;
      }
    }
    return best;
  }

  /** Whether the wide layout is cheaper than the compact one at radius 31 for {@code live} slots. */
  static boolean wideIsCheaper(int live) {
    return wide(live).cost(PLANNED_RADIUS, live, WIDE_CANDIDATE_COST)
        < compact(live).cost(PLANNED_RADIUS, live, COMPACT_CANDIDATE_COST);
  }

  int tables() {
    return offsets.length;
  }

  /** The radius to probe each table with (negative: not probed) for a query radius. */
  int[] radii(int radius) {
    int m = tables();
    int q = radius / m;
    int a = radius - m * q;
    int[] radii = new int[m];
    for (int t = 0; t < m; t++) {
      radii[t] = t <= a ? q : q - 1;
    }
    return radii;
  }

  /** Number of buckets a query with this radius probes. */
  double probes(int radius) {
    int[] radii = radii(radius);
    double total = 0;
    for (int t = 0; t < tables(); t++) {
      total += ballSize(lengths[t], radii[t]);
    }
    return total;
  }

  /**
   * Expected cost of a query with this radius over {@code live} random slots, each candidate
   * costing {@code candidateCost}.
   */
  double cost(int radius, int live, double candidateCost) {
    int[] radii = radii(radius);
    double total = 0;
    for (int t = 0; t < tables(); t++) {
      double probes = ballSize(lengths[t], radii[t]);
      total += probes * (PROBE_COST + candidateCost * live / (double) (1L << lengths[t]));
    }
    return total;
  }

  /** Whether scanning {@code live} slots is expected to be cheaper than probing the tables. */
  boolean scanIsCheaper(int radius, int live, double candidateCost) {
    return cost(radius, live, candidateCost) > SCAN_SLOT_COST * live;
  }

  /** Bits {@code [offset, offset + length)} of the hash in {@code slot}, length at most 31. */
  static int key(long[] words, int slot, int offset, int length) {
    int w = 4 * slot + (offset >>> 6);
    int shift = offset & 63;
    long v = words[w] >>> shift;
    if (shift + length > 64) {
      v |= words[w + 1] << (64 - shift);
    }
    return (int) (v & ((1L << length) - 1));
  }

  /**
   * Whether a table before {@code t} also reaches this slot with its probes, so that a match found
   * through table {@code t} was already reported there.
   */
  boolean reachedEarlier(long[] words, int slot, long[] query, int t, int[] radii) {
    for (int u = 0; u < t; u++) {
      if (radii[u] >= 0) {
        int diff = key(words, slot, offsets[u], lengths[u]) ^ key(query, 0, offsets[u], lengths[u]);
        if (Integer.bitCount(diff) <= radii[u]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Number of values within {@code radius} bits of a {@code bits}-bit value (0 if negative). */
  static double ballSize(int bits, int radius) {
    double total = 0;
    double choose = 1;
    for (int i = 0; i <= radius; i++) {
      total += choose;
      choose = choose * (bits - i) / (i + 1);
    }
    return total;
  }
}
