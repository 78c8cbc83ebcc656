package eu.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.vigil.registry.Csv;

/** The streaming CSV reader and the registry's whole-file parse built on it. */
class CsvReaderTests {

    private static List<List<String>> all(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r = reader.next(); r != null; r = reader.next()) {
            rows.add(r);
        }
        return rows;
    }

    @Test
    void quotedFieldsDoubledQuotesAndLineEnds() throws IOException {
        assertThat(all("a,\"b,c\",\"say \"\"hi\"\"\"\r\nd,,\"multi\nline\"\n"))
                .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("d", "", "multi\nline"));
        assertThat(all("x,y")).containsExactly(List.of("x", "y"));
    }

    @Test
    void blankLinesAreToldApartFromAQuotedEmptyField() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("\n\"\"\n"));
        assertThat(reader.next()).containsExactly("");
        assertThat(reader.blank()).isTrue();
        assertThat(reader.next()).containsExactly("");
        assertThat(reader.blank()).isFalse();
        assertThat(reader.next()).isNull();
        assertThat(Csv.parse("h1,h2\r\n\r\n1,2\n\n")).containsExactly(List.of("h1", "h2"), List.of("1", "2"));
    }

    @Test
    void unterminatedQuotesAreRefused() {
        assertThatThrownBy(() -> all("a,\"open")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> Csv.parse("a,\"open")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated quoted field");
    }
}
