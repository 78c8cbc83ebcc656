package eu.vigil.amplification.data;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON table: an array of flat objects, or an object whose {@code rows} field is such an array.
 * Arrays inside a row (e.g. {@code annotator_ids}) become {@code ;}-separated text. Row numbers are
 * 1-based positions in the array.
 */
final class JsonTables {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonTables() {}

  static void read(Path file, Consumer<SourceRow> sink, List<InputProblem> problems) {
    String name = file.getFileName().toString();
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JacksonException e) {
      problems.add(new InputProblem(name, 0, "", "not valid JSON: " + e.getOriginalMessage()));
      return;
    }
    JsonNode rows = root.isObject() && root.has("rows") ? root.get("rows") : root;
    if (!rows.isArray()) {
      problems.add(new InputProblem(name, 0, "", "expected an array of objects (or {\"rows\": [...]})"));
      return;
    }
    int row = 0;
    for (JsonNode node : rows) {
      row++;
      if (!node.isObject()) {
        problems.add(new InputProblem(name, row, "", "expected an object"));
        continue;
      }
      Map<String, Integer> columns = new HashMap<>();
      String[] values = new String[node.size()];
      int i = 0;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        columns.put(field.getKey(), i);
        values[i++] = text(field.getValue());
      }
      sink.accept(new SourceRow(name, row, columns, values));
    }
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      return StreamSupport.stream(v.spliterator(), false).map(JsonTables::text)
          .collect(Collectors.joining(";"));
    }
    if (v.isValueNode()) {
      return v.asString();
    }
    return v.toString();
  }
}
