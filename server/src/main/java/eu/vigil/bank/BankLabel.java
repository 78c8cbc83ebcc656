package eu.vigil.bank;

import java.util.Locale;

import eu.vigil.amplification.taxonomy.DsaCategory;
import eu.vigil.amplification.taxonomy.DsaClassification;
import eu.vigil.amplification.taxonomy.DsaKeyword;
import eu.vigil.amplification.taxonomy.LabelCode;
import eu.vigil.amplification.taxonomy.Taxonomy;

/**
 * Labels of bank entries: every code of the shared taxonomy ({@link Taxonomy#VERSION}: TVE-1..3 for terrorist
 * and violent-extremist content, BL-1..6 borderline, CTX, NEU) plus the illegal-content classes banks also carry
 * (CSAM, trafficking in human beings, drug sales). Each label maps to one DSA Transparency Database category.
 */
public enum BankLabel {
    TVE_1(LabelCode.TVE_1),
    TVE_2(LabelCode.TVE_2),
    TVE_3(LabelCode.TVE_3),
    BL_1(LabelCode.BL_1),
    BL_2(LabelCode.BL_2),
    BL_3(LabelCode.BL_3),
    BL_4(LabelCode.BL_4),
    BL_5(LabelCode.BL_5),
    BL_6(LabelCode.BL_6),
    CTX(LabelCode.CTX),
    NEU(LabelCode.NEU),
    /** Child sexual abuse material. */
    CSAM("CSAM", "Child sexual abuse material", new DsaClassification(DsaCategory.PROTECTION_OF_MINORS,
            DsaKeyword.CHILD_SEXUAL_ABUSE_MATERIAL, null)),
    /** Trafficking in human beings. */
    THB("THB", "Trafficking in human beings", new DsaClassification(DsaCategory.VIOLENCE,
            DsaKeyword.HUMAN_TRAFFICKING, null)),
    /** Sale of illegal drugs. */
    DRUGS("DRUGS", "Drug sales", new DsaClassification(DsaCategory.UNSAFE_AND_PROHIBITED_PRODUCTS,
            DsaKeyword.PROHIBITED_PRODUCTS, null));

    private final String code;
    private final String title;
    private final DsaClassification dsa;

    BankLabel(LabelCode taxonomy) {
        this(taxonomy.code(), taxonomy.title(), Taxonomy.dsaClassification(taxonomy));
    }

    BankLabel(String code, String title, DsaClassification dsa) {
        this.code = code;
        this.title = title;
        this.dsa = dsa;
    }

    /** Text form in files and APIs, e.g. {@code TVE-3}. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The DSA statement-of-reasons classification. */
    public DsaClassification dsa() {
        return dsa;
    }

    /**
     * Parses a code case-insensitively, {@code _} standing for {@code -}.
     *
     * @throws IllegalArgumentException naming the known codes
     */
    public static BankLabel parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        for (BankLabel l : values()) {
            if (l.code.equals(t)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown label '" + text + "' (known: TVE-1..TVE-3, BL-1..BL-6, CTX, NEU, "
                + "CSAM, THB, DRUGS)");
    }
}
