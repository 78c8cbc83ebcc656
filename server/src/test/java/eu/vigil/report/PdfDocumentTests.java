package eu.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentTests {

    @Test
    void aReportCarriesItsTextTablesAndChartsAsImages() throws IOException {
        byte[] chart = Charts.bars(List.of(new Charts.Bar("Europol", 12, false), new Charts.Bar("BKA", 75, true)),
                "minutes", OptionalDouble.of(60), Locale.ENGLISH);
        byte[] pdf = new PdfDocument("Post-crisis review EUCP-2026-ABC123")
                .heading("Figures").facts(List.of(List.of("Time to activation", "14 min")))
                .paragraph("Łódź, Ελλάδα, България: every EU alphabet.")
                .heading("Time to acknowledgement").chart(chart)
                .table(List.of("Participant", "Minutes"), List.of(List.of("Europol", "12"), List.of("BKA", "75")))
                .note("Computed from the audit records.").finish();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Post-crisis review EUCP-2026-ABC123", "Time to activation", "14 min",
                    "Łódź, Ελλάδα, България", "Participant", "BKA", "Computed from the audit records.");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Post-crisis review EUCP-2026-ABC123");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 96);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            ImageIO.write(page, "png", dir.resolve("pdf-document.png").toFile());
            assertThat(near(page, Charts.BLUE) + near(page, Charts.VERMILLION))
                    .as("the chart is drawn on the page").isGreaterThan(500);
        }
    }

    private static int near(BufferedImage image, java.awt.Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                var c = new java.awt.Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) < 12 && Math.abs(c.getGreen() - colour.getGreen()) < 12
                        && Math.abs(c.getBlue() - colour.getBlue()) < 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
