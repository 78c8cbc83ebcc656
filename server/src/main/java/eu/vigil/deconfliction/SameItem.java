package eu.vigil.deconfliction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.vigil.hashing.PdqHash;
import eu.vigil.shared.ContentUrl;
import eu.vigil.shared.ItemHash;

/**
 * The rules that say two case items are the same item (R37), without the database: equal URL comparison keys, or
 * hashes of the same type with the same value, or PDQ hashes within the distance. One existing item is reported once
 * per checked item, by URL when both match.
 */
final class SameItem {

    private SameItem() {
    }

    /**
     * An open item of the register, as the rules compare it.
     *
     * @param ref               its case
     * @param position          its position in the case
     * @param senderId          the sending organisation
     * @param senderName        its name
     * @param senderMemberState its Member State, may be null
     * @param providerId        the provider the case went to, may be null
     * @param urlKey            the URL comparison key, null when the item has no usable URL
     * @param hashType          the hash type, may be null
     * @param hashValue         the indexed hash value ({@link #indexed}), may be null
     */
    record Registered(CaseRef ref, int position, UUID senderId, String senderName, String senderMemberState,
            UUID providerId, String urlKey, ItemHash.Type hashType, String hashValue) {

        /** This item as a probe, to look for other cases naming it. */
        Probe probe() {
            return new Probe(position, urlKey, hashType, hashValue);
        }
    }

    /**
     * An item being checked, in its compared form.
     *
     * @param position  its position in its case
     * @param urlKey    its URL comparison key, may be null
     * @param hashType  its hash type, may be null
     * @param hashValue its {@link #indexed} hash value, may be null
     */
    record Probe(int position, String urlKey, ItemHash.Type hashType, String hashValue) {

        static Probe of(CaseItem item) {
            return new Probe(item.position(), SameItem.urlKey(item.url()), item.hash() == null ? null : item.hash().type(),
                    SameItem.indexed(item.hash()));
        }
    }

    /** The URL comparison key, or null for a URL that is not an absolute http(s) URL (it then matches by hash only). */
    static String urlKey(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return ContentUrl.key(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The value kept in the register and its index: the canonical value, or for TMK+PDQF (a file of up to hundreds of
     * kilobytes) the SHA-256 of its base64 text.
     */
    static String indexed(ItemHash hash) {
        if (hash == null) {
            return null;
        }
        if (hash.type() != ItemHash.Type.TMK_PDQF) {
            return hash.value();
        }
        try {
            return "sha256-of-file:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(hash.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The duplicates among {@code candidates} of each item, in item order. */
    static List<Duplicate> match(List<Probe> items, List<Registered> candidates, int pdqDistance) {
        Map<String, List<Registered>> byUrl = new HashMap<>();
        Map<String, List<Registered>> byHash = new HashMap<>();
        List<Registered> pdqs = new ArrayList<>();
        List<PdqHash> pdqValues = new ArrayList<>();
        for (Registered r : candidates) {
            if (r.urlKey() != null) {
                byUrl.computeIfAbsent(r.urlKey(), k -> new ArrayList<>()).add(r);
            }
            if (r.hashType() != null && r.hashValue() != null) {
                byHash.computeIfAbsent(r.hashType() + ":" + r.hashValue(), k -> new ArrayList<>()).add(r);
                if (r.hashType() == ItemHash.Type.PDQ) {
                    pdqs.add(r);
                    pdqValues.add(PdqHash.parse(r.hashValue()));
                }
            }
        }
        List<Duplicate> found = new ArrayList<>();
        for (Probe item : items) {
            Set<String> seen = new HashSet<>();
            String key = item.urlKey();
            if (key != null) {
                for (Registered r : byUrl.getOrDefault(key, List.of())) {
                    add(found, seen, item, r, MatchedBy.URL, null);
                }
            }
            if (item.hashType() == null || item.hashValue() == null) {
                continue;
            }
            if (item.hashType() == ItemHash.Type.PDQ) {
                PdqHash mine = PdqHash.parse(item.hashValue());
                for (int i = 0; i < pdqs.size(); i++) {
                    int d = mine.distance(pdqValues.get(i));
                    if (d <= pdqDistance) {
                        add(found, seen, item, pdqs.get(i), MatchedBy.HASH, d);
                    }
                }
            } else {
                for (Registered r : byHash.getOrDefault(item.hashType() + ":" + item.hashValue(), List.of())) {
                    add(found, seen, item, r, MatchedBy.HASH, null);
                }
            }
        }
        return found;
    }

    private static void add(List<Duplicate> found, Set<String> seen, Probe item, Registered r, MatchedBy by,
            Integer distance) {
        if (seen.add(r.ref().kind() + "/" + r.ref().caseId() + "/" + r.position())) {
            found.add(new Duplicate(item.position(), r.ref(), r.position(), r.senderName(), r.senderMemberState(), by,
                    distance));
        }
    }
}
