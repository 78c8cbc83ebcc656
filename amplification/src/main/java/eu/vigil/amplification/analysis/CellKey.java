package eu.vigil.amplification.analysis;

/**
 * A cell of the analysis grid: the treated persona of one platform, market, language, ideology and
 * surface. Baseline accounts are matched on platform, market, language and surface (and ideology when
 * they carry one).
 *
 * @param platform platform
 * @param market ISO 3166 market
 * @param language BCP 47 language
 * @param ideology ideology seed of the persona, {@code none} if unset
 * @param surface surface
 * @param persona treated persona
 */
public record CellKey(String platform, String market, String language, String ideology, String surface,
    String persona) implements Comparable<CellKey> {

  /** Stable identifier {@code platform/market/language/ideology/surface/persona}. */
  public String id() {
    return platform + "/" + market + "/" + language + "/" + ideology + "/" + surface + "/" + persona;
  }

  @Override
  public int compareTo(CellKey o) {
    return id().compareTo(o.id());
  }
}
