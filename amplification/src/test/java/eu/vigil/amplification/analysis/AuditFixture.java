package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Account;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.DataSet;
import eu.vigil.amplification.data.Impression;
import eu.vigil.amplification.data.Item;
import eu.vigil.amplification.data.LabelSource;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built audits: accounts with explicit feeds. */
final class AuditFixture {

  final List<Account> accounts = new ArrayList<>();
  final List<Impression> impressions = new ArrayList<>();
  final List<Item> items = new ArrayList<>();

  AuditFixture() {
    items.add(new Item("harm", "youtube", null, "de", LabelCode.BL_3, null, null, null, null, null, null,
        LabelSource.HUMAN, null, List.of()));
    items.add(new Item("neutral", "youtube", null, "de", LabelCode.NEU, null, null, null, null, null, null,
        LabelSource.HUMAN, null, List.of()));
  }

  /** An account whose home feed has {@code length} items, harmful at the given 1-based positions. */
  AuditFixture feed(String id, Arm arm, int length, int... harmfulPositions) {
    accounts.add(new Account(id, "youtube", "DE", "de", arm, arm == Arm.TREAT ? "engaged" : "baseline", null,
        true, null, null, null));
    for (int pos = 1; pos <= length; pos++) {
      boolean harmful = false;
      for (int h : harmfulPositions) {
        harmful |= h == pos;
      }
      impressions.add(new Impression(id, "s1", 1, "home_feed", pos, harmful ? "harm" : "neutral", null));
    }
    return this;
  }

  DataSet data() {
    return DataSet.of(accounts, impressions, items);
  }
}
