package eu.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The character rules for input and for names. */
class PlainTextTests {

    @Test
    void everyInputRefusesNulAndC0ControlsButTabAndLineBreaks() {
        assertThat(PlainText.firstForbiddenInInput("a\u0000b")).isZero();
        assertThat(PlainText.firstForbiddenInInput("a\u001Bb")).isEqualTo(0x1B);
        assertThat(PlainText.firstForbiddenInInput("line\none\r\n\tindented")).isEqualTo(-1);
        assertThat(PlainText.firstForbiddenInInput("\u202E\u0085 are for names only")).isEqualTo(-1);
        assertThat(PlainText.firstForbiddenInInput(null)).isEqualTo(-1);
    }

    @Test
    void namesRefuseControlAndBidiFormattingCharacters() {
        for (String bad : List.of("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u200E", "\u200F", "\u061C", "\u0000", "\t", "\n", "\u007F", "\u0080", "\u009F")) {
            assertThat(PlainText.firstForbiddenInName("Name" + bad + "x")).as(PlainText.codePoint(bad.codePointAt(0)))
                    .isEqualTo(bad.codePointAt(0));
        }
        for (String good : List.of("Bundeskriminalamt", "Ελληνική Αστυνομία", "شركة الاستضافة", "Zoë O'Brien-Łukasz",
                "😀 Emoji Hosting")) {
            assertThat(PlainText.firstForbiddenInName(good)).as(good).isEqualTo(-1);
        }
        assertThatThrownBy(() -> PlainText.requireName("legalRepresentative.name", "Rep\u202E"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().getFirst().field()).isEqualTo("legalRepresentative.name");
                    assertThat(e.errors().getFirst().message()).contains("U+202E");
                });
    }
}
