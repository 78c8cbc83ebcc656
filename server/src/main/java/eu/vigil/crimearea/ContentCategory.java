package eu.vigil.crimearea;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.vigil.amplification.taxonomy.DsaCategory;
import eu.vigil.amplification.taxonomy.DsaClassification;
import eu.vigil.amplification.taxonomy.DsaKeyword;
import eu.vigil.bank.BankLabel;

/**
 * What a referred or notified item is, within its {@link CrimeArea}: the category a referral unit picks, mapped to
 * the shared bank taxonomy (so an item can be put in a bank with the right label) and to the DSA Transparency
 * Database's category and keyword (so a provider's statement of reasons is classified the same way).
 *
 * <p>Migrant smuggling has no keyword of its own in the database's 2025 list; it is stated as
 * {@code STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY} with {@code KEYWORD_OTHER} and the specification "Migrant
 * smuggling", and it has no label in the shared bank taxonomy ({@link #bankLabel()} is empty).
 */
public enum ContentCategory {
    TERRORIST_PROPAGANDA(CrimeArea.TERRORISM, "Terrorist propaganda (glorification, calls to commit offences)",
            BankLabel.TVE_2, DsaKeyword.TERRORIST_CONTENT, null),
    TERRORIST_INSTRUCTION(CrimeArea.TERRORISM, "Instruction on making or using explosives, firearms or other weapons",
            BankLabel.TVE_3, DsaKeyword.TERRORIST_CONTENT, null),
    TERRORIST_ATTACK_FOOTAGE(CrimeArea.TERRORISM, "Footage of a terrorist attack or its perpetrator's manifesto",
            BankLabel.TVE_1, DsaKeyword.TERRORIST_CONTENT, null),
    TERRORIST_RECRUITMENT(CrimeArea.TERRORISM, "Recruitment to or support of a terrorist group",
            BankLabel.TVE_2, DsaKeyword.ILLEGAL_ORGANIZATIONS, null),
    CHILD_SEXUAL_ABUSE_MATERIAL(CrimeArea.CHILD_SEXUAL_ABUSE, "Child sexual abuse material",
            BankLabel.CSAM, DsaKeyword.CHILD_SEXUAL_ABUSE_MATERIAL, null),
    GROOMING(CrimeArea.CHILD_SEXUAL_ABUSE, "Grooming or sexual enticement of minors",
            BankLabel.CSAM, DsaKeyword.GROOMING_SEXUAL_ENTICEMENT_MINORS, null),
    EXPLOITATION_ADVERTISEMENT(CrimeArea.TRAFFICKING_IN_HUMAN_BEINGS,
            "Advertisement offering a trafficked person's services", BankLabel.THB, DsaKeyword.HUMAN_TRAFFICKING, null),
    TRAFFICKING_RECRUITMENT(CrimeArea.TRAFFICKING_IN_HUMAN_BEINGS,
            "Deceptive job offer or recruitment for exploitation", BankLabel.THB, DsaKeyword.HUMAN_EXPLOITATION, null),
    TRAFFICKING_WOMEN_GIRLS(CrimeArea.TRAFFICKING_IN_HUMAN_BEINGS, "Trafficking in women and girls",
            BankLabel.THB, DsaKeyword.TRAFFICKING_WOMEN_GIRLS, null),
    SMUGGLING_OFFER(CrimeArea.MIGRANT_SMUGGLING, "Offer of an irregular crossing or transport",
            null, DsaKeyword.OTHER, "Migrant smuggling"),
    FORGED_DOCUMENTS(CrimeArea.MIGRANT_SMUGGLING, "Offer of forged travel or identity documents",
            null, DsaKeyword.OTHER, "Migrant smuggling: forged documents"),
    DRUG_SALE_OFFER(CrimeArea.DRUG_SALES, "Offer to sell illegal drugs",
            BankLabel.DRUGS, DsaKeyword.PROHIBITED_PRODUCTS, null),
    DRUG_COURIER_RECRUITMENT(CrimeArea.DRUG_SALES, "Recruitment of couriers or minors into drug distribution",
            BankLabel.DRUGS, DsaKeyword.PROHIBITED_PRODUCTS, null);

    private final CrimeArea area;
    private final String title;
    private final BankLabel bankLabel;
    private final DsaClassification dsa;

    ContentCategory(CrimeArea area, String title, BankLabel bankLabel, DsaKeyword keyword, String specification) {
        this.area = area;
        this.title = title;
        this.bankLabel = bankLabel;
        DsaCategory category = keyword.category() != null ? keyword.category() : DsaCategory.RISK_FOR_PUBLIC_SECURITY;
        this.dsa = new DsaClassification(category, keyword, specification);
    }

    public CrimeArea area() {
        return area;
    }

    /** English title; pages use the message {@code category.<NAME>}. */
    public String title() {
        return title;
    }

    /** The shared-taxonomy label a bank entry of this item gets, if a shared bank holds such items. */
    public Optional<BankLabel> bankLabel() {
        return Optional.ofNullable(bankLabel);
    }

    /** The Transparency Database classification (category, keyword and, for {@code KEYWORD_OTHER}, its text). */
    public DsaClassification dsa() {
        return dsa;
    }

    /** Whether the Art. 16(2)(c) waiver of the notifier's name and e-mail applies (child sexual abuse offences). */
    public boolean notifierMayStayAnonymous() {
        return area == CrimeArea.CHILD_SEXUAL_ABUSE;
    }

    /** The categories of all areas, for forms. */
    public static List<ContentCategory> all() {
        return List.of(values());
    }

    /** A category by its name, case-insensitively, {@code -} standing for {@code _}. */
    public static Optional<ContentCategory> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(t)).findFirst();
    }
}
