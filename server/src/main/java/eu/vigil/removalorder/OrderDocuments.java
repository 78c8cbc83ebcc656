package eu.vigil.removalorder;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * PDF documents laid out like Annexes I, II and III of Regulation (EU) 2021/784 (R10): a title, the fixed
 * header text, then one table per section with the field labels of the Annex and the values. Uses DejaVu Sans
 * where the system has it (all official EU alphabets), else Helvetica (Latin only).
 */
@Component
public class OrderDocuments {

    private static final String[] FONT_CANDIDATES = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"};

    private final Font body;
    private final Font bold;
    private final Font title;

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
        BaseFont base = baseFont();
        body = new Font(base, 9);
        bold = new Font(base, 9, Font.BOLD);
        title = new Font(base, 13, Font.BOLD);
    }

    private static BaseFont baseFont() {
        for (String path : FONT_CANDIDATES) {
            if (new File(path).canRead()) {
                try {
                    return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (DocumentException | IOException e) {
                    // try the next one
                }
            }
        }
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("no font for PDF documents", e);
        }
    }

    /** Annex I: the removal order. */
    public byte[] annexOne(RemovalOrder o) {
        Map<String, Object> f = AnnexOne.export(o);
        return render("ANNEX I — REMOVAL ORDER", "Article 3 of Regulation (EU) 2021/784 of the European Parliament and "
                + "of the Council. The addressee of this removal order shall remove the terrorist content or disable "
                + "access to it in all Member States as soon as possible and in any event within one hour of receipt of "
                + "the removal order. It shall preserve the content and related data for six months or longer on request "
                + "(Article 6). This order is sent in a language designated by the addressee (Article 15(2)).", List.of(
                section("SECTION A", f, "Member State of the issuing authority", "A.issuing_member_state",
                        "Addressee", "A.addressee", "Legal representative", "A.legal_representative",
                        "Member State of the legal representative", "A.legal_representative_member_state",
                        "Address of the legal representative", "A.legal_representative_address",
                        "E-mail of the legal representative", "A.legal_representative_email",
                        "Contact point", "A.contact_points",
                        "Member State of main establishment or legal representative",
                        "A.host_member_state", "Time and date of issuing", "A.issued_at", "Sent", "A.sent_at",
                        "Received", "A.received_at", "Reference number of the removal order", "A.reference"),
                section("SECTION B — Content to be removed or disabled", f, "URL(s) and additional information",
                        "B.items", "Reasons (Article 2(7))", "B.reasons", "Statement of reasons",
                        "B.statement_of_reasons"),
                section("SECTION C — Information to the content provider", f,
                        "Not to be disclosed to the content provider (Article 11(3))", "C.non_disclosure", "Until",
                        "C.non_disclosure_until"),
                f.containsKey("D.copy_undeliverable")
                        ? section("SECTION D — Information to the competent authority of the host Member State", f,
                                "Host Member State differs from the issuing Member State", "D.host_member_state_differs",
                                "Copy sent to the competent authority of the host Member State",
                                "D.copy_sent_to_host_member_state", "Copy undeliverable", "D.copy_undeliverable")
                        : section("SECTION D — Information to the competent authority of the host Member State", f,
                                "Host Member State differs from the issuing Member State", "D.host_member_state_differs",
                                "Copy sent to the competent authority of the host Member State",
                                "D.copy_sent_to_host_member_state"),
                section("SECTION E — Details of the authority that issued the removal order", f,
                        "Type of authority", "E.authority_type", "Authority",
                        "E.issuing_authority", "Certifying person", "E.representative_name", "Post or grade",
                        "E.representative_post", "File number", "E.file_number", "Address", "E.address",
                        "Telephone", "E.telephone", "Fax", "E.fax", "E-mail", "E.email", "Date", "E.date",
                        "Legal basis", "legal_basis", "Official stamp and signature", "seal"),
                section("SECTION F — Contact details for follow-up", f,
                        "E-mail of the issuing authority for feedback and clarification", "F.issuing_authority_email",
                        "Telephone of the issuing authority", "F.issuing_authority_telephone",
                        "Channel for feedback (Annex II) and notices (Annex III)", "F.feedback_channel",
                        "Competent authority of the host Member State", "F.host_authority",
                        "Its Member State", "F.host_authority_member_state", "Its e-mail", "F.host_authority_email",
                        "Its telephone", "F.host_authority_telephone"),
                section("SECTION G — Information about redress", f, "Competent body or court", "G.redress_body",
                        "Deadline for challenging the order", "G.redress_deadline",
                        "National provisions on redress", "G.national_provisions")), Map.of("seal",
                "Ed25519 electronic seal of the issuing authority over the Annex I fields (Art. 3(4)(e)); verify with "
                        + "GET /api/v1/removal-orders/" + o.id() + "/seal and the client's OrderSealVerifier"));
    }

    /** Annex II: feedback after removal or disabling. */
    public byte[] annexTwo(RemovalOrder o, OrderAnswer a) {
        Map<String, Object> f = AnnexAnswers.annexTwo(o, a);
        return render("ANNEX II — FEEDBACK FORM FOLLOWING REMOVAL OF OR DISABLING OF ACCESS TO TERRORIST CONTENT",
                "Article 3(6) of Regulation (EU) 2021/784.", List.of(
                        section("SECTION A", f, "Addressee of the removal order", "A.addressee",
                                "Competent authority that issued the removal order", "A.issuing_authority",
                                "File reference of the competent authority", "A.reference",
                                "File reference of the addressee", "A.provider_reference",
                                "Time and date of receipt of the removal order", "A.received_at"),
                        section("SECTION B — Measures taken in compliance with the removal order", f, "Measures",
                                "B.measures"),
                        section("SECTION C — Details of the addressee", f, "Name of the hosting service provider",
                                "C.addressee", "Member State", "C.member_state", "Authorised person",
                                "C.authorised_person", "Date", "C.date")), Map.of());
    }

    /** Annex III: information about the impossibility to execute the order. */
    public byte[] annexThree(RemovalOrder o, OrderAnswer a) {
        Map<String, Object> f = AnnexAnswers.annexThree(o, a);
        return render("ANNEX III — INFORMATION ABOUT THE IMPOSSIBILITY TO EXECUTE THE REMOVAL ORDER",
                "Article 3(7) and (8) of Regulation (EU) 2021/784.", List.of(
                        section("SECTION A", f, "Addressee of the removal order", "A.addressee",
                                "Competent authority that issued the removal order", "A.issuing_authority",
                                "File reference of the competent authority", "A.reference",
                                "File reference of the addressee", "A.provider_reference",
                                "Time and date of receipt of the removal order", "A.received_at"),
                        section("SECTION B — Reasons for non-execution", f, "Reason", "B.reason_text",
                                "Further information", "B.further_information"),
                        section("SECTION C — Details of the hosting service provider", f, "Name", "C.addressee",
                                "Authorised person", "C.authorised_person", "Date", "C.date")), Map.of());
    }

    private record Section(String heading, List<String[]> rows) {
    }

    /** Longest text put in one table cell; longer values continue in further rows (a row stays under a page). */
    static final int CELL_CHARS = 2_000;

    /**
     * The rows of a section: one per field, one per entry of a list (an order's items, an answer's measures) and
     * one per {@value #CELL_CHARS} characters of a long text, so that no cell has to be split across pages (which
     * OpenPDF does in time quadratic in the cell's length) and rendering stays linear in the input (ADR 0020).
     */
    private static Section section(String heading, Map<String, Object> fields, String... labelsAndKeys) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < labelsAndKeys.length; i += 2) {
            String label = labelsAndKeys[i];
            String key = labelsAndKeys[i + 1];
            List<String> values = fields.get(key) instanceof List<?> list && !list.isEmpty()
                    ? list.stream().map(OrderDocuments::item).toList() : List.of(text(fields.get(key)));
            boolean first = true;
            for (String value : values) {
                int from = 0;
                do {
                    int to = Math.min(value.length(), from + CELL_CHARS);
                    if (to < value.length() && Character.isHighSurrogate(value.charAt(to - 1))) {
                        to--; // keep a surrogate pair together
                    }
                    rows.add(new String[] {first ? label : "", key, value.substring(from, to)});
                    first = false;
                    from = to;
                } while (from < value.length());
            }
        }
        return new Section(heading, rows);
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "—";
            case Boolean b -> b ? "☒ yes" : "☐ no";
            case List<?> list -> list.isEmpty() ? "—" : String.join("\n", list.stream().map(OrderDocuments::item).toList());
            default -> value.toString();
        };
    }

    private static String item(Object entry) {
        if (entry instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder();
            m.forEach((k, v) -> {
                if (v != null) {
                    b.append(b.isEmpty() ? "" : " · ").append(k).append(": ").append(v);
                }
            });
            return b.toString();
        }
        return String.valueOf(entry);
    }

    private byte[] render(String heading, String header, List<Section> sections, Map<String, String> extra) {
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
            return renderNow(heading, header, sections, extra);
        } finally {
            renders.release();
        }
    }

    private byte[] renderNow(String heading, String header, List<Section> sections, Map<String, String> extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Paragraph h = new Paragraph(heading, title);
            h.setAlignment(Element.ALIGN_CENTER);
            h.setSpacingAfter(8);
            document.add(h);
            Paragraph intro = new Paragraph(header, body);
            intro.setSpacingAfter(10);
            document.add(intro);
            for (Section s : sections) {
                PdfPTable table = new PdfPTable(new float[] {2f, 5f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                PdfPCell head = new PdfPCell(new Phrase(s.heading(), bold));
                head.setColspan(2);
                head.setGrayFill(0.88f);
                head.setPadding(4);
                table.addCell(head);
                for (String[] row : s.rows()) {
                    table.addCell(cell(row[0], bold));
                    table.addCell(cell(extra.getOrDefault(row[1], row[2]), body));
                }
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render " + heading, e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(4);
        return c;
    }
}
