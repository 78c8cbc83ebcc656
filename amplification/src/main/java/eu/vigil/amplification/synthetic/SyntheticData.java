package eu.vigil.amplification.synthetic;

import eu.vigil.amplification.data.DataSet;
import java.util.Map;

/**
 * A generated data set with the truth it was generated from.
 *
 * @param design the design name
 * @param data the tables
 * @param trueRatioByCell true exposure ratio AR per cell id (empty for aggregate-only designs)
 * @param truth other true parameters of the design, e.g. {@code reach_ratio}, {@code slope}
 */
public record SyntheticData(String design, DataSet data, Map<String, Double> trueRatioByCell,
    Map<String, Double> truth) {

  /** Copies the maps. */
  public SyntheticData {
    trueRatioByCell = Map.copyOf(trueRatioByCell);
    truth = Map.copyOf(truth);
  }
}
