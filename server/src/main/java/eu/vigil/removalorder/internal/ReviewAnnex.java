package eu.vigil.removalorder.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.vigil.removalorder.IssuePreview;
import eu.vigil.removalorder.TerroristContentType;

/**
 * The Annex I fields of an unsaved order grouped by the sections of the form, for the issuing wizard's review step
 * (issue 12, point 3). Only {@code orders/issueReviewAnnex.jte} uses it; a full Annex form model replaces both.
 */
public final class ReviewAnnex {

    /** Section order: the order's own fields first, then Sections A to G. */
    private static final List<String> SECTIONS = List.of("order", "A", "B", "C", "D", "E", "F", "G");

    private ReviewAnnex() {
    }

    /**
     * One section of the form.
     *
     * @param name {@code order} or a section letter
     * @param rows its fields in the order of the sealed text
     */
    public record Section(String name, List<Row> rows) {
    }

    /**
     * One field.
     *
     * @param key   the stable field identifier of the sealed text ({@code B.statement_of_reasons})
     * @param value its value, null when empty or set on sealing
     */
    public record Row(String key, Object value) {
    }

    /** The fields of {@code annex} by section, omitting the register's internal ids. */
    public static List<Section> sections(Map<String, Object> annex) {
        Map<String, List<Row>> by = new LinkedHashMap<>();
        SECTIONS.forEach(s -> by.put(s, new ArrayList<>()));
        annex.forEach((key, value) -> {
            if (key.endsWith("_id") || key.endsWith("_register_version")) {
                return;
            }
            String section = key.length() > 2 && key.charAt(1) == '.' ? key.substring(0, 1) : "order";
            by.computeIfAbsent(section, s -> new ArrayList<>()).add(new Row(key, value));
        });
        return by.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> new Section(e.getKey(), e.getValue()))
                .toList();
    }

    /** Whether only sealing gives the field its value. */
    public static boolean setOnSealing(String key) {
        return IssuePreview.SET_ON_SEALING.contains(key);
    }

    /** The Art. 2(7) reasons of the sealed codes {@code 2(7)(a)}. */
    public static List<TerroristContentType> reasons(Object codes) {
        List<?> list = codes instanceof List<?> l ? l : List.of();
        return java.util.Arrays.stream(TerroristContentType.values())
                .filter(t -> list.contains("2(7)(" + t.letter() + ")")).toList();
    }

    /** One readable line per entry of a list field: URLs with their details and hashes, contact points, codes. */
    public static List<String> lines(List<?> list) {
        return list.stream().map(ReviewAnnex::line).toList();
    }

    private static String line(Object entry) {
        if (!(entry instanceof Map<?, ?> m)) {
            return String.valueOf(entry);
        }
        if (m.containsKey("url")) {
            return m.get("position") + ". " + m.get("url") + (m.get("extra_info") == null ? "" : " — " + m.get("extra_info"))
                    + (m.get("hash") == null ? "" : " · " + (m.get("hash_type") == null ? "" : eu.vigil.shared.ItemHash.Type
                            .named(m.get("hash_type").toString()).map(t -> t.label() + " ").orElse("")) + m.get("hash"));
        }
        if (m.containsKey("channel")) {
            Object languages = m.get("languages");
            return m.get("channel") + ": " + m.get("address")
                    + (languages instanceof List<?> l && !l.isEmpty()
                            ? " (" + l.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")" : "")
                    + (Boolean.TRUE.equals(m.get("available_24_7")) ? " · 24/7" : "");
        }
        return m.toString();
    }
}
