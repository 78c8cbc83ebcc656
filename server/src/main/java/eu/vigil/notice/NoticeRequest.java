package eu.vigil.notice;

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
 * What a notifier submits (DSA Art. 16(2)).
 *
 * @param providerId    the provider's organisation id
 * @param category      a {@link ContentCategory} name, e.g. {@code EXPLOITATION_ADVERTISEMENT}
 * @param explanation   a sufficiently substantiated explanation of why the content is thought illegal (a)
 * @param language      ISO 639-1 code of the content's language, optional
 * @param notifierName  the notifier's name (c)
 * @param notifierEmail the notifier's e-mail address (c)
 * @param anonymous     whether the notifier waives what it left empty of its name and e-mail; allowed only for child
 *                      sexual abuse (c)
 * @param goodFaith     the statement of the notifier's good-faith belief that the notice is accurate and complete (d)
 * @param items         the exact electronic locations (b), 1 to {@value Limits#ITEMS}
 */
public record NoticeRequest(UUID providerId, @Size(max = 60, message = Limits.CHARS) String category,
        @Size(max = Limits.TEXT, message = Limits.CHARS) String explanation,
        @Size(max = 8, message = Limits.CHARS) String language,
        @Size(max = Limits.NAME, message = Limits.CHARS) String notifierName,
        @Size(max = Limits.NAME, message = Limits.CHARS) String notifierEmail, Boolean anonymous, Boolean goodFaith,
        @Size(max = Limits.ITEMS, message = Limits.COUNT) List<@Valid Location> items) {

    public NoticeRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One exact location.
     *
     * @param url      the exact URL (http or https)
     * @param hashType {@code PDQ}, {@code MD5}, {@code SHA256} or {@code TMK_PDQF}; empty when {@code hash} is written
     *                 {@code type:value}
     * @param hash     the content's hash, optional
     */
    public record Location(@Size(max = Limits.URL, message = Limits.CHARS) String url,
            @Size(max = 20, message = Limits.CHARS) String hashType,
            @Size(max = ItemHash.MAX_TMK_TEXT, message = Limits.CHARS) String hash) {
    }

    /** The category, if the name is one. */
    public Optional<ContentCategory> contentCategory() {
        return ContentCategory.named(category);
    }

    /** Whether the notifier asks to stay anonymous in what it left empty. */
    public boolean waiver() {
        return Boolean.TRUE.equals(anonymous);
    }

    /** Checks the notice's own fields (not the notifier or its items); errors name {@code category}, …. */
    Violations check(Violations v) {
        v.check(providerId == null, "providerId", "choose the provider");
        v.check(contentCategory().isEmpty(), "category", "choose what the content is");
        v.check(explanation == null || explanation.isBlank(), "explanation",
                "explain why the content is illegal (DSA Art. 16(2)(a))");
        v.check(language != null && !language.isBlank() && !language.strip().matches("(?i)[a-z]{2}"), "language",
                "an ISO 639-1 code, e.g. de");
        v.check(items.isEmpty(), "items", "at least one exact location (DSA Art. 16(2)(b))");
        return v;
    }

    /** The items checked and numbered from 1; errors name {@code items[i].url}, {@code items[i].hash}. */
    List<NoticeItem> noticeItems(Violations v) {
        List<NoticeItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Location item = items.get(i);
            String prefix = "items[" + i + "].";
            if (item == null) {
                v.add(prefix + "url", "the item is empty");
                continue;
            }
            eu.vigil.shared.ContentUrl.problem(item.url(), "the exact URL of the content (DSA Art. 16(2)(b))").ifPresent(p -> v.add(prefix + "url", p));
            ItemHash hash = null;
            try {
                hash = ItemHash.fromParts(item.hashType(), item.hash());
            } catch (IllegalArgumentException e) {
                v.add(prefix + "hash", e.getMessage());
            }
            out.add(new NoticeItem(i + 1, item.url() == null ? null : item.url().strip(), hash, null));
        }
        return out;
    }
}
