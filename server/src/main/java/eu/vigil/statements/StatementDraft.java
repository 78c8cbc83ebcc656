package eu.vigil.statements;

import java.time.LocalDate;
import java.util.List;

import eu.vigil.shared.Limits;
import jakarta.validation.constraints.Size;

/**
 * What the provider adds to the order's data to state its reasons for the Transparency Database.
 *
 * @param contentTypes       content types, e.g. {@code VIDEO} or {@code CONTENT_TYPE_VIDEO} (at least one)
 * @param contentTypeOther   description when {@code OTHER} is among the types
 * @param contentDate        when the content was posted
 * @param contentLanguage    ISO 639-1 code of the content's language, optional
 * @param decisionFacts      facts and circumstances; empty for the standard text naming the order
 * @param automatedDetection whether the content was found by automated means
 */
public record StatementDraft(
        @Size(max = Limits.LIST, message = Limits.COUNT) List<@Size(max = 40, message = Limits.CHARS) String> contentTypes,
        @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String contentTypeOther, LocalDate contentDate,
        @Size(max = 8, message = Limits.CHARS) String contentLanguage,
        @Size(max = Limits.TEXT, message = Limits.CHARS) String decisionFacts, boolean automatedDetection) {

    public StatementDraft {
        contentTypes = contentTypes == null ? List.of() : List.copyOf(contentTypes);
    }
}
