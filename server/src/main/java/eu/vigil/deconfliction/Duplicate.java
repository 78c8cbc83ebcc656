package eu.vigil.deconfliction;

/**
 * An item that an open case already names (R37): the sender is warned and sees the existing case; nothing is
 * blocked (ADR 0035).
 *
 * @param position          the position of the item being checked
 * @param existing          the open case that names it
 * @param existingPosition  the item's position in that case
 * @param senderName        the organisation that sent the existing case
 * @param senderMemberState its Member State (null for Europol)
 * @param matchedBy         URL or hash
 * @param pdqDistance       Hamming distance when two PDQ hashes matched, else null
 */
public record Duplicate(int position, CaseRef existing, int existingPosition, String senderName,
        String senderMemberState, MatchedBy matchedBy, Integer pdqDistance) {

    /** The sender as people read it: the name and, when known, the Member State. */
    public String sender() {
        return senderMemberState == null ? senderName : senderName + " (" + senderMemberState + ")";
    }
}
