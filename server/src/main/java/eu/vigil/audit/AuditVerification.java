package eu.vigil.audit;

/** Outcome of recomputing the audit chain. */
public sealed interface AuditVerification {

    /** Number of records examined. */
    long checked();

    /**
     * Every record matches its hash and links to its predecessor.
     *
     * @param checked  records examined
     * @param headSeq  sequence number of the last record (anchor it outside the database to detect truncation)
     * @param headHash hash of the last record
     */
    record Intact(long checked, long headSeq, String headHash) implements AuditVerification {
    }

    /**
     * The chain is broken at {@code seq}.
     *
     * @param checked records examined before the break was found
     * @param seq     sequence number where verification failed
     * @param reason  what was found there
     */
    record Broken(long checked, long seq, String reason) implements AuditVerification {
    }
}
