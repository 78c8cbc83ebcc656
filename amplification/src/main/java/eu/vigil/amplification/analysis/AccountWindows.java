package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.DataSet;
import java.util.List;

/** Per-account window shares p_a (spec §2.2) with the {@code short_feed} flag (spec R4). */
public final class AccountWindows {

  private AccountWindows() {}

  /**
   * One account's window on one surface.
   *
   * @param accountId the account
   * @param surface the surface
   * @param arm the account's arm
   * @param itemsInWindow K_a = min(K, feed length)
   * @param harmful harmful items among them
   * @param share p_a = harmful / K_a
   * @param shortFeed whether the feed had fewer than K items
   */
  public record AccountWindow(String accountId, String surface, Arm arm, int itemsInWindow, int harmful,
      double share, boolean shortFeed) {}

  /** The windows of every account and surface, ordered by account id and surface. */
  public static List<AccountWindow> of(DataSet data, AnalysisConfig cfg) {
    return FeedIndex.feeds(data, cfg.harmful()).stream().map(f -> {
      int w = f.window(cfg.k());
      int h = f.harmfulIn(cfg.k());
      return new AccountWindow(f.account().accountId(), f.surface(), f.account().arm(), w, h,
          w == 0 ? 0 : (double) h / w, f.length() < cfg.k());
    }).toList();
  }
}
