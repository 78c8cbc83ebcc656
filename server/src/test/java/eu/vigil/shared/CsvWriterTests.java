package eu.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shared CSV writer: formulas neutralised, numbers left alone, neutralising undone exactly. */
class CsvWriterTests {

    @Test
    void textThatASpreadsheetWouldRunGetsALeadingQuote() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvWriter.cell(formula)).as(formula).startsWith(formula.startsWith("\r") ? "\"'" : "'");
        }
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvWriter.cell("it's")).isEqualTo("it's");
        assertThat(CsvWriter.cell("")).isEmpty();
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void numbersBooleansAndTimesStayAsTheyAre() {
        assertThat(CsvWriter.line(-5, -2.5, true, Instant.parse("2026-01-01T00:00:00Z"), "-5"))
                .isEqualTo("-5,-2.5,true,2026-01-01T00:00:00Z,'-5");
    }

    @Test
    void unneutraliseRestoresEveryValue() {
        for (String s : List.of("=1+1", "'=1+1", "''=1+1", "'''=1+1", "''x", "'", "''", "'x", "plain", "-", "'-",
                "@", "\t", "")) {
            assertThat(CsvWriter.unneutralise(CsvWriter.neutralise(s))).as(s).isEqualTo(s);
        }
    }
}
