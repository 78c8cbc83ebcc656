package eu.vigil.amplification.synthetic;

import eu.vigil.amplification.data.Account;
import eu.vigil.amplification.data.Aggregate;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.DataSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small data set that exercises every part of the report: 2 platforms × 2 languages, home-feed
 * windows (some short), up-next trails, logged-in and logged-out accounts, 30% model labels,
 * counterfactual pairs, annotations by 3 coders and one aggregate set.
 */
final class Demonstration {

  private static final String PERSONA = "engaged_borderline_vrwe";
  private static final int PER_ARM = 60;

  private Demonstration() {}

  static SyntheticData generate(long seed) {
    FeedBuilder b = new FeedBuilder(seed).modelLabelled(0.3);
    Map<String, Double> truth = new TreeMap<>();
    Object[][] cells = {{"youtube", "DE", "de", 0.10}, {"youtube", "FR", "fr", 0.075},
        {"tiktok", "DE", "de", 0.125}, {"tiktok", "FR", "fr", 0.05}};
    for (Object[] c : cells) {
      String platform = (String) c[0];
      String market = (String) c[1];
      String lang = (String) c[2];
      double pt = (double) c[3];
      ArmDesign treat = new ArmDesign(pt, 20, 0.003);
      ArmDesign base = new ArmDesign(0.05, 20, 0);
      for (int i = 0; i < PER_ARM; i++) {
        String suffix = platform + "-" + lang + "-" + i;
        boolean loggedIn = i % 2 == 0;
        int length = i % 10 == 9 ? 20 : 30;
        Account t = b.account("t-" + suffix, platform, market, lang, Arm.TREAT, PERSONA, "vrwe", loggedIn, null);
        b.windowFeed(t, "home_feed", treat.drawFeed(length, b.beta, b.rng, false));
        b.trail(t, "up_next", treat.drawFeed(40, b.beta, b.rng, true));
        Account a = b.account("b-" + suffix, platform, market, lang, Arm.BASE, "baseline", null, loggedIn, null);
        b.windowFeed(a, "home_feed", base.drawFeed(length, b.beta, b.rng, false));
        b.trail(a, "up_next", base.drawFeed(40, b.beta, b.rng, true));
      }
      truth.put(platform + "/" + market + "/" + lang + "/vrwe/home_feed/" + PERSONA, pt / 0.05);
    }
    ArmDesign cf = new ArmDesign(0.05, 20, 0);
    ArmDesign ctrl = new ArmDesign(0.08, 20, 0);
    for (int i = 0; i < 30; i++) {
      Account c = b.account("cf-" + i, "youtube", "DE", "de", Arm.CF_BOT, "counterfactual_vrwe", "vrwe", true, "pair" + i);
      b.trail(c, "up_next", cf.drawFeed(30, b.beta, b.rng, true));
      Account d = b.account("ctrl-" + i, "youtube", "DE", "de", Arm.CTRL_BOT, "control_vrwe", "vrwe", true, "pair" + i);
      b.trail(d, "up_next", ctrl.drawFeed(30, b.beta, b.rng, true));
    }
    var annotations = SyntheticDesigns.annotations(b.items.subList(0, 150), 3, 0.85, b.rng);
    var aggregates = List.of(new Aggregate("vrwe-creators", Arm.TREAT, 40_000, 12_000, "2026-01-05/2026-02-05"),
        new Aggregate("vrwe-creators", Arm.CHRONO, 10_000, 2_000, "2026-01-05/2026-02-05"));
    return new SyntheticData("demo", new DataSet(b.accounts, List.of(), b.impressions, b.items, annotations,
        aggregates, Map.of()), truth, Map.of("pairs_tau_prevalence", -0.03, "reach_ratio", 1.5));
  }
}
