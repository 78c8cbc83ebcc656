package eu.vigil.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.hashing.PdqHash;
import eu.vigil.shared.ItemHash;

/** The rules that make two case items the same item (R37), without the database. */
class SameItemTests {

    static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    static SameItem.Registered existing(int position, String url, ItemHash hash) {
        return new SameItem.Registered(new CaseRef(CaseKind.ORDER, UUID.randomUUID(), "TCO-1"), position,
                UUID.randomUUID(), "Bundeskriminalamt", "DE", null, SameItem.urlKey(url),
                hash == null ? null : hash.type(), SameItem.indexed(hash));
    }

    static List<Duplicate> match(CaseItem item, SameItem.Registered... registered) {
        return SameItem.match(List.of(SameItem.Probe.of(item)), List.of(registered), 31);
    }

    static String pdqAt(int distance) {
        PdqHash h = PdqHash.parse(PDQ);
        for (int b = 0; b < distance; b++) {
            h = h.flip(b * 7);
        }
        return h.toText();
    }

    @Test
    void urlsMatchAfterNormalisation() {
        var r = existing(2, "https://video.example/watch/abc?v=1", null);
        for (String same : List.of("http://VIDEO.example:80/watch/abc/?v=1&utm_source=x",
                "https://video.example:443/watch/abc?fbclid=123&v=1", "https://video.example./watch/abc?v=1#t=10")) {
            assertThat(match(new CaseItem(1, same, null), r)).as(same).singleElement()
                    .satisfies(d -> {
                        assertThat(d.matchedBy()).isEqualTo(MatchedBy.URL);
                        assertThat(d.existingPosition()).isEqualTo(2);
                        assertThat(d.position()).isEqualTo(1);
                        assertThat(d.pdqDistance()).isNull();
                        assertThat(d.sender()).isEqualTo("Bundeskriminalamt (DE)");
                    });
        }
        for (String other : List.of("https://video.example/watch/ABC?v=1", "https://video.example:8443/watch/abc?v=1",
                "https://video.example/watch/abc?v=2", "https://other.example/watch/abc?v=1")) {
            assertThat(match(new CaseItem(1, other, null), r)).as(other).isEmpty();
        }
    }

    @Test
    void hashesMatchOnlyWithTheSameType() {
        String hex64 = PDQ;
        var sha = existing(1, null, ItemHash.of(ItemHash.Type.SHA256, hex64));
        assertThat(match(new CaseItem(1, "https://a.example/x", ItemHash.of(ItemHash.Type.SHA256, hex64.toUpperCase())), sha))
                .singleElement().extracting(Duplicate::matchedBy).isEqualTo(MatchedBy.HASH);
        assertThat(match(new CaseItem(1, "https://a.example/x", ItemHash.of(ItemHash.Type.PDQ, hex64)), sha))
                .as("a PDQ with the digits of a SHA-256 is another item").isEmpty();
        var md5 = existing(1, null, ItemHash.of(ItemHash.Type.MD5, "0123456789abcdef0123456789abcdef"));
        assertThat(match(new CaseItem(1, null, ItemHash.parse("md5:0123456789ABCDEF0123456789abcdef")), md5)).hasSize(1);
        assertThat(match(new CaseItem(1, null, ItemHash.parse("md5:0123456789abcdef0123456789abcdee")), md5)).isEmpty();
    }

    @Test
    void pdqMatchesWithinTheDistanceOnly() {
        var r = existing(3, "https://a.example/1", ItemHash.of(ItemHash.Type.PDQ, PDQ));
        assertThat(match(new CaseItem(1, "https://b.example/2", ItemHash.of(ItemHash.Type.PDQ, pdqAt(31))), r))
                .singleElement().satisfies(d -> {
                    assertThat(d.matchedBy()).isEqualTo(MatchedBy.HASH);
                    assertThat(d.pdqDistance()).isEqualTo(31);
                });
        assertThat(match(new CaseItem(1, "https://b.example/2", ItemHash.of(ItemHash.Type.PDQ, pdqAt(32))), r)).isEmpty();
        assertThat(match(new CaseItem(1, null, ItemHash.of(ItemHash.Type.PDQ, PDQ)), r)).singleElement()
                .extracting(Duplicate::pdqDistance).isEqualTo(0);
    }

    @Test
    void oneExistingItemIsReportedOncePerItemByUrlFirst() {
        var r = existing(1, "https://a.example/1", ItemHash.of(ItemHash.Type.PDQ, PDQ));
        var other = existing(4, "https://a.example/1/", null);
        assertThat(match(new CaseItem(7, "https://a.example/1", ItemHash.of(ItemHash.Type.PDQ, PDQ)), r, other))
                .extracting(Duplicate::matchedBy, Duplicate::existingPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MatchedBy.URL, 1),
                        org.assertj.core.groups.Tuple.tuple(MatchedBy.URL, 4));
    }

    @Test
    void aUrlThatIsNotHttpMatchesByHashOnly() {
        assertThat(SameItem.urlKey("ftp://a.example/x")).isNull();
        assertThat(SameItem.urlKey("  ")).isNull();
        var r = existing(1, "ftp://a.example/x", null);
        assertThat(match(new CaseItem(1, "ftp://a.example/x", null), r)).isEmpty();
    }

    @Test
    void aVideoHashIsIndexedByTheDigestOfItsFile() {
        assertThat(SameItem.indexed(new ItemHash(ItemHash.Type.TMK_PDQF, "QUJD"))).startsWith("sha256-of-file:")
                .hasSize("sha256-of-file:".length() + 64);
        assertThat(SameItem.indexed(new ItemHash(ItemHash.Type.MD5, "abc"))).isEqualTo("abc");
    }
}
