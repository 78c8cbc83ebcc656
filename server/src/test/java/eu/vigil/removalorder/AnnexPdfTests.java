package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 point 4: the three Annex PDFs, read back with PDFBox, show the title, the header and every section heading,
 * field label and value of the form in the order's language; each page is rendered to a PNG under
 * {@code target/screenshots} to be looked at (no Spring).
 */
class AnnexPdfTests {

    private static final OrderDocuments DOCUMENTS = new OrderDocuments();

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The text of {@code pdf}, its pages written as PNG images named {@code name}-p1.png, …. */
    private static String readAndShoot(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 96);
                ImageIO.write(image, "png", dir.resolve(name + "-p" + (page + 1) + ".png").toFile());
            }
            // a line broken after a hyphen ("celui-" / "ci") reads back with a space
            return squash(new PDFTextStripper().getText(doc)).replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
        }
    }

    private static void assertShows(String text, RenderedAnnex annex) {
        assertThat(text).contains(squash(annex.title()), squash(annex.header()));
        for (RenderedAnnex.Section s : annex.sections()) {
            assertThat(text).contains(squash(s.heading()));
            for (RenderedAnnex.Field f : s.fields()) {
                assertThat(text).contains(squash(f.label()) + (f.fallback() ? " " + RenderedAnnex.FALLBACK_MARKER : ""));
                for (String value : f.values()) {
                    // values such as URLs may break anywhere at the cell's edge: compare without any white space
                    assertThat(text.replace(" ", "")).contains(value.replaceAll("\\s+", ""));
                }
            }
        }
        if (annex.footer() != null) {
            assertThat(text).contains(squash(annex.footer()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de", "el", "bg", "pl"})
    void theThreeAnnexesShowEverySectionAndFieldOfTheForm(String lang) throws IOException {
        RemovalOrder order = AnnexSamples.order(lang);
        List<OrderAnswer> answers = List.of(AnnexSamples.acknowledgement());
        OrderAnswer feedback = AnnexAnswers.withAcknowledgedReference(AnnexSamples.feedback(), answers);
        OrderAnswer notice = AnnexAnswers.withAcknowledgedReference(AnnexSamples.impossibility(), answers);

        String one = readAndShoot(DOCUMENTS.annexOne(order), "annex-I-" + lang);
        assertShows(one, AnnexRendering.annexOne(order));
        String two = readAndShoot(DOCUMENTS.annexTwo(order, feedback), "annex-II-" + lang);
        assertShows(two, AnnexRendering.answer(order, feedback));
        assertThat(two).contains("KV-2026-0042");
        String three = readAndShoot(DOCUMENTS.annexThree(order, notice), "annex-III-" + lang);
        assertShows(three, AnnexRendering.answer(order, notice));
        assertThat(three).contains("KV-2026-0042");
        for (String text : List.of(one, two, three)) {
            assertThat(text).doesNotContain("INCITEMENT", "MANIFEST_ERROR", "LAW_ENFORCEMENT", "2(7)(a) ", "T13:05");
        }
        if (List.of("en", "fr", "de").contains(lang)) {
            assertThat(one + two + three).doesNotContain(RenderedAnnex.FALLBACK_MARKER);
        } else {
            assertThat(one).contains(RenderedAnnex.FALLBACK_MARKER);
        }
    }
}
