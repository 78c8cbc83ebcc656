package eu.vigil.notice;

import eu.vigil.deconfliction.CaseItem;
import eu.vigil.shared.ItemHash;

/**
 * One notified item: its exact electronic location (Art. 16(2)(b)).
 *
 * @param position 1-based position in the notice
 * @param url      its exact URL
 * @param hash     its typed hash, or null (R38)
 * @param decision the provider's decision, null while open
 */
public record NoticeItem(int position, String url, ItemHash hash, ItemDecision decision) {

    /** Whether the provider has not decided on it yet. */
    public boolean open() {
        return decision == null;
    }

    /** The item as the duplicate register compares it. */
    public CaseItem asCaseItem() {
        return new CaseItem(position, url, hash);
    }

    /** The item with the provider's decision. */
    NoticeItem decided(ItemDecision d) {
        return new NoticeItem(position, url, hash, d);
    }
}
