package eu.vigil.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads updates of the competent-authority register from CSV or JSON (the Commission's register, re-keyed
 * to Vigil's columns). Every row is validated on its own: good rows are applied (each in its own
 * transaction), bad rows are reported with their row number, column and reason, and nothing is lost.
 * <p>
 * Columns: {@value #COLUMNS}. Roles and contact point take true/false, yes/no, x or empty; dates are
 * ISO {@code yyyy-mm-dd} (UTC midnight) or ISO instants.
 */
@Service
public class RegisterImport {

    /** The header expected in CSV files and the keys of JSON objects. */
    public static final String COLUMNS = "code,member_state,name,abbreviation,issue,scrutinise,specific_measures,"
            + "penalties,contact_point,contact_email,contact_phone,source,confidence,quality_note,valid_from,"
            + "authority_type,postal_address,fax,redress_provisions";

    private static final Set<String> COLUMN_SET = Set.of(COLUMNS.split(","));

    private static final List<String> REQUIRED = List.of("code", "member_state", "name", "valid_from");

    private final CompetentAuthorities authorities;
    private final ReferenceData reference;
    private final JsonMapper json = JsonMapper.builder().build();

    RegisterImport(CompetentAuthorities authorities, ReferenceData reference) {
        this.authorities = authorities;
        this.reference = reference;
    }

    /** One rejected row. Row numbers count data rows from 1 (the CSV header is row 0). */
    public record RowError(int row, String column, String message) {
    }

    /** What an import did. */
    public record Report(int rows, int created, int amended, int unchanged, List<RowError> errors, boolean dryRun) {

        public boolean clean() {
            return errors.isEmpty();
        }
    }

    /** Supported file formats. */
    public enum Format {
        CSV, JSON
    }

    /**
     * Imports a file. Only platform administrators and the Commission (which keeps the register, Art. 12(4))
     * may do this.
     */
    public Report run(Actor actor, Format format, String content, boolean dryRun) {
        if (!actor.isPlatformAdmin() && actor.kind() != OrganisationKind.COMMISSION) {
            throw new Forbidden("only the Commission and platform administrators update the register");
        }
        if (content == null || content.replace("\uFEFF", "").isBlank()) {
            throw InvalidInput.of("file", "the file is empty; expected " + (format == Format.CSV
                    ? "the header " + COLUMNS : "a JSON array of objects with the keys " + COLUMNS));
        }
        List<Map<String, String>> rows = format == Format.CSV ? csvRows(content) : jsonRows(content);
        List<RowError> errors = new ArrayList<>();
        int created = 0;
        int amended = 0;
        int unchanged = 0;
        for (int i = 0; i < rows.size(); i++) {
            int rowNumber = i + 1;
            List<RowError> rowErrors = new ArrayList<>();
            AuthorityEntry entry = parse(rows.get(i), rowNumber, rowErrors);
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            if (dryRun) {
                continue;
            }
            try {
                switch (authorities.apply(actor.auditor(), entry)) {
                    case CREATED -> created++;
                    case AMENDED -> amended++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (InvalidInput e) {
                e.errors().forEach(fe -> errors.add(new RowError(rowNumber, fe.field(), fe.message())));
            }
        }
        return new Report(rows.size(), created, amended, unchanged, errors, dryRun);
    }

    private List<Map<String, String>> csvRows(String content) {
        List<List<String>> lines;
        try {
            lines = Csv.parse(content.startsWith("\uFEFF") ? content.substring(1) : content);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("file", e.getMessage());
        }
        if (lines.isEmpty()) {
            throw InvalidInput.of("file", "is empty; expected the header " + COLUMNS);
        }
        List<String> header = lines.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        List<String> unknown = header.stream().filter(h -> !COLUMN_SET.contains(h)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw InvalidInput.of("header", (missing.isEmpty() ? "" : "missing columns " + missing + " ")
                    + (unknown.isEmpty() ? "" : "unknown columns " + unknown + " ") + "(expected " + COLUMNS + ")");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), c < line.size() ? line.get(c) : null);
            }
            if (line.size() != header.size()) {
                row.put("__width", line.size() + " fields instead of " + header.size());
            }
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, String>> jsonRows(String content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (tools.jackson.core.JacksonException e) {
            throw InvalidInput.of("file", "is not valid JSON: " + e.getOriginalMessage() + (e.getLocation() == null
                    ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || !root.isArray()) {
            throw InvalidInput.of("file", "must be a JSON array of objects with the keys " + COLUMNS);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode node : root) {
            Map<String, String> row = new LinkedHashMap<>();
            if (!node.isObject()) {
                row.put("__width", "is not a JSON object");
            } else {
                for (var prop : node.properties()) {
                    JsonNode v = prop.getValue();
                    row.put(prop.getKey().toLowerCase(Locale.ROOT), v.isNull() ? null : v.asString());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private AuthorityEntry parse(Map<String, String> row, int n, List<RowError> errors) {
        if (row.containsKey("__width")) {
            errors.add(new RowError(n, "*", row.get("__width")));
            return null;
        }
        for (String key : row.keySet()) {
            if (!COLUMN_SET.contains(key)) {
                errors.add(new RowError(n, key, "unknown column"));
            }
        }
        for (String c : REQUIRED) {
            if (blank(row.get(c))) {
                errors.add(new RowError(n, c, "is required"));
            }
        }
        String code = trim(row.get("code"));
        String ms = trim(row.get("member_state"));
        if (ms != null) {
            ms = ms.toUpperCase(Locale.ROOT);
            if (!reference.isEuMemberState(ms)) {
                errors.add(new RowError(n, "member_state", "'" + ms + "' is not an EU Member State code"));
            }
        }
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}-[A-Z0-9-]{2,40}")) {
                errors.add(new RowError(n, "code", "must look like DE-BKA (Member State, dash, 2-40 letters/digits)"));
            } else if (ms != null && !code.startsWith(ms + "-")) {
                errors.add(new RowError(n, "code", "must start with the member_state " + ms));
            }
        }
        Set<AuthorityRole> roles = EnumSet.noneOf(AuthorityRole.class);
        flag(row, "issue", n, errors, AuthorityRole.ISSUE, roles);
        flag(row, "scrutinise", n, errors, AuthorityRole.SCRUTINISE, roles);
        flag(row, "specific_measures", n, errors, AuthorityRole.SPECIFIC_MEASURES, roles);
        flag(row, "penalties", n, errors, AuthorityRole.PENALTIES, roles);
        Boolean contactPoint = bool(row.get("contact_point"), n, "contact_point", errors);
        Confidence confidence = Confidence.CONFIRMED;
        if (!blank(row.get("confidence"))) {
            try {
                confidence = Confidence.valueOf(row.get("confidence").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(n, "confidence", "must be CONFIRMED, PARTIAL or UNVERIFIED"));
            }
        }
        String email = trim(row.get("contact_email"));
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new RowError(n, "contact_email", "is not an e-mail address"));
        }
        AuthorityType type = null;
        if (!blank(row.get("authority_type"))) {
            try {
                type = AuthorityType.valueOf(row.get("authority_type").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(n, "authority_type", "must be JUDICIAL, LAW_ENFORCEMENT or OTHER"));
            }
        }
        Instant validFrom = null;
        String from = trim(row.get("valid_from"));
        if (from != null) {
            try {
                validFrom = from.length() == 10 ? LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC)
                        : Instant.parse(from);
            } catch (DateTimeParseException e) {
                errors.add(new RowError(n, "valid_from", "'" + from + "' is not a date (yyyy-mm-dd) or ISO instant"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String source = trim(row.get("source"));
        return new AuthorityEntry(code, ms, trim(row.get("name")), trim(row.get("abbreviation")), roles,
                Boolean.TRUE.equals(contactPoint), email, trim(row.get("contact_phone")),
                source == null ? "Commission online register (Art. 12(4)), imported" : source, confidence,
                trim(row.get("quality_note")), validFrom, type, trim(row.get("postal_address")), trim(row.get("fax")),
                trim(row.get("redress_provisions")));
    }

    private static void flag(Map<String, String> row, String column, int n, List<RowError> errors, AuthorityRole role,
            Set<AuthorityRole> roles) {
        if (Boolean.TRUE.equals(bool(row.get(column), n, column, errors))) {
            roles.add(role);
        }
    }

    private static Boolean bool(String value, int n, String column, List<RowError> errors) {
        if (blank(value)) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "x", "1", "y" -> true;
            case "false", "no", "0", "n", "-" -> false;
            default -> {
                errors.add(new RowError(n, column, "'" + value + "' is not true/false, yes/no or x"));
                yield null;
            }
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
