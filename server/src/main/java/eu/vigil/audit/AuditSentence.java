package eu.vigil.audit;

/**
 * One audit record told as a sentence in the reader's language, e.g. "Anna Schmidt (BKA) issued
 * DE-BKA-2026-00005 to Kestrel Video Inc.". The sentence is split around the object so that a page can make the
 * object a link: {@code before + object + after} is the whole sentence.
 *
 * @param record       the record told
 * @param actor        who did it: display name and organisation, or the system and its job
 * @param organisation the organisation the record belongs to, null for the system
 * @param before       text before the object
 * @param kind         the kind of object in words, e.g. "removal order"
 * @param object       the object's human reference (order reference, name) or its kind in words and a short id
 * @param after        text after the object
 * @param href         page of the object, null when its kind has no page
 */
public record AuditSentence(AuditRecord record, String actor, String organisation, String kind, String before, String object,
        String after, String href) {

    /** The whole sentence as plain text. */
    public String text() {
        return before + object + after;
    }
}
