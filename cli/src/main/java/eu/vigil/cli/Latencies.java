package eu.vigil.cli;

import java.util.Arrays;

/**
 * Summary of measured durations.
 *
 * @param count number of measurements
 * @param totalNanos sum of all
 * @param p50Nanos median
 * @param p99Nanos 99th percentile (nearest rank)
 * @param maxNanos largest
 */
record Latencies(int count, long totalNanos, long p50Nanos, long p99Nanos, long maxNanos) {

  /** Summarises the first {@code n} values of {@code nanos} (which gets sorted). */
  static Latencies of(long[] nanos, int n) {
    if (n == 0) {
      return new Latencies(0, 0, 0, 0, 0);
    }
    Arrays.sort(nanos, 0, n);
    long total = 0;
    for (int i = 0; i < n; i++) {
      total += nanos[i];
    }
    return new Latencies(n, total, nanos[rank(n, 0.50)], nanos[rank(n, 0.99)], nanos[n - 1]);
  }

  private static int rank(int n, double p) {
    return Math.max(0, Math.min(n - 1, (int) Math.ceil(p * n) - 1));
  }

  double meanMillis() {
    return count == 0 ? 0 : totalNanos / 1e6 / count;
  }

  double p50Millis() {
    return p50Nanos / 1e6;
  }

  double p99Millis() {
    return p99Nanos / 1e6;
  }

  /** Operations per second at the mean latency. */
  double perSecond() {
    return totalNanos == 0 ? 0 : count * 1e9 / totalNanos;
  }
}
