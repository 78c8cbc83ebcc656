package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Account;
import eu.vigil.amplification.data.DataSet;
import eu.vigil.amplification.data.Impression;
import eu.vigil.amplification.data.Item;
import eu.vigil.amplification.data.LabelSource;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the per-account, per-surface feeds of a data set. */
final class FeedIndex {

  private static final Comparator<Impression> FEED_ORDER = Comparator.comparingInt(Impression::step)
      .thenComparingInt(Impression::position).thenComparing(Impression::sessionId)
      .thenComparing(Impression::itemId);

  private FeedIndex() {}

  /** Feeds in a deterministic order (account id, then surface). */
  static List<AccountFeed> feeds(DataSet data, Set<LabelCode> harmfulSet) {
    Map<String, Item> items = new HashMap<>();
    for (Item i : data.items()) {
      items.put(i.itemId(), i);
    }
    Map<String, Account> accounts = new HashMap<>();
    for (Account a : data.accounts()) {
      accounts.put(a.accountId(), a);
    }
    Map<String, Map<String, List<Impression>>> grouped = new java.util.TreeMap<>();
    for (Impression im : data.impressions()) {
      grouped.computeIfAbsent(im.accountId(), k -> new java.util.TreeMap<>())
          .computeIfAbsent(im.surface(), k -> new ArrayList<>()).add(im);
    }
    List<AccountFeed> feeds = new ArrayList<>();
    for (var byAccount : grouped.entrySet()) {
      Account account = accounts.get(byAccount.getKey());
      if (account == null) {
        throw new IllegalArgumentException("impression of unknown account '" + byAccount.getKey() + "'");
      }
      for (var bySurface : byAccount.getValue().entrySet()) {
        List<Impression> list = bySurface.getValue();
        list.sort(FEED_ORDER);
        int n = list.size();
        boolean[] harmful = new boolean[n];
        LabelCode[] labels = new LabelCode[n];
        boolean[] model = new boolean[n];
        int[] steps = new int[n];
        double[] slants = new double[n];
        for (int i = 0; i < n; i++) {
          Impression im = list.get(i);
          Item item = items.get(im.itemId());
          if (item == null) {
            throw new IllegalArgumentException("impression of unknown item '" + im.itemId() + "'");
          }
          labels[i] = item.labelCode();
          harmful[i] = harmfulSet.contains(item.labelCode());
          model[i] = item.labelSource() == LabelSource.MODEL;
          steps[i] = im.step();
          slants[i] = item.slant() == null ? Double.NaN : item.slant();
        }
        feeds.add(new AccountFeed(account, bySurface.getKey(), harmful, labels, model, steps, slants));
      }
    }
    return feeds;
  }
}
