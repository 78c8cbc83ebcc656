package eu.vigil.removalorder;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * PDF documents laid out like Annexes I, II and III of Regulation (EU) 2021/784 (R10), in the order's language
 * ({@link AnnexRendering}): the title, the fixed header text in a box, then one table per section with the field
 * labels of the Annex and the values; labels given in English in another language are marked
 * {@value RenderedAnnex#FALLBACK_MARKER} and the footer of each page says so. Uses DejaVu Sans where the system has it
 * (all official EU alphabets), else Helvetica (Latin only).
 */
@Component
public class OrderDocuments {

    private static final String[][] FONT_CANDIDATES = {
            {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
            {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"}};

    private static final Color SECTION_FILL = new Color(0xDD, 0xE3, 0xEC);
    private static final Color LABEL_FILL = new Color(0xF4, 0xF6, 0xF9);
    private static final Color RULE = new Color(0x70, 0x78, 0x88);

    private final Font body;
    private final Font label;
    private final Font section;
    private final Font title;
    private final Font small;
    private final Font marker;

    /** Whether this installation runs an exercise: every document is then marked EXERCISE (ADR 0032). */
    private java.util.function.BooleanSupplier exercise = () -> false;

    /** The heading line and watermark of every document of an exercise installation. */
    static final String EXERCISE_MARK = "EXERCISE — not a real removal order or answer (table-top exercise)";

    @org.springframework.beans.factory.annotation.Autowired
    void installation(eu.vigil.installation.InstallationClock installation) {
        this.exercise = () -> installation.purpose().orElse(null) == eu.vigil.installation.InstallationPurpose.EXERCISE;
    }

    /** These documents, marked EXERCISE as on an exercise installation. */
    OrderDocuments markedAsExercise() {
        this.exercise = () -> true;
        return this;
    }

    /** Documents rendered at once; more wait {@link #wait} for a turn, then are answered 503 (ADR 0020). */
    private final java.util.concurrent.Semaphore renders;
    private final java.time.Duration wait;

    @org.springframework.beans.factory.annotation.Autowired
    OrderDocuments() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), java.time.Duration.ofSeconds(10));
    }

    /** Documents with {@code permits} renderings at once, each waiting at most {@code wait} for its turn. */
    OrderDocuments(int permits, java.time.Duration wait) {
        this.renders = new java.util.concurrent.Semaphore(permits, true);
        this.wait = wait;
        BaseFont[] base = baseFonts();
        body = new Font(base[0], 9);
        label = new Font(base[1], 8.5f);
        section = new Font(base[1], 10);
        title = new Font(base[1], 13);
        small = new Font(base[0], 7.5f, Font.NORMAL, new Color(0x44, 0x44, 0x44));
        marker = new Font(base[0], 7, Font.NORMAL, new Color(0x99, 0x33, 0x00));
    }

    private static BaseFont[] baseFonts() {
        for (String[] paths : FONT_CANDIDATES) {
            if (new File(paths[0]).canRead() && new File(paths[1]).canRead()) {
                try {
                    return new BaseFont[] {BaseFont.createFont(paths[0], BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                            BaseFont.createFont(paths[1], BaseFont.IDENTITY_H, BaseFont.EMBEDDED)};
                } catch (DocumentException | IOException e) {
                    // try the next one
                }
            }
        }
        try {
            return new BaseFont[] {BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED)};
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("no font for PDF documents", e);
        }
    }

    /** Annex I: the removal order. */
    public byte[] annexOne(RemovalOrder o) {
        return render(() -> AnnexRendering.annexOne(o), o.reference());
    }

    /** Annex II: feedback after removal or disabling. */
    public byte[] annexTwo(RemovalOrder o, OrderAnswer a) {
        return render(() -> AnnexRendering.render(AnnexForm.ANNEX_II, AnnexAnswers.annexTwo(o, a), o.language(),
                AppealPeriod.zoneOf(o.issuingMemberState())), o.reference());
    }

    /** Annex III: information about the impossibility to execute the order. */
    public byte[] annexThree(RemovalOrder o, OrderAnswer a) {
        return render(() -> AnnexRendering.render(AnnexForm.ANNEX_III, AnnexAnswers.annexThree(o, a), o.language(),
                AppealPeriod.zoneOf(o.issuingMemberState())), o.reference());
    }

    /** Longest text put in one table cell; longer values continue in further rows (a row stays under a page). */
    static final int CELL_CHARS = 2_000;

    /**
     * The pieces of a value put in one cell each: one per line (an order's items, an answer's measures, tick boxes) and
     * one per {@value #CELL_CHARS} characters of a long text, so that no cell has to be split across pages (which
     * OpenPDF does in time quadratic in the cell's length) and rendering stays linear in the input (ADR 0020).
     */
    static List<String> cells(List<String> values) {
        List<String> cells = new ArrayList<>();
        for (String value : values) {
            int from = 0;
            do {
                int to = Math.min(value.length(), from + CELL_CHARS);
                if (to < value.length() && Character.isHighSurrogate(value.charAt(to - 1))) {
                    to--; // keep a surrogate pair together
                }
                cells.add(value.substring(from, to));
                from = to;
            } while (from < value.length());
        }
        return cells;
    }

    private byte[] render(java.util.function.Supplier<RenderedAnnex> annex, String reference) {
        boolean turn;
        try {
            turn = renders.tryAcquire(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new eu.vigil.shared.Busy("all document renderers are busy; try again shortly",
                    java.time.Duration.ofSeconds(5));
        }
        try {
            return renderNow(annex.get(), reference);
        } finally {
            renders.release();
        }
    }

    private Phrase marked(String text, boolean fallback, Font font) {
        Phrase p = new Phrase(text, font);
        if (fallback) {
            p.add(new Chunk(" " + RenderedAnnex.FALLBACK_MARKER, marker));
        }
        return p;
    }

    private byte[] renderNow(RenderedAnnex annex, String reference) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 44, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(annex, reference));
            document.addTitle(annex.title());
            document.open();
            if (exercise.getAsBoolean()) {
                Paragraph mark = new Paragraph(EXERCISE_MARK, new Font(title.getBaseFont(), 11, Font.BOLD,
                        new Color(0xB0, 0x00, 0x20)));
                mark.setAlignment(Element.ALIGN_CENTER);
                mark.setSpacingAfter(6);
                document.add(mark);
            }
            Paragraph h = new Paragraph(marked(annex.title(), annex.titleFallback(), title));
            h.setAlignment(Element.ALIGN_CENTER);
            h.setSpacingAfter(10);
            document.add(h);
            PdfPTable header = new PdfPTable(1);
            header.setWidthPercentage(100);
            PdfPCell intro = new PdfPCell(marked(annex.header(), annex.headerFallback(), body));
            intro.setPadding(7);
            intro.setBorderColor(RULE);
            intro.setBorderWidth(0.8f);
            header.addCell(intro);
            document.add(header);
            for (RenderedAnnex.Section s : annex.sections()) {
                PdfPTable table = new PdfPTable(new float[] {2.4f, 5f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(9);
                table.setHeaderRows(1);
                PdfPCell head = new PdfPCell(marked(s.heading(), s.fallback(), section));
                head.setColspan(2);
                head.setBackgroundColor(SECTION_FILL);
                head.setBorderColor(RULE);
                head.setPadding(5);
                table.addCell(head);
                for (RenderedAnnex.Field f : s.fields()) {
                    List<String> cells = cells(f.values());
                    for (int i = 0; i < cells.size(); i++) {
                        PdfPCell l = cell(i == 0 ? marked(f.label(), f.fallback(), label) : new Phrase("", label));
                        l.setBackgroundColor(LABEL_FILL);
                        if (i > 0) {
                            l.setBorderWidthTop(0);
                        }
                        if (i < cells.size() - 1) {
                            l.setBorderWidthBottom(0);
                        }
                        table.addCell(l);
                        table.addCell(cell(new Phrase(cells.get(i), body)));
                    }
                }
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render " + annex.title(), e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setPadding(4);
        c.setPaddingBottom(5);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        return c;
    }

    /** The foot of each page: the Annex, the order's reference, the page number and the fallback note if any. */
    private final class Footer extends PdfPageEventHelper {

        private final RenderedAnnex annex;
        private final String reference;

        Footer(RenderedAnnex annex, String reference) {
            this.annex = annex;
            this.reference = reference;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            float left = document.leftMargin();
            float right = page.getWidth() - document.rightMargin();
            var canvas = writer.getDirectContent();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, 50);
            canvas.lineTo(right, 50);
            canvas.stroke();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(reference, small), left, 40, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(writer.getPageNumber() + " · " + annex.languageName(), small), right, 40, 0);
            if (exercise.getAsBoolean()) {
                var under = writer.getDirectContentUnder();
                under.saveState();
                under.beginText();
                under.setFontAndSize(title.getBaseFont(), 72);
                under.setColorFill(new Color(0xF2, 0xC4, 0xCB));
                under.showTextAligned(Element.ALIGN_CENTER, "EXERCISE", page.getWidth() / 2, page.getHeight() / 2, 45);
                under.endText();
                under.restoreState();
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase("EXERCISE", small),
                        page.getWidth() / 2, 40, 0);
            }
            if (annex.footer() != null) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(annex.footer(), small), left, 29, 0);
            }
        }
    }
}
