package eu.vigil.statements;

import eu.vigil.shared.Limits;
import jakarta.validation.constraints.Size;

/**
 * A person's review of a statement held by the personal-data check.
 *
 * @param decisionFacts             new facts and circumstances, or empty to keep them
 * @param illegalContentExplanation new explanation, or empty to keep it
 * @param confirmNoPersonalData     the reviewer confirms that what is still found is not personal data
 * @param note                      why (required with the confirmation)
 */
public record StatementReview(@Size(max = Limits.TEXT, message = Limits.CHARS) String decisionFacts,
        @Size(max = Limits.TEXT, message = Limits.CHARS) String illegalContentExplanation, boolean confirmNoPersonalData,
        @Size(max = Limits.TEXT, message = Limits.CHARS) String note) {
}
