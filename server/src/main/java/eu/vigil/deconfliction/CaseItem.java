package eu.vigil.deconfliction;

import eu.vigil.shared.ItemHash;

/**
 * One item of a case as compared for duplicates: its position in the case, its URL and its typed hash.
 *
 * @param position the item's position in its case (as the case numbers it)
 * @param url      the content URL as sent; compared by {@link eu.vigil.shared.ContentUrl#key}
 * @param hash     the item's typed hash, or null
 */
public record CaseItem(int position, String url, ItemHash hash) {
}
