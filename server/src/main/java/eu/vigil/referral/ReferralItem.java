package eu.vigil.referral;

import eu.vigil.deconfliction.CaseItem;
import eu.vigil.shared.ItemHash;

/**
 * One referred item.
 *
 * @param position    1-based position in the referral
 * @param url         its exact location
 * @param hash        its typed hash, or null (R38)
 * @param termsClause the clause of the provider's terms of service the content is thought to breach
 * @param account     the account that posted it, when known
 * @param held        whether it matched another organisation's investigation flag (R11)
 * @param feedback    the provider's answer, null while open
 */
public record ReferralItem(int position, String url, ItemHash hash, String termsClause, String account, boolean held,
        ItemFeedback feedback) {

    /** Whether the provider has not answered for it yet. */
    public boolean open() {
        return feedback == null;
    }

    /** The item as the duplicate register compares it. */
    public CaseItem asCaseItem() {
        return new CaseItem(position, url, hash);
    }

    /** The item with the provider's answer. */
    ReferralItem answered(ItemFeedback answer) {
        return new ReferralItem(position, url, hash, termsClause, account, held, answer);
    }
}
