package eu.vigil.statements;

/**
 * A person's review of a statement held by the personal-data check.
 *
 * @param decisionFacts             new facts and circumstances, or empty to keep them
 * @param illegalContentExplanation new explanation, or empty to keep it
 * @param confirmNoPersonalData     the reviewer confirms that what is still found is not personal data
 * @param note                      why (required with the confirmation)
 */
public record StatementReview(String decisionFacts, String illegalContentExplanation, boolean confirmNoPersonalData,
        String note) {
}
