package eu.vigil.amplification.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completeness check of a report directory (spec R12): the per-cell table as CSV and JSON, at least
 * {@value #MIN_PLOTS} plots each as SVG and PNG, {@code report.html}, and a {@code metadata.json} that
 * carries every field of {@link ReportMetadata#REQUIRED_FIELDS} with a non-null value.
 */
public final class ReportSchema {

  /** Minimum number of distinct plots (spec R12). */
  public static final int MIN_PLOTS = 4;

  private ReportSchema() {}

  /** Returns what is missing (empty if complete). */
  public static List<String> missing(Path dir) {
    List<String> missing = new ArrayList<>();
    for (String f : List.of("cells.csv", "cells.json", "metadata.json", "report.html")) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        missing.add(f);
      }
    }
    Path meta = dir.resolve("metadata.json");
    if (Files.isRegularFile(meta)) {
      JsonNode root = JsonMapper.builder().build().readTree(meta.toFile());
      for (String field : ReportMetadata.REQUIRED_FIELDS) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull() || (v.isString() && v.asString().isBlank())) {
          missing.add("metadata.json field " + field);
        }
      }
    }
    Path plots = dir.resolve("plots");
    TreeSet<String> complete = new TreeSet<>();
    if (Files.isDirectory(plots)) {
      try (Stream<Path> files = Files.list(plots)) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg"))
            .map(n -> n.substring(0, n.length() - 4))
            .filter(n -> Files.isRegularFile(plots.resolve(n + ".png"))).forEach(complete::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (complete.size() < MIN_PLOTS) {
      missing.add("plots (" + complete.size() + " of at least " + MIN_PLOTS + " as SVG and PNG)");
    }
    return missing;
  }

  /**
   * Rejects an incomplete report.
   *
   * @throws IncompleteReportException listing what is missing
   */
  public static void check(Path dir) {
    List<String> missing = missing(dir);
    if (!missing.isEmpty()) {
      throw new IncompleteReportException(missing);
    }
  }
}
