package eu.vigil.removalorder;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import eu.vigil.deconfliction.CaseItem;
import eu.vigil.shared.ItemHash;

/**
 * One piece of content named in an order (Annex I Section B), with its own status (R2) and its typed hash (R38).
 * <p>
 * The API shows the hash as before, a string under {@code hash}, with its type next to it under {@code hashType}
 * ({@code PDQ}, {@code MD5}, {@code SHA256}, {@code TMK_PDQF}; null for an item without hash or with an untyped one).
 *
 * @param position     1-based position in the order
 * @param url          exact URL
 * @param extraInfo    further information to locate it, may be null
 * @param hash         its typed hash, null when it has none or only an {@code untypedHash}
 * @param untypedHash  a hash stored before hashes were typed (V50) whose type could not be told, else null
 * @param typedAtIssue whether the issuer stated the type (orders issued since V50); false for items of earlier orders,
 *                     whose type, if any, Vigil inferred from the length and whose sealed text has no type
 * @param status       PENDING, REMOVED or DISABLED
 * @param actionAt     when the provider acted on it, null while pending
 */
public record OrderItem(int position, String url, String extraInfo, @JsonIgnore ItemHash hash,
        @JsonIgnore String untypedHash, @JsonIgnore boolean typedAtIssue, ItemStatus status, Instant actionAt) {

    /** What happened to an item. */
    public enum ItemStatus {
        PENDING, REMOVED, DISABLED
    }

    /** An item issued with a typed hash (or none). */
    public OrderItem(int position, String url, String extraInfo, ItemHash hash, ItemStatus status, Instant actionAt) {
        this(position, url, extraInfo, hash, null, true, status, actionAt);
    }

    /** The hash as text: the typed hash's canonical value, or the untyped one; null without. */
    @JsonProperty("hash")
    public String hashText() {
        return hash != null ? hash.value() : untypedHash;
    }

    /** The hash's type as the API names it ({@code SHA256}, …), null without a typed hash. */
    @JsonProperty("hashType")
    public String hashType() {
        return hash == null ? null : hash.type().name();
    }

    /** Whether the type was inferred from the length of a hash stored before types were kept (V50), not stated. */
    @JsonProperty("hashTypeInferred")
    public boolean hashTypeInferred() {
        return hash != null && !typedAtIssue;
    }

    /** Whether the provider has not acted on it yet. */
    public boolean pending() {
        return status == ItemStatus.PENDING;
    }

    /** The item as the duplicate register compares it (R37). */
    public CaseItem asCaseItem() {
        return new CaseItem(position, url, hash);
    }
}
