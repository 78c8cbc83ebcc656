package eu.vigil.bank;

import java.util.Locale;

/** File formats of bulk import and export. */
public enum BankFormat {
    /**
     * Comma-separated values with a header line; columns {@value #COLUMNS} (the last three optional on import;
     * labels separated by {@code ;} or {@code |}).
     */
    CSV,
    /** A JSON array of objects with the same fields ({@code labels} an array or a string). */
    JSON;

    /** Columns of the CSV form, in export order. */
    public static final String COLUMNS = "signal_type,value,labels,source_kind,source_id,added_at,enabled";

    /** By name or file extension, case-insensitively. */
    public static BankFormat parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "CSV", "TEXT/CSV" -> CSV;
            case "JSON", "APPLICATION/JSON" -> JSON;
            default -> throw new IllegalArgumentException("format must be csv or json");
        };
    }

    /** The format of a file name, by its extension; CSV when unknown. */
    public static BankFormat ofFileName(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
    }
}
