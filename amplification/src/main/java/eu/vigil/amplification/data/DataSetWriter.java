package eu.vigil.amplification.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Writes a {@link DataSet} as CSV files in the format {@link DataSetReader} reads. */
public final class DataSetWriter {

  private DataSetWriter() {}

  /** Writes every non-empty table of {@code data} to {@code dir} (created if needed). */
  public static void write(DataSet data, Path dir) {
    try {
      Files.createDirectories(dir);
      if (!data.accounts().isEmpty()) {
        write(dir.resolve("accounts.csv"), "account_id,platform,market,language,arm,persona,"
            + "ideology_seed,logged_in,pair_id,created_at,protocol_id", data.accounts(),
            a -> row(a.accountId(), a.platform(), a.market(), a.language(), a.arm().id(), a.persona(),
                a.ideologySeed(), Boolean.toString(a.loggedIn()), a.pairId(), a.createdAt(),
                a.protocolId()));
      }
      if (!data.items().isEmpty()) {
        write(dir.resolve("items.csv"), "item_id,platform,creator_id,language,label_code,ideology,"
            + "dsa_category,dsa_keyword,gifct_entity,tcap_group,slant,label_source,model_score,"
            + "annotator_ids", data.items(),
            i -> row(i.itemId(), i.platform(), i.creatorId(), i.language(), i.labelCode().code(),
                i.ideology(), i.dsaCategory() == null ? null : i.dsaCategory().apiName(), i.dsaKeyword(),
                i.gifctEntity(), i.tcapGroup(), num(i.slant()), i.labelSource().name().toLowerCase(),
                num(i.modelScore()), String.join(";", i.annotatorIds())));
      }
      if (!data.impressions().isEmpty()) {
        write(dir.resolve("impressions.csv"), "account_id,session_id,step,surface,position,item_id,ts",
            data.impressions(), i -> row(i.accountId(), i.sessionId(), Integer.toString(i.step()),
                i.surface(), Integer.toString(i.position()), i.itemId(), i.ts()));
      }
      if (!data.interactions().isEmpty()) {
        write(dir.resolve("interactions.csv"), "account_id,item_id,action,watch_fraction,ts",
            data.interactions(), i -> row(i.accountId(), i.itemId(), i.action(), num(i.watchFraction()),
                i.ts()));
      }
      if (!data.annotations().isEmpty()) {
        write(dir.resolve("annotations.csv"), "item_id,annotator_id,label_code", data.annotations(),
            a -> row(a.itemId(), a.annotatorId(), a.labelCode().code()));
      }
      if (!data.aggregates().isEmpty()) {
        write(dir.resolve("aggregates.csv"), "set_id,arm,n_users,n_reached,window", data.aggregates(),
            a -> row(a.setId(), a.arm().id(), Long.toString(a.nUsers()), Long.toString(a.nReached()),
                a.window()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write data set to " + dir, e);
    }
  }

  private static @Nullable String num(@Nullable Double d) {
    return d == null ? null : d.toString();
  }

  private static <T> void write(Path file, String header, List<T> rows, Function<T, String> line)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header);
      w.write('\n');
      for (T r : rows) {
        w.write(line.apply(r));
        w.write('\n');
      }
    }
  }

  /** One CSV record; null becomes an empty field; fields with comma, quote or newline are quoted. */
  public static String row(@Nullable String... fields) {
    return Stream.of(fields).map(DataSetWriter::field).collect(Collectors.joining(","));
  }

  private static String field(@Nullable String f) {
    if (f == null) {
      return "";
    }
    if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
      return '"' + f.replace("\"", "\"\"") + '"';
    }
    return f;
  }
}
