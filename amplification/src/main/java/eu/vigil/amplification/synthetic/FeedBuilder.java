package eu.vigil.amplification.synthetic;

import eu.vigil.amplification.data.Account;
import eu.vigil.amplification.data.Annotation;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.Impression;
import eu.vigil.amplification.data.Item;
import eu.vigil.amplification.data.LabelSource;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates synthetic accounts, items and impressions. Harmful impressions show items drawn from a
 * pool of harmful items (labels spread over the TVE and BL codes), the others show unrelated items.
 */
final class FeedBuilder {

  private static final LabelCode[] HARMFUL = {LabelCode.BL_1, LabelCode.BL_2, LabelCode.BL_3, LabelCode.BL_4,
      LabelCode.BL_5, LabelCode.BL_6, LabelCode.TVE_1, LabelCode.TVE_3};
  private static final int POOL = 400;

  final List<Account> accounts = new ArrayList<>();
  final List<Impression> impressions = new ArrayList<>();
  final List<Item> items = new ArrayList<>();
  final List<Annotation> annotations = new ArrayList<>();
  final SplittableRandom rng;
  final RandomGenerator beta;
  private final java.util.Set<String> platforms = new java.util.TreeSet<>();
  private double modelShare;

  FeedBuilder(long seed) {
    this.rng = new SplittableRandom(seed);
    this.beta = new Well19937c(seed ^ 0x5DEECE66DL);
  }

  /** Labels a share of the items by a model (for label-noise demonstrations). */
  FeedBuilder modelLabelled(double share) {
    this.modelShare = share;
    return this;
  }

  private void ensurePool(String platform, String language) {
    if (!platforms.add(platform)) {
      return;
    }
    for (int i = 0; i < POOL; i++) {
      LabelCode code = HARMFUL[i % HARMFUL.length];
      boolean model = rng.nextDouble() < modelShare;
      items.add(new Item(platform + "-h" + i, platform, "creator" + (i % 37), language, code, "vrwe", null,
          null, code == LabelCode.TVE_1 ? "entity-" + (i % 5) : null, null, (i % 9) / 4.0 - 1,
          model ? LabelSource.MODEL : LabelSource.HUMAN, model ? 0.9 : null, List.of()));
      boolean modelN = rng.nextDouble() < modelShare;
      items.add(new Item(platform + "-n" + i, platform, "creator" + (i % 53), language, LabelCode.NEU, null,
          null, null, null, null, (i % 5) / 2.0 - 1, modelN ? LabelSource.MODEL : LabelSource.HUMAN,
          modelN ? 0.1 : null, List.of()));
    }
  }

  Account account(String id, String platform, String market, String language, Arm arm, String persona,
      @Nullable String ideology, boolean loggedIn, @Nullable String pairId) {
    ensurePool(platform, language);
    Account a = new Account(id, platform, market, language, arm, persona, ideology, loggedIn, pairId,
        "2026-01-05", "synthetic-v1");
    accounts.add(a);
    return a;
  }

  /** A window feed: step 1, positions 1..n on {@code surface}. */
  void windowFeed(Account a, String surface, boolean[] harmful) {
    for (int i = 0; i < harmful.length; i++) {
      impressions.add(new Impression(a.accountId(), "s1", 1, surface, i + 1, item(a.platform(), harmful[i]), null));
    }
  }

  /** A trail: steps 1..n, one item per step, on {@code surface}. */
  void trail(Account a, String surface, boolean[] harmful) {
    for (int i = 0; i < harmful.length; i++) {
      impressions.add(new Impression(a.accountId(), "s1", i + 1, surface, 1, item(a.platform(), harmful[i]), null));
    }
  }

  private String item(String platform, boolean harmful) {
    return platform + (harmful ? "-h" : "-n") + rng.nextInt(POOL);
  }
}
