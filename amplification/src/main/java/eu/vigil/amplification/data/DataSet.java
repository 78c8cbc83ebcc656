package eu.vigil.amplification.data;

import java.util.List;
import java.util.Map;

/**
 * The validated input tables of one audit. Optional tables are empty lists.
 *
 * @param accounts audit accounts
 * @param interactions training-phase interactions
 * @param impressions measurement-phase impressions
 * @param items labelled items
 * @param annotations per-annotator labels
 * @param aggregates platform-side reach counts
 * @param inputSha256 SHA-256 (hex) of each input file by file name; empty for in-memory data
 */
public record DataSet(List<Account> accounts, List<Interaction> interactions,
    List<Impression> impressions, List<Item> items, List<Annotation> annotations,
    List<Aggregate> aggregates, Map<String, String> inputSha256) {

  /** Copies all lists. */
  public DataSet {
    accounts = List.copyOf(accounts);
    interactions = List.copyOf(interactions);
    impressions = List.copyOf(impressions);
    items = List.copyOf(items);
    annotations = List.copyOf(annotations);
    aggregates = List.copyOf(aggregates);
    inputSha256 = Map.copyOf(inputSha256);
  }

  /** A data set built in memory (no input files). */
  public static DataSet of(List<Account> accounts, List<Impression> impressions, List<Item> items) {
    return new DataSet(accounts, List.of(), impressions, items, List.of(), List.of(), Map.of());
  }
}
