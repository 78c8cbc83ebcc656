package eu.vigil.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which label a posted field has in the forms posting to some paths: each feature declares its tables (Spring
 * components extending this class; the web shell collects them), so that errors read "Addressee: choose a provider" instead of
 * "providerId: choose a provider" (issue 12). The paths are Ant patterns of the forms' {@code action}s
 * ({@code /exposure/*}{@code /decision}); where several tables hold, the longest pattern wins for a name. The label key
 * is the one the form's {@code <label>} uses; the id is the form control's {@code id}, the target of the error
 * summary's link. Names with list positions ({@code contactPoints[1].address}) are declared with empty brackets
 * ({@code contactPoints[].address}); an id may contain {@code {i}} for the position and {@code {id}} for the last
 * UUID of the action (the case or complaint a form of a list acts on).
 */
public abstract class FieldLabels {

    /** The label key and control id of one field. */
    public record Field(String labelKey, String id) {
    }

    private final List<String> paths;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** @param paths Ant patterns of the form actions where these names hold, such as {@code /orders/**} */
    protected FieldLabels(String... paths) {
        this.paths = List.of(paths);
    }

    /** Declares a field whose control id is its name. */
    protected final void field(String name, String labelKey) {
        field(name, labelKey, name.replace("[]", "{i}").replace(".", "-"));
    }

    /** Declares a field with its control id; null when the page has no one control to link to. */
    protected final void field(String name, String labelKey, String id) {
        fields.put(name, new Field(labelKey, id));
    }

    private static final org.springframework.util.AntPathMatcher MATCHER = new org.springframework.util.AntPathMatcher();

    /**
     * How specific the most specific of this table's patterns that {@code path} matches is (its length without
     * wildcards), or -1 when none matches.
     */
    public final int match(String path) {
        int best = -1;
        for (String p : paths) {
            if (path != null && MATCHER.match(p, path)) {
                best = Math.max(best, p.replace("*", "").length());
            }
        }
        return best;
    }

    /** The declared fields by posted name. */
    public final Map<String, Field> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }
}
