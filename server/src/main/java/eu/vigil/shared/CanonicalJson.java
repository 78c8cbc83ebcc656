package eu.vigil.shared;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes values as JSON with sorted keys and no whitespace, so that equal states always give equal
 * digests. Handles maps, collections, arrays of objects, records, strings, numbers, booleans, enums,
 * temporal values (ISO text) and null.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical JSON text of {@code value}. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b);
            case Number n -> out.append(n);
            case CharSequence s -> string(out, s.toString());
            case Enum<?> e -> string(out, e.name());
            case TemporalAccessor t -> string(out, t.toString());
            case Map<?, ?> m -> {
                TreeMap<String, Object> sorted = new TreeMap<>();
                m.forEach((k, v) -> sorted.put(String.valueOf(k), v));
                object(out, sorted);
            }
            case Collection<?> c -> {
                out.append('[');
                boolean first = true;
                for (Object item : c) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    append(out, item);
                }
                out.append(']');
            }
            case Object[] array -> append(out, java.util.Arrays.asList(array));
            case Record r -> {
                TreeMap<String, Object> fields = new TreeMap<>();
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        fields.put(c.getName(), c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + c.getName(), e);
                    }
                }
                object(out, fields);
            }
            default -> string(out, value.toString());
        }
    }

    private static void object(StringBuilder out, TreeMap<String, Object> fields) {
        out.append('{');
        boolean first = true;
        for (var e : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            append(out, e.getValue());
        }
        out.append('}');
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
