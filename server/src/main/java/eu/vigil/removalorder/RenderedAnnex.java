package eu.vigil.removalorder;

import java.util.List;

/**
 * An Annex form filled in and put into words in one language, ready to lay out as PDF ({@link OrderDocuments}) or
 * HTML ({@code orders/annex.jte}): only text, no keys. A label a language lacks is in English with its
 * {@code fallback} flag set; then {@link #footer()} says so in the document's language.
 *
 * @param title          the Annex's title
 * @param titleFallback  the title is in English because the language lacks it
 * @param header         the fixed header text
 * @param headerFallback the header is in English because the language lacks it
 * @param sections       the sections in the order of the Annex
 * @param language       ISO 639-1 code of the document's language
 * @param languageName   that language's name in itself
 * @param footer         the note that labels not available are given in English, null when none is
 */
public record RenderedAnnex(String title, boolean titleFallback, String header, boolean headerFallback,
        List<Section> sections, String language, String languageName, String footer) {

    /** The marker put after a label given in English in a document in another language. */
    public static final String FALLBACK_MARKER = "[EN]";

    public RenderedAnnex {
        sections = List.copyOf(sections);
    }

    /**
     * A section as shown.
     *
     * @param heading  its heading
     * @param fallback the heading is in English because the language lacks it
     * @param fields   its fields
     */
    public record Section(String heading, boolean fallback, List<Field> fields) {

        public Section {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A field as shown: its label and its value, one line per entry (items, tick boxes, contacts).
     *
     * @param label    the label
     * @param values   the lines of the value, at least one ("—" when empty)
     * @param fallback the label or a fixed text in the value is in English because the language lacks it
     */
    public record Field(String label, List<String> values, boolean fallback) {

        public Field {
            values = List.copyOf(values);
        }

        /** The value as one text, lines separated by newlines. */
        public String value() {
            return String.join("\n", values);
        }
    }
}
