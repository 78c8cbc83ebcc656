package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Annotation;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.DataSet;
import eu.vigil.amplification.data.Item;
import eu.vigil.amplification.stats.KrippendorffAlpha;
import eu.vigil.amplification.taxonomy.DsaClassification;
import eu.vigil.amplification.taxonomy.LabelCode;
import eu.vigil.amplification.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Label reliability table (Krippendorff's alpha per language) and the DSA-category roll-up. */
final class Reliability {

  private Reliability() {}

  static List<SideResults.ReliabilityRow> rows(DataSet data, AnalysisConfig cfg) {
    if (data.annotations().isEmpty()) {
      return List.of();
    }
    Map<String, String> language = new HashMap<>();
    for (Item i : data.items()) {
      language.put(i.itemId(), i.language() == null || i.language().isEmpty() ? "und" : i.language());
    }
    Map<String, Map<String, List<LabelCode>>> byLanguage = new TreeMap<>();
    for (Annotation a : data.annotations()) {
      String lang = Objects.requireNonNullElse(language.get(a.itemId()), "und");
      byLanguage.computeIfAbsent(lang, l -> new TreeMap<>()).computeIfAbsent(a.itemId(), i -> new ArrayList<>())
          .add(a.labelCode());
    }
    List<SideResults.ReliabilityRow> out = new ArrayList<>();
    for (var e : byLanguage.entrySet()) {
      List<List<LabelCode>> units = new ArrayList<>(e.getValue().values());
      int pairable = (int) units.stream().filter(u -> u.size() >= 2).count();
      out.add(row(e.getKey(), "label_code", pairable, KrippendorffAlpha.nominal(units)));
      List<List<Boolean>> binary = units.stream()
          .map(u -> u.stream().map(c -> cfg.harmful().contains(c)).toList()).toList();
      out.add(row(e.getKey(), "harmful", pairable, KrippendorffAlpha.nominal(binary)));
    }
    return out;
  }

  private static SideResults.ReliabilityRow row(String lang, String scheme, int units, double alpha) {
    String flag = Double.isNaN(alpha) ? "n/a" : alpha >= KrippendorffAlpha.GOOD ? "good"
        : alpha >= KrippendorffAlpha.TENTATIVE ? "tentative" : "insufficient";
    return new SideResults.ReliabilityRow(lang, scheme, units, Double.isNaN(alpha) ? null : alpha, flag);
  }

  static List<SideResults.DsaRollupRow> dsaRollup(List<AccountFeed> feeds, AnalysisConfig cfg) {
    Map<String, long[]> counts = new TreeMap<>();
    for (AccountFeed f : feeds) {
      Arm arm = f.account().arm();
      int slot = arm == Arm.TREAT ? 0 : arm == cfg.baselineArm() ? 1 : -1;
      if (slot < 0) {
        continue;
      }
      for (int i = 0; i < f.window(cfg.k()); i++) {
        if (f.harmful()[i]) {
          DsaClassification c = Taxonomy.dsaClassification(f.labels()[i]);
          String key = f.account().platform() + "\u0000" + c.category().apiName() + "\u0000" + c.keyword().apiName();
          counts.computeIfAbsent(key, k -> new long[2])[slot]++;
        }
      }
    }
    List<SideResults.DsaRollupRow> out = new ArrayList<>();
    counts.forEach((k, v) -> {
      String[] p = k.split("\u0000");
      out.add(new SideResults.DsaRollupRow(p[0], p[1], p[2], v[0], v[1]));
    });
    return out;
  }
}
