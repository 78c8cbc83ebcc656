package eu.vigil.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * An A4 report written top to bottom with OpenPDF: a title, headings, paragraphs, two-column fact tables, tables
 * with a header row, and {@link Charts} PNGs scaled to the text width (ADR 0033). DejaVu Sans where the system has
 * it (every official EU alphabet), else Helvetica (Latin only). One document per instance, not thread-safe:
 * {@code new PdfDocument(title)}, add parts, then {@link #finish()}.
 */
public final class PdfDocument {

    private static final String[][] FONT_CANDIDATES = {
            {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
            {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"}};
    private static final Color HEADER_FILL = new Color(0xDD, 0xE3, 0xEC);
    private static final Color RULE = new Color(0x70, 0x78, 0x88);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    private final Font body;
    private final Font bold;
    private final Font heading;
    private final Font muted;

    /** Starts a document whose first line, and metadata title, is {@code title}. */
    public PdfDocument(String title) {
        BaseFont[] base = baseFonts();
        body = new Font(base[0], 10);
        bold = new Font(base[1], 10);
        heading = new Font(base[1], 12.5f);
        muted = new Font(base[0], 9, Font.NORMAL, new Color(0x44, 0x44, 0x44));
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        var first = new Paragraph(title, new Font(base[1], 16));
        first.setSpacingAfter(8);
        add(first);
    }

    /** A section heading. */
    public PdfDocument heading(String text) {
        var p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return add(p);
    }

    /** A paragraph of body text. */
    public PdfDocument paragraph(String text) {
        var p = new Paragraph(text, body);
        p.setSpacingAfter(4);
        return add(p);
    }

    /** A paragraph in smaller grey text (a note, a source). */
    public PdfDocument note(String text) {
        var p = new Paragraph(text, muted);
        p.setSpacingAfter(4);
        return add(p);
    }

    /** Label–value rows, labels in bold on the left. */
    public PdfDocument facts(List<List<String>> rows) {
        var table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(100);
        for (List<String> row : rows) {
            table.addCell(cell(row.get(0), bold, null));
            table.addCell(cell(row.get(1), body, null));
        }
        return add(table);
    }

    /** A table with a header row repeated on every page it spans. */
    public PdfDocument table(List<String> header, List<List<String>> rows) {
        var table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header.forEach(h -> table.addCell(cell(h, bold, HEADER_FILL)));
        rows.forEach(r -> r.forEach(v -> table.addCell(cell(v, body, null))));
        table.setSpacingAfter(6);
        return add(table);
    }

    /** A chart PNG scaled to the width of the text; the caller puts its title before and its table after it. */
    public PdfDocument chart(byte[] png) {
        try {
            Image image = Image.getInstance(png);
            float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
            image.scaleToFit(width, width * Charts.HEIGHT / Charts.WIDTH);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingAfter(4);
            return add(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the document and returns its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfDocument add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the PDF", e);
        }
        return this;
    }

    private static PdfPCell cell(String text, Font font, Color fill) {
        var cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
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
}
