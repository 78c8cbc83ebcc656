package eu.vigil.notice;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.crimearea.CrimeArea;
import eu.vigil.shared.CsvReader;
import eu.vigil.shared.InvalidInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Commission's list of trusted flaggers from CSV (a header row with {@value #COLUMNS}) or JSON (an array of
 * objects with the same keys, or {@code {"trustedFlaggers": [...]}}). Areas of expertise are crime areas
 * ({@code trafficking-in-human-beings}, {@code DRUG_SALES}) or single content categories
 * ({@code EXPLOITATION_ADVERTISEMENT}), separated by {@code ;} or {@code |} in CSV, an array or such a text in JSON.
 * Every row is checked on its own: a row with errors is left out and reported with its number, column and reason.
 */
final class TrustedFlaggerFile {

    /** The header of CSV files and the keys of JSON objects. */
    static final String COLUMNS = "name,member_state,areas_of_expertise,organisation_id,status,status_date";
    /** Largest list accepted (the Commission's list holds a few hundred entries). */
    static final int MAX_ROWS = 10_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TrustedFlaggerFile() {
    }

    /** The file formats. */
    enum Format {
        CSV, JSON
    }

    /** One rejected row; rows count from 1 (the CSV header is row 0). */
    record RowError(int row, String column, String message) {
    }

    /** What the file held: the good rows, and the errors of the others. */
    record Parsed(int rows, List<TrustedFlagger> flaggers, List<RowError> errors) {
    }

    /**
     * Parses a file.
     *
     * @param memberStates whether a code is an EU Member State
     * @param organisation whether an organisation id is one on Vigil
     * @throws InvalidInput naming {@code file} when the file as a whole cannot be read
     */
    static Parsed parse(Format format, String content, Predicate<String> memberStates, Predicate<UUID> organisation) {
        if (content == null || content.replace("\uFEFF", "").isBlank()) {
            throw InvalidInput.of("file", "the file is empty; expected " + (format == Format.CSV
                    ? "the header " + COLUMNS : "a JSON array of objects with the keys " + COLUMNS));
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<Map<String, String>> rows = format == Format.CSV ? csv(text) : json(text);
        List<TrustedFlagger> good = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<RowError> rowErrors = new ArrayList<>();
            TrustedFlagger f = row(i + 1, rows.get(i), rowErrors, memberStates, organisation);
            if (rowErrors.isEmpty()) {
                good.add(f);
            } else {
                errors.addAll(rowErrors);
            }
        }
        return new Parsed(rows.size(), good, errors);
    }

    private static TrustedFlagger row(int n, Map<String, String> r, List<RowError> errors, Predicate<String> memberStates,
            Predicate<UUID> organisation) {
        String name = value(r, "name");
        if (name == null) {
            errors.add(new RowError(n, "name", "the trusted flagger's name is required"));
        } else if (name.length() > eu.vigil.shared.Limits.NAME) {
            errors.add(new RowError(n, "name", "at most " + eu.vigil.shared.Limits.NAME + " characters"));
        }
        String ms = value(r, "member_state");
        if (ms == null || !memberStates.test(ms.toUpperCase(Locale.ROOT))) {
            errors.add(new RowError(n, "member_state", ms == null
                    ? "the Member State of the Digital Services Coordinator that awarded the status is required"
                    : "not an EU Member State code: " + ms));
        }
        Set<CrimeArea> areas = EnumSet.noneOf(CrimeArea.class);
        Set<ContentCategory> categories = EnumSet.noneOf(ContentCategory.class);
        String expertise = value(r, "areas_of_expertise");
        if (expertise == null) {
            errors.add(new RowError(n, "areas_of_expertise", "at least one area of expertise"));
        } else {
            for (String token : expertise.split("[;|]")) {
                String t = token.strip();
                if (t.isEmpty()) {
                    continue;
                }
                var area = CrimeArea.named(t).or(() -> java.util.Arrays.stream(CrimeArea.values())
                        .filter(a -> a.name().equalsIgnoreCase(t)).findFirst());
                var category = ContentCategory.named(t);
                if (area.isPresent()) {
                    areas.add(area.get());
                } else if (category.isPresent()) {
                    categories.add(category.get());
                } else {
                    errors.add(new RowError(n, "areas_of_expertise", "unknown area of expertise '" + t
                            + "': a crime area (" + String.join(", ", java.util.Arrays.stream(CrimeArea.values())
                                    .map(CrimeArea::slug).toList()) + ") or a content category name"));
                }
            }
        }
        UUID org = null;
        String link = value(r, "organisation_id");
        if (link != null) {
            try {
                org = UUID.fromString(link);
                if (!organisation.test(org)) {
                    errors.add(new RowError(n, "organisation_id", "no organisation with this id on Vigil"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(n, "organisation_id", "not an organisation id (UUID)"));
            }
        }
        TrustedFlagger.Status status = TrustedFlagger.Status.AWARDED;
        String s = value(r, "status");
        if (s != null) {
            try {
                status = TrustedFlagger.Status.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(n, "status", "AWARDED, SUSPENDED or REVOKED, got " + s));
            }
        }
        LocalDate date = null;
        String d = value(r, "status_date");
        if (d == null) {
            errors.add(new RowError(n, "status_date", "the date the status was awarded or last changed (YYYY-MM-DD)"));
        } else {
            try {
                date = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                errors.add(new RowError(n, "status_date", "a date YYYY-MM-DD, got " + d));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new TrustedFlagger(UUID.randomUUID(), name, ms.toUpperCase(Locale.ROOT), areas, categories, org, status,
                date);
    }

    private static String value(Map<String, String> r, String key) {
        String v = r.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<Map<String, String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        try {
            CsvReader reader = new CsvReader(new StringReader(text));
            for (List<String> rec = reader.next(); rec != null; rec = reader.next()) {
                if (!reader.blank()) {
                    records.add(rec);
                }
                if (records.size() > MAX_ROWS + 1) {
                    throw InvalidInput.of("file", "at most " + MAX_ROWS + " rows");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidInput.of("file", "not a CSV file: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw InvalidInput.of("file", "the file has no header: expected " + COLUMNS);
        }
        List<String> header = records.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .map(h -> h.equals("areas") ? "areas_of_expertise" : h).toList();
        if (!header.contains("name") || !header.contains("member_state")) {
            throw InvalidInput.of("file", "the header must name the columns " + COLUMNS);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < rec.size(); c++) {
                row.put(header.get(c), rec.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, String>> json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw InvalidInput.of("file", "not a JSON document: expected an array of objects with the keys " + COLUMNS);
        }
        JsonNode list = root != null && root.isObject() && root.has("trustedFlaggers") ? root.get("trustedFlaggers") : root;
        if (list == null || !list.isArray()) {
            throw InvalidInput.of("file", "expected a JSON array of objects with the keys " + COLUMNS);
        }
        if (list.size() > MAX_ROWS) {
            throw InvalidInput.of("file", "at most " + MAX_ROWS + " rows");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode o : list) {
            Map<String, String> row = new LinkedHashMap<>();
            if (o != null && o.isObject()) {
                for (var e : o.properties()) {
                    JsonNode v = e.getValue();
                    String key = e.getKey().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
                    if (key.equals("areas")) {
                        key = "areas_of_expertise";
                    }
                    if (v.isArray()) {
                        List<String> parts = new ArrayList<>();
                        v.forEach(x -> parts.add(x.asString()));
                        row.put(key, String.join(";", parts));
                    } else if (!v.isNull()) {
                        row.put(key, v.asString());
                    }
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
