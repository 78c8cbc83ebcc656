package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Account;
import eu.vigil.amplification.taxonomy.LabelCode;

/**
 * The impressions one account saw on one surface, in feed order (step, then position, then session),
 * with each item's label resolved.
 *
 * @param account the account
 * @param surface the surface
 * @param harmful whether each item's label is in H
 * @param labels each item's label
 * @param model whether each item's label came from a model
 * @param steps each impression's step
 * @param slants each item's slant, NaN if unknown
 */
record AccountFeed(Account account, String surface, boolean[] harmful, LabelCode[] labels, boolean[] model,
    int[] steps, double[] slants) {

  int length() {
    return harmful.length;
  }

  /** K_a = min(K, feed length). */
  int window(int k) {
    return Math.min(k, harmful.length);
  }

  /** Harmful items among the first {@code k}. */
  int harmfulIn(int k) {
    int w = window(k);
    int h = 0;
    for (int i = 0; i < w; i++) {
      if (harmful[i]) {
        h++;
      }
    }
    return h;
  }

  /** Harmful items among the first {@code k} whose label source is (or is not) a model. */
  int harmfulIn(int k, boolean fromModel) {
    int w = window(k);
    int h = 0;
    for (int i = 0; i < w; i++) {
      if (harmful[i] && model[i] == fromModel) {
        h++;
      }
    }
    return h;
  }

  /** Items among the first {@code k} whose label source is (or is not) a model. */
  int itemsIn(int k, boolean fromModel) {
    int w = window(k);
    int n = 0;
    for (int i = 0; i < w; i++) {
      if (model[i] == fromModel) {
        n++;
      }
    }
    return n;
  }

  /** Step of the first harmful impression, or -1 if none. */
  int firstExposureStep() {
    for (int i = 0; i < harmful.length; i++) {
      if (harmful[i]) {
        return steps[i];
      }
    }
    return -1;
  }

  int lastStep() {
    return steps.length == 0 ? 0 : steps[steps.length - 1];
  }
}
