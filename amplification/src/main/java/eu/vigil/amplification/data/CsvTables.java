package eu.vigil.amplification.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads RFC 4180 CSV (UTF-8, optional BOM, comma separator, double-quote quoting, CRLF or LF) with a
 * header row. Row numbers are line numbers of the record start, the header being row 1.
 */
final class CsvTables {

  private CsvTables() {}

  /** Streams the data rows of a file to {@code sink}; structural problems go to {@code problems}. */
  static void read(Path file, Consumer<SourceRow> sink, List<InputProblem> problems) throws IOException {
    String name = file.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read(name, in, sink, problems);
    }
  }

  static void read(String name, Reader in, Consumer<SourceRow> sink, List<InputProblem> problems)
      throws IOException {
    RecordScanner scanner = new RecordScanner(in);
    List<String> header = scanner.next();
    if (header == null) {
      problems.add(new InputProblem(name, 1, "", "empty file: a header row is required"));
      return;
    }
    if (!header.isEmpty() && header.getFirst().startsWith("\uFEFF")) {
      header.set(0, header.getFirst().substring(1));
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (columns.putIfAbsent(header.get(i).strip(), i) != null) {
        problems.add(new InputProblem(name, 1, header.get(i), "duplicate column"));
      }
    }
    Map<String, Integer> shared = Map.copyOf(columns);
    while (true) {
      int line = scanner.line();
      List<String> rec = scanner.next();
      if (rec == null) {
        return;
      }
      if (rec.size() == 1 && rec.getFirst().isEmpty()) {
        continue; // blank line
      }
      if (rec.size() != header.size()) {
        problems.add(new InputProblem(name, line, "", "has " + rec.size() + " fields, header has "
            + header.size()));
        continue;
      }
      sink.accept(new SourceRow(name, line, shared, rec.toArray(String[]::new)));
    }
  }

  /** Splits the character stream into records; tracks the line number of each record start. */
  private static final class RecordScanner {
    private final Reader in;
    private int line = 1;
    private int pushback = -2;

    RecordScanner(Reader in) {
      this.in = in;
    }

    int line() {
      return line;
    }

    private int read() throws IOException {
      if (pushback != -2) {
        int c = pushback;
        pushback = -2;
        return c;
      }
      return in.read();
    }

    List<String> next() throws IOException {
      int c = read();
      if (c == -1) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean fieldStart = true;
      while (true) {
        if (c == -1) {
          fields.add(field.toString());
          return fields;
        }
        if (quoted) {
          if (c == '"') {
            int d = read();
            if (d == '"') {
              field.append('"');
            } else {
              quoted = false;
              c = d;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == '"' && fieldStart) {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          fieldStart = true;
          c = read();
          continue;
        } else if (c == '\r' || c == '\n') {
          if (c == '\r') {
            int d = read();
            if (d != '\n') {
              pushback = d;
            }
          }
          line++;
          fields.add(field.toString());
          return fields;
        } else {
          field.append((char) c);
        }
        fieldStart = false;
        c = read();
      }
    }
  }
}
