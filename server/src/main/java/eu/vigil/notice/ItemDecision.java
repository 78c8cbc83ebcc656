package eu.vigil.notice;

/**
 * The provider's decision on one item.
 *
 * @param measure   what it did
 * @param reason    why no action was taken (required with {@link NoticeMeasure#NO_ACTION}), or a remark, or null
 * @param decidedAt when
 * @param decidedBy who
 */
public record ItemDecision(NoticeMeasure measure, String reason, java.time.Instant decidedAt, String decidedBy) {

    public ItemDecision {
        if (measure == null) {
            throw new IllegalArgumentException("a decision needs a measure");
        }
        if (measure == NoticeMeasure.NO_ACTION && (reason == null || reason.isBlank())) {
            throw NoticeRefusal.REASON_REQUIRED.violation();
        }
    }
}
