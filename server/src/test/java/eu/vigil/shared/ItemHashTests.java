package eu.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemHashTests {

    static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    @Test
    void aTypedHashKeepsItsTypeAndLowerCaseHex() {
        ItemHash h = ItemHash.parse("PDQ:" + PDQ.toUpperCase());
        assertThat(h.type()).isEqualTo(ItemHash.Type.PDQ);
        assertThat(h.value()).isEqualTo(PDQ);
        assertThat(ItemHash.parse(h.text())).isEqualTo(h);
    }

    @Test
    void aPdqAndASha256OfTheSameDigitsAreDifferentHashes() {
        assertThat(ItemHash.of(ItemHash.Type.PDQ, PDQ)).isNotEqualTo(ItemHash.of(ItemHash.Type.SHA256, PDQ));
        assertThat(ItemHash.of(ItemHash.Type.PDQ, PDQ).sameContentAs(ItemHash.of(ItemHash.Type.SHA256, PDQ), 31)).isFalse();
    }

    @Test
    void aBareMd5IsUnambiguousButABare64DigitValueIsRefused() {
        assertThat(ItemHash.parse("d41d8cd98f00b204e9800998ecf8427e").type()).isEqualTo(ItemHash.Type.MD5);
        assertThatThrownBy(() -> ItemHash.parse(PDQ)).hasMessageContaining("pdq:").hasMessageContaining("sha256:");
    }

    @ParameterizedTest
    @CsvSource({
            "PDQ, f8f8, 64 hex digits, got 4",
            "MD5, d41d8cd98f00b204e9800998ecf8427x, hex digits 0-9 and a-f",
            "SHA-256, '', empty",
            "TMK+PDQF, not-base64!, base64",
            "TMK+PDQF, AAAA, not a TMK+PDQF file"})
    void malformedHashesAreRefusedWithTheReason(String type, String value, String reason) {
        assertThatThrownBy(() -> ItemHash.of(ItemHash.Type.named(type).orElseThrow(), value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    @Test
    void unknownTypesNameTheAcceptedOnes() {
        assertThatThrownBy(() -> ItemHash.parse("sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709"))
                .hasMessageContaining("unknown hash type 'sha1'").hasMessageContaining("TMK+PDQF");
    }

    @Test
    void pdqHashesWithinTheDistanceNameTheSameContent() {
        ItemHash a = ItemHash.of(ItemHash.Type.PDQ, PDQ);
        char flipped = PDQ.charAt(0) == 'f' ? '0' : 'f';
        ItemHash b = ItemHash.of(ItemHash.Type.PDQ, flipped + PDQ.substring(1));
        assertThat(a.pdqDistance(b)).contains(4);
        assertThat(a.sameContentAs(b, 4)).isTrue();
        assertThat(a.sameContentAs(b, 3)).isFalse();
    }

    @Test
    void typeNamesAreReadLeniently() {
        assertThat(ItemHash.Type.named("sha256")).contains(ItemHash.Type.SHA256);
        assertThat(ItemHash.Type.named("tmk")).contains(ItemHash.Type.TMK_PDQF);
        assertThat(ItemHash.Type.named("TMK_PDQF")).contains(ItemHash.Type.TMK_PDQF);
        assertThat(ItemHash.Type.named("crc32")).isEmpty();
    }
}
