package eu.vigil.amplification.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads the input tables of a data directory: {@code accounts}, {@code impressions}, {@code items}
 * (required unless only {@code aggregates} are given), {@code interactions}, {@code annotations} and
 * {@code aggregates} (optional), each as {@code NAME.csv} or {@code NAME.json}.
 *
 * <p>Checks every row and the references between tables (unknown account or item, duplicate ids,
 * aggregates of one set with different windows) and throws one {@link InvalidInputException} with all
 * problems (at most {@value #MAX_PROBLEMS}).
 */
public final class DataSetReader {

  /** Reading stops collecting after this many problems. */
  public static final int MAX_PROBLEMS = 200;

  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<String, String> sha256 = new TreeMap<>();

  private DataSetReader() {}

  /**
   * Reads and validates a data directory.
   *
   * @throws InvalidInputException with every problem found
   * @throws UncheckedIOException if a file cannot be read
   */
  public static DataSet read(Path dir) {
    return new DataSetReader().readDir(dir);
  }

  private DataSet readDir(Path dir) {
    Table<Aggregate> aggregates = table(dir, "aggregates", false, EntityRows::aggregate);
    boolean aggregatesOnly = !aggregates.rows.isEmpty() && find(dir, "accounts") == null;
    boolean required = !aggregatesOnly;
    Table<Account> accounts = table(dir, "accounts", required, EntityRows::account);
    Table<Item> items = table(dir, "items", required, EntityRows::item);
    Table<Impression> impressions = table(dir, "impressions", required, EntityRows::impression);
    Table<Interaction> interactions = table(dir, "interactions", false, EntityRows::interaction);
    Table<Annotation> annotations = table(dir, "annotations", false, EntityRows::annotation);

    Set<String> accountIds = unique(accounts, Account::accountId, "account_id");
    Set<String> itemIds = unique(items, Item::itemId, "item_id");
    accountIds.addAll(accounts.rejectedIds); // rows already reported: no cascade of reference errors
    itemIds.addAll(items.rejectedIds);
    for (int i = 0; i < impressions.rows.size() && problems.size() < MAX_PROBLEMS; i++) {
      Impression im = impressions.rows.get(i);
      reference(impressions, i, "account_id", im.accountId(), accountIds, "account");
      reference(impressions, i, "item_id", im.itemId(), itemIds, "item");
    }
    for (int i = 0; i < interactions.rows.size(); i++) {
      reference(interactions, i, "account_id", interactions.rows.get(i).accountId(), accountIds, "account");
    }
    for (int i = 0; i < annotations.rows.size(); i++) {
      reference(annotations, i, "item_id", annotations.rows.get(i).itemId(), itemIds, "item");
    }
    Map<String, String> windows = new HashMap<>();
    for (int i = 0; i < aggregates.rows.size(); i++) {
      Aggregate a = aggregates.rows.get(i);
      String w = windows.putIfAbsent(a.setId(), a.window());
      if (w != null && !w.equals(a.window())) {
        problems.add(new InputProblem(aggregates.file, aggregates.lines.get(i), "window", "set '"
            + a.setId() + "' has window '" + a.window() + "' here but '" + w + "' in another row;"
            + " windows must be equal across arms"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new DataSet(accounts.rows, interactions.rows, impressions.rows, items.rows,
        annotations.rows, aggregates.rows, sha256);
  }

  private <T> Set<String> unique(Table<T> t, java.util.function.Function<T, String> id, String column) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < t.rows.size(); i++) {
      if (!ids.add(id.apply(t.rows.get(i)))) {
        problems.add(new InputProblem(t.file, t.lines.get(i), column, "duplicate " + column + " '"
            + id.apply(t.rows.get(i)) + "'"));
      }
    }
    return ids;
  }

  private void reference(Table<?> t, int i, String column, String value, Set<String> known, String what) {
    if (!known.contains(value) && problems.size() < MAX_PROBLEMS) {
      problems.add(new InputProblem(t.file, t.lines.get(i), column, "unknown " + what + " '" + value + "'"));
    }
  }

  private static @Nullable Path find(Path dir, String name) {
    for (String ext : List.of(".csv", ".json")) {
      Path p = dir.resolve(name + ext);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private <T> Table<T> table(Path dir, String name, boolean required,
      BiFunction<SourceRow, List<InputProblem>, @Nullable T> mapper) {
    Path file = find(dir, name);
    Table<T> t = new Table<>(file == null ? name + ".csv" : file.getFileName().toString());
    if (file == null) {
      if (required) {
        problems.add(new InputProblem(name + ".csv", 0, "", "required table missing: put " + name
            + ".csv or " + name + ".json into " + dir));
      }
      return t;
    }
    sha256.put(t.file, sha256(file));
    List<InputProblem> local = new ArrayList<>();
    java.util.function.Consumer<SourceRow> sink = row -> {
      if (local.size() >= MAX_PROBLEMS) {
        return;
      }
      T value = mapper.apply(row, local);
      if (value != null) {
        t.rows.add(value);
        t.lines.add(row.row());
      } else {
        String id = row.get(name.equals("accounts") ? "account_id" : "item_id");
        if (id != null) {
          t.rejectedIds.add(id);
        }
      }
    };
    try {
      if (file.toString().endsWith(".json")) {
        JsonTables.read(file, sink, local);
      } else {
        CsvTables.read(file, sink, local);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    problems.addAll(local.subList(0, Math.min(local.size(), Math.max(0, MAX_PROBLEMS - problems.size()))));
    return t;
  }

  /** SHA-256 of a file as lowercase hex. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rows of one table with the row number of each. */
  private static final class Table<T> {
    final String file;
    final List<T> rows = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    final Set<String> rejectedIds = new HashSet<>();

    Table(String file) {
      this.file = file;
    }
  }
}
