package eu.vigil.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.vigil.shared.InvalidInput;

/**
 * The errors of a refused form as a page shows them (issue 12): a summary at the top whose entries name the
 * field by its label and link to it, the message at each field ({@code id="<field>-error"}, referenced by the
 * control's {@code aria-describedby}, with {@code aria-invalid="true"}), and what the user typed, so the form is
 * shown again as it was sent. Made by {@link Shell#form(List)}; rendered by {@code tags/errorSummary.jte} and
 * {@code tags/fieldError.jte}. A form posting to another address than its page's refuses with
 * {@link eu.vigil.shared.RefusedForm}, answered by a redirect to the page (post-redirect-get).
 */
public final class FormErrors {

    private static final Pattern POSITION = Pattern.compile("\\[(\\d+)]");

    /** One line of the summary; {@code href} is null when the problem belongs to no one field. */
    public record Entry(String label, String message, String href) {
    }

    private final List<Entry> summary = new ArrayList<>();
    private final Map<String, List<String>> byId = new LinkedHashMap<>();
    private final Submission submission;

    FormErrors(Shell shell, Map<String, eu.vigil.shared.FieldLabels.Field> fields, List<InvalidInput.FieldError> errors,
            Submission submission) {
        this.submission = submission;
        for (InvalidInput.FieldError e : errors) {
            Resolved r = resolve(shell, fields, e.field());
            summary.add(new Entry(r == null ? null : r.label(), e.message(), r == null || r.id() == null ? null
                    : "#" + r.id()));
            if (r != null && r.id() != null) {
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(e.message());
            }
        }
    }

    /** Whether there is anything to show. */
    public boolean any() {
        return !summary.isEmpty();
    }

    public List<Entry> summary() {
        return summary;
    }

    /** Whether the control with this id has an error. */
    public boolean has(String id) {
        return byId.containsKey(id);
    }

    /** {@code "true"} for {@code aria-invalid} when the control has an error; null (no attribute) otherwise. */
    public String invalid(String id) {
        return has(id) ? "true" : null;
    }

    /** {@code aria-describedby} of the control: its error message when it has one; null otherwise. */
    public String describedBy(String id) {
        return has(id) ? id + "-error" : null;
    }

    /** {@code aria-describedby} of a control that is also described by {@code others} (help texts). */
    public String describedBy(String id, String others) {
        return has(id) ? id + "-error " + others : others;
    }

    /** The messages for the control, joined; null when it has none. */
    public String message(String id) {
        return has(id) ? String.join("; ", byId.get(id)) : null;
    }

    /** Whether the page is shown again after a refused post (to {@code action}, when given). */
    public boolean posted(String action) {
        return submission != null && (action == null || action.equals(submission.action()));
    }

    /** What was typed in the field after a refused post, else (or when the post had no such field) {@code fallback}. */
    public String value(String name, String fallback) {
        if (submission == null) {
            return fallback == null ? "" : fallback;
        }
        List<String> v = submission.values().get(name);
        if (v == null) {
            return fallback == null ? "" : fallback;
        }
        return v.isEmpty() || v.getFirst() == null ? "" : v.getFirst();
    }

    /** What was typed in the field after a refused post, else empty. */
    public String value(String name) {
        return value(name, "");
    }

    /**
     * What was typed in the field when the refused post went to {@code action}, else empty: for pages with
     * several forms whose fields share a name.
     */
    public String typed(String action, String name) {
        return posted(action) ? value(name, "") : "";
    }

    /** Whether {@code option} of a select or checkbox group was chosen after a refused post, else {@code fallback}. */
    public boolean chosen(String name, String option, boolean fallback) {
        if (submission == null) {
            return fallback;
        }
        List<String> v = submission.values().get(name);
        return v != null && v.contains(option);
    }

    private record Resolved(String label, String id) {
    }

    private static Resolved resolve(Shell shell, Map<String, eu.vigil.shared.FieldLabels.Field> fields, String name) {
        if (name == null) {
            return null;
        }
        eu.vigil.shared.FieldLabels.Field exact = fields.get(name);
        if (exact != null) {
            return new Resolved(shell.t(exact.labelKey()), exact.id() == null ? null : exact.id().replace("{i}", "0"));
        }
        Matcher m = POSITION.matcher(name);
        Integer position = m.find() ? Integer.valueOf(m.group(1)) : null;
        String candidate = POSITION.matcher(name).replaceAll("[]");
        while (true) {
            eu.vigil.shared.FieldLabels.Field f = fields.get(candidate);
            if (f == null && candidate.endsWith("[]")) {
                f = fields.get(candidate.substring(0, candidate.length() - 2));
            }
            if (f != null) {
                String label = shell.t(f.labelKey());
                if (position != null) {
                    label = shell.t("form.position", label, position + 1);
                }
                return new Resolved(label, f.id() == null ? null
                        : f.id().replace("{i}", String.valueOf(position == null ? 0 : position)));
            }
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            candidate = candidate.substring(0, dot);
        }
    }
}
