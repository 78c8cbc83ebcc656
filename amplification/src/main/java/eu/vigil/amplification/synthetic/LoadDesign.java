package eu.vigil.amplification.synthetic;

import eu.vigil.amplification.data.Account;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.DataSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A data set of a requested size for load tests and benchmarks: 2 platforms × 3 languages × 2
 * ideologies, treated and baseline accounts (Beta concentration 20, baseline prevalence 0.05, treated
 * 0.05-0.10), each with a 30-item home-feed window and a 40-step up-next trail (70 impressions per
 * account), so 24 cells. The account count per arm and group is chosen to reach at least the requested
 * number of impressions.
 */
final class LoadDesign {

  /** Impressions per account: a 30-item window plus a 40-step trail. */
  static final int PER_ACCOUNT = 70;

  private static final List<String> PLATFORMS = List.of("tiktok", "youtube");
  private static final List<String[]> LANGUAGES = List.of(new String[] {"de", "DE"},
      new String[] {"fr", "FR"}, new String[] {"pl", "PL"});
  private static final List<String> IDEOLOGIES = List.of("jihadist", "vrwe");

  private LoadDesign() {}

  static SyntheticData generate(long seed, int impressions) {
    if (impressions < 1) {
      throw new IllegalArgumentException("impressions must be positive, was " + impressions);
    }
    int groups = PLATFORMS.size() * LANGUAGES.size() * IDEOLOGIES.size();
    int perArm = Math.max(2, ceilDiv(impressions, 2 * groups * PER_ACCOUNT));
    FeedBuilder b = new FeedBuilder(seed);
    Map<String, Double> truth = new TreeMap<>();
    int index = 0;
    for (String platform : PLATFORMS) {
      for (String[] lang : LANGUAGES) {
        for (String ideology : IDEOLOGIES) {
          double pt = 0.05 + 0.01 * (index++ % 6);
          ArmDesign treat = new ArmDesign(pt, 20, 0.001);
          ArmDesign base = new ArmDesign(0.05, 20, 0);
          String persona = "engaged_" + ideology;
          String prefix = platform + "-" + lang[0] + "-" + ideology + "-";
          for (int i = 0; i < perArm; i++) {
            boolean loggedIn = i % 2 == 0;
            Account t = b.account(prefix + "t" + i, platform, lang[1], lang[0], Arm.TREAT, persona, ideology,
                loggedIn, null);
            b.windowFeed(t, "home_feed", treat.drawFeed(30, b.beta, b.rng, false));
            b.trail(t, "up_next", treat.drawFeed(40, b.beta, b.rng, true));
            Account c = b.account(prefix + "b" + i, platform, lang[1], lang[0], Arm.BASE, "baseline", ideology,
                loggedIn, null);
            b.windowFeed(c, "home_feed", base.drawFeed(30, b.beta, b.rng, false));
            b.trail(c, "up_next", base.drawFeed(40, b.beta, b.rng, true));
          }
          truth.put(platform + "/" + lang[1] + "/" + lang[0] + "/" + ideology + "/home_feed/" + persona, pt / 0.05);
        }
      }
    }
    return new SyntheticData("load", DataSet.of(b.accounts, b.impressions, b.items), truth,
        Map.of("accounts_per_arm_and_group", (double) perArm));
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
