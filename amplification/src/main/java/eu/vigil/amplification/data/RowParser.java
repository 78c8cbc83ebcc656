package eu.vigil.amplification.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to the cells of one {@link SourceRow}; every failure becomes an {@link InputProblem}
 * naming file, row and column, and the row is then marked invalid.
 */
final class RowParser {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]*");
  private static final Pattern MARKET = Pattern.compile("[A-Z]{2}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private final SourceRow row;
  private final List<InputProblem> problems;
  private boolean valid = true;

  RowParser(SourceRow row, List<InputProblem> problems) {
    this.row = row;
    this.problems = problems;
  }

  boolean valid() {
    return valid;
  }

  void problem(String column, String message) {
    problems.add(new InputProblem(row.file(), row.row(), column, message));
    valid = false;
  }

  @Nullable String optional(String column) {
    return row.get(column);
  }

  String required(String column) {
    String v = row.get(column);
    if (v == null) {
      problem(column, "required value is missing");
      return "";
    }
    return v;
  }

  /** A required identifier or enum-like token (letters, digits, {@code _ . : -}). */
  String token(String column) {
    String v = required(column);
    if (!v.isEmpty() && !TOKEN.matcher(v).matches()) {
      problem(column, "'" + v + "' is not an identifier (letters, digits, _ . : -)");
    }
    return v;
  }

  String market(String column) {
    String v = required(column).toUpperCase(Locale.ROOT);
    if (!v.isEmpty() && !MARKET.matcher(v).matches()) {
      problem(column, "'" + v + "' is not an ISO 3166-1 alpha-2 code");
    }
    return v;
  }

  String language(String column, boolean isRequired) {
    String v = isRequired ? required(column) : optional(column);
    if (v != null && !v.isEmpty() && !LANGUAGE.matcher(v).matches()) {
      problem(column, "'" + v + "' is not a BCP 47 language tag");
    }
    return v == null ? "" : v;
  }

  <T> @Nullable T parsed(String column, boolean isRequired, Function<String, T> parser) {
    String v = isRequired ? required(column) : optional(column);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return parser.apply(v);
    } catch (IllegalArgumentException e) {
      problem(column, e.getMessage());
      return null;
    }
  }

  int integer(String column, int min) {
    String v = required(column);
    if (v.isEmpty()) {
      return min;
    }
    try {
      int i = Integer.parseInt(v);
      if (i < min) {
        problem(column, "must be at least " + min + ", was " + i);
      }
      return i;
    } catch (NumberFormatException e) {
      problem(column, "'" + v + "' is not an integer");
      return min;
    }
  }

  long count(String column) {
    String v = required(column);
    if (v.isEmpty()) {
      return 0;
    }
    try {
      long i = Long.parseLong(v);
      if (i < 0) {
        problem(column, "must not be negative, was " + i);
      }
      return i;
    } catch (NumberFormatException e) {
      problem(column, "'" + v + "' is not an integer");
      return 0;
    }
  }

  @Nullable Double decimal(String column, double min, double max) {
    String v = optional(column);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (!(d >= min && d <= max)) {
        problem(column, "must be in [" + min + ", " + max + "], was " + v);
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      problem(column, "'" + v + "' is not a number");
      return null;
    }
  }

  boolean bool(String column, boolean dflt) {
    String v = optional(column);
    if (v == null) {
      return dflt;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> {
        problem(column, "'" + v + "' is not a boolean (true/false)");
        yield dflt;
      }
    };
  }

  /** An optional ISO-8601 date or instant (with offset), kept as text. */
  @Nullable String timestamp(String column) {
    String v = optional(column);
    if (v == null) {
      return null;
    }
    try {
      if (v.length() == 10) {
        LocalDate.parse(v);
      } else if (v.endsWith("Z")) {
        Instant.parse(v);
      } else {
        OffsetDateTime.parse(v);
      }
      return v;
    } catch (DateTimeParseException e) {
      problem(column, "'" + v + "' is not an ISO-8601 date or instant");
      return null;
    }
  }
}
