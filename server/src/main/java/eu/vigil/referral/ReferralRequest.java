package eu.vigil.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.shared.ItemHash;
import eu.vigil.shared.Limits;
import eu.vigil.shared.Violations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What a sender submits to refer content to one provider.
 *
 * @param providerId             the provider's organisation id
 * @param category               a {@link ContentCategory} name, e.g. {@code TERRORIST_PROPAGANDA}
 * @param language               ISO 639-1 code of the content's language, optional
 * @param requestedResponseHours the response time asked for, in hours (1 to 720); empty for the installation's default
 * @param note                   a remark to the provider, optional
 * @param items                  the items (1 to {@value Limits#ITEMS})
 */
public record ReferralRequest(UUID providerId, @Size(max = 60, message = Limits.CHARS) String category,
        @Size(max = 8, message = Limits.CHARS) String language, Integer requestedResponseHours,
        @Size(max = Limits.TEXT, message = Limits.CHARS) String note,
        @Size(max = Limits.ITEMS, message = Limits.COUNT) List<@Valid Item> items) {

    /** Longest response time a sender may ask for. */
    public static final int MAX_RESPONSE_HOURS = 720;

    public ReferralRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One item.
     *
     * @param url         its exact location (http or https)
     * @param hashType    {@code PDQ}, {@code MD5}, {@code SHA256} or {@code TMK_PDQF}; empty when {@code hash} is written
     *                    {@code type:value} or is a bare 32-digit MD5
     * @param hash        its hash, optional
     * @param termsClause the clause of the provider's terms of service concerned
     * @param account     the account that posted it, optional
     */
    public record Item(@Size(max = Limits.URL, message = Limits.CHARS) String url,
            @Size(max = 20, message = Limits.CHARS) String hashType,
            @Size(max = ItemHash.MAX_TMK_TEXT, message = Limits.CHARS) String hash,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String termsClause,
            @Size(max = Limits.NAME, message = Limits.CHARS) String account) {
    }

    /** The category, if the name is one. */
    public Optional<ContentCategory> contentCategory() {
        return ContentCategory.named(category);
    }

    /** Checks the referral's own fields (not its items); field errors name {@code category}, {@code language}, …. */
    Violations check(Violations v) {
        v.check(providerId == null, "providerId", "choose the provider");
        v.check(contentCategory().isEmpty(), "category", "choose what the content is");
        v.check(language != null && !language.isBlank() && !language.strip().matches("(?i)[a-z]{2}"), "language",
                "an ISO 639-1 code, e.g. de");
        v.check(requestedResponseHours != null && (requestedResponseHours < 1 || requestedResponseHours > MAX_RESPONSE_HOURS),
                "requestedResponseHours", "between 1 and " + MAX_RESPONSE_HOURS + " hours");
        v.check(items.isEmpty(), "items", "at least one item");
        return v;
    }

    /** The items checked and numbered from 1; errors name {@code items[i].url}, {@code items[i].hash}, …. */
    List<ReferralItem> referralItems(Violations v) {
        List<ReferralItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String prefix = "items[" + i + "].";
            if (item == null) {
                v.add(prefix + "url", "the item is empty");
                continue;
            }
            Optional<String> urlProblem = eu.vigil.shared.ContentUrl.problem(item.url(), "the exact URL of the content");
            urlProblem.ifPresent(p -> v.add(prefix + "url", p));
            ItemHash hash = null;
            try {
                hash = ItemHash.fromParts(item.hashType(), item.hash());
            } catch (IllegalArgumentException e) {
                v.add(prefix + "hash", e.getMessage());
            }
            v.check(item.termsClause() == null || item.termsClause().isBlank(), prefix + "termsClause",
                    "name the clause of the provider's terms of service");
            out.add(new ReferralItem(i + 1, item.url() == null ? null : item.url().strip(), hash,
                    item.termsClause() == null ? null : item.termsClause().strip(),
                    item.account() == null || item.account().isBlank() ? null : item.account().strip(), false, null));
        }
        return out;
    }
}
