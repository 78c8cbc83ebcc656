package eu.vigil.removalorder;

import java.util.List;

/**
 * The structure of the official forms of Regulation (EU) 2021/784 (Annex I removal order, Annex II feedback, Annex III
 * impossibility), the same in every official language: a title, the fixed header text, and sections of fields. Each
 * field names its label (a key of the {@code annex/annex_<lang>.properties} bundles, see {@link AnnexLabels}), the
 * key of its value in the export map ({@link AnnexOne#export}, {@link AnnexAnswers}) and how the value is shown.
 * {@link AnnexRendering} fills a form with an order's values in the order's language.
 *
 * @param name      I, II or III
 * @param titleKey  label key of the title
 * @param headerKey label key of the fixed header text
 * @param sections  the sections, in the order of the Annex
 */
public record AnnexForm(String name, String titleKey, String headerKey, List<Section> sections) {

    public AnnexForm {
        sections = List.copyOf(sections);
    }

    /**
     * One section of an Annex.
     *
     * @param letter     A to G
     * @param headingKey label key of its heading
     * @param fields     its fields
     */
    public record Section(String letter, String headingKey, List<Field> fields) {

        public Section {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field of a section.
     *
     * @param labelKey label key of the field's label
     * @param valueKey key of its value in the export map
     * @param kind     how the value is shown
     */
    public record Field(String labelKey, String valueKey, Kind kind) {
    }

    /** How a value is shown. */
    public enum Kind {
        /** free text as entered, "—" when empty. */
        TEXT,
        /** a tick box: ☒ or ☐ with yes or no. */
        TICK,
        /** an instant, in the issuing Member State's local time with its UTC offset. */
        TIME,
        /** a calendar date. */
        DATE,
        /** a Member State's ISO code, shown with the country's name. */
        COUNTRY,
        /** the type of the issuing authority (judicial, law enforcement, other). */
        AUTHORITY_TYPE,
        /** the addressee's points of contact. */
        CONTACTS,
        /** the content items of the order (URL, additional information, hash). */
        ITEMS,
        /** the five tick boxes of Art. 2(7), ticked as in the order. */
        TERRORIST_CONTENT,
        /** the three tick boxes of Annex III Section B, ticked as in the notice. */
        IMPOSSIBILITY,
        /** the measures of Annex II Section B: per item, removed or disabled in all Member States, and when. */
        MEASURES,
        /** Section D: the copy to the host Member State could not be delivered; shown only when so. */
        COPY_UNDELIVERABLE,
        /** Section E: the electronic seal of the order. */
        SEAL,
        /** Section F: the channel for feedback and clarification. */
        FEEDBACK_CHANNEL,
        /** the answer was filed electronically by the named, authenticated user. */
        SIGNATURE
    }

    private static Field f(String label, String value, Kind kind) {
        return new Field(label, value, kind);
    }

    private static Field text(String label, String value) {
        return new Field(label, value, Kind.TEXT);
    }

    /** Annex I: the removal order (Art. 3(4)). */
    public static final AnnexForm ANNEX_I = new AnnexForm("I", "annex.I.title", "annex.I.header", List.of(
            new Section("A", "annex.I.A", List.of(
                    f("I.A.issuing_member_state", "A.issuing_member_state", Kind.COUNTRY),
                    text("I.A.addressee", "A.addressee"),
                    text("I.A.legal_representative", "A.legal_representative"),
                    f("I.A.legal_representative_member_state", "A.legal_representative_member_state", Kind.COUNTRY),
                    text("I.A.legal_representative_address", "A.legal_representative_address"),
                    text("I.A.legal_representative_email", "A.legal_representative_email"),
                    f("I.A.contact_points", "A.contact_points", Kind.CONTACTS),
                    f("I.A.host_member_state", "A.host_member_state", Kind.COUNTRY),
                    f("I.A.issued_at", "A.issued_at", Kind.TIME),
                    f("I.A.sent_at", "A.sent_at", Kind.TIME),
                    f("I.A.received_at", "A.received_at", Kind.TIME),
                    text("I.A.reference", "A.reference"))),
            new Section("B", "annex.I.B", List.of(
                    f("I.B.items", "B.items", Kind.ITEMS),
                    f("I.B.reasons", "B.reasons", Kind.TERRORIST_CONTENT),
                    text("I.B.statement_of_reasons", "B.statement_of_reasons"))),
            new Section("C", "annex.I.C", List.of(
                    f("I.C.non_disclosure", "C.non_disclosure", Kind.TICK),
                    f("I.C.non_disclosure_until", "C.non_disclosure_until", Kind.DATE))),
            new Section("D", "annex.I.D", List.of(
                    f("I.D.host_member_state_differs", "D.host_member_state_differs", Kind.TICK),
                    f("I.D.copy_sent", "D.copy_sent_to_host_member_state", Kind.TICK),
                    f("I.D.copy_undeliverable", "D.copy_undeliverable", Kind.COPY_UNDELIVERABLE))),
            new Section("E", "annex.I.E", List.of(
                    f("I.E.authority_type", "E.authority_type", Kind.AUTHORITY_TYPE),
                    text("I.E.issuing_authority", "E.issuing_authority"),
                    text("I.E.representative_name", "E.representative_name"),
                    text("I.E.representative_post", "E.representative_post"),
                    text("I.E.file_number", "E.file_number"),
                    text("I.E.address", "E.address"),
                    text("I.E.telephone", "E.telephone"),
                    text("I.E.fax", "E.fax"),
                    text("I.E.email", "E.email"),
                    f("I.E.date", "E.date", Kind.DATE),
                    text("I.E.legal_basis", "legal_basis"),
                    f("I.E.seal", "order_id", Kind.SEAL))),
            new Section("F", "annex.I.F", List.of(
                    text("I.F.issuing_authority_email", "F.issuing_authority_email"),
                    text("I.F.issuing_authority_telephone", "F.issuing_authority_telephone"),
                    f("I.F.feedback_channel", "order_id", Kind.FEEDBACK_CHANNEL),
                    text("I.F.host_authority", "F.host_authority"),
                    f("I.F.host_authority_member_state", "F.host_authority_member_state", Kind.COUNTRY),
                    text("I.F.host_authority_email", "F.host_authority_email"),
                    text("I.F.host_authority_telephone", "F.host_authority_telephone"))),
            new Section("G", "annex.I.G", List.of(
                    text("I.G.redress_body", "G.redress_body"),
                    text("I.G.redress_deadline", "G.redress_deadline"),
                    text("I.G.national_provisions", "G.national_provisions")))));

    /** Section A of Annexes II and III: the order answered and the file references of both sides. */
    private static Section answerSectionA(String annex) {
        return new Section("A", "annex." + annex + ".A", List.of(
                text("R.A.addressee", "A.addressee"),
                text("R.A.issuing_authority", "A.issuing_authority"),
                text("R.A.reference", "A.reference"),
                text("R.A.provider_reference", "A.provider_reference"),
                f("R.A.received_at", "A.received_at", Kind.TIME)));
    }

    /** Annex II: feedback following removal of or disabling of access to terrorist content (Art. 3(6)). */
    public static final AnnexForm ANNEX_II = new AnnexForm("II", "annex.II.title", "annex.II.header", List.of(
            answerSectionA("II"),
            new Section("B", "annex.II.B", List.of(
                    f("II.B.measures", "B.measures", Kind.MEASURES))),
            new Section("C", "annex.II.C", List.of(
                    text("II.C.addressee", "C.addressee"),
                    f("II.C.member_state", "C.member_state", Kind.COUNTRY),
                    text("II.C.authorised_person", "C.authorised_person"),
                    text("II.C.contact_email", "C.contact_email"),
                    f("II.C.signature", "C.signature", Kind.SIGNATURE),
                    f("II.C.date", "C.date", Kind.TIME)))));

    /** Annex III: information about the impossibility to execute the removal order (Art. 3(7) and (8)). */
    public static final AnnexForm ANNEX_III = new AnnexForm("III", "annex.III.title", "annex.III.header", List.of(
            answerSectionA("III"),
            new Section("B", "annex.III.B", List.of(
                    f("III.B.reason", "B.reason", Kind.IMPOSSIBILITY),
                    text("III.B.further_information", "B.further_information"),
                    text("III.B.clarification_required", "B.clarification_required"))),
            new Section("C", "annex.III.C", List.of(
                    text("III.C.addressee", "C.addressee"),
                    text("III.C.authorised_person", "C.authorised_person"),
                    text("III.C.contact_email", "C.contact_email"),
                    f("III.C.signature", "C.signature", Kind.SIGNATURE),
                    f("III.C.date", "C.date", Kind.TIME)))));

    /** The three forms. */
    public static final List<AnnexForm> ALL = List.of(ANNEX_I, ANNEX_II, ANNEX_III);
}
