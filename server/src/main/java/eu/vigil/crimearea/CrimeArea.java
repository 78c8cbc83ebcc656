package eu.vigil.crimearea;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An area of crime that authorities and providers cooperate on, with the regime that governs it: only terrorist
 * content has a binding EU removal order with a one-hour clock (TCO); child sexual abuse has national removal
 * orders (e.g. the Dutch 12-hour order); the others rely on referrals, DSA notices and DSA Art. 9 orders.
 */
public enum CrimeArea {
    /** Terrorist content, TCO Art. 2(7); EU IRU referrals since 2015. */
    TERRORISM("terrorism", "Terrorist content"),
    /** Child sexual abuse material and grooming (Directive 2011/93/EU). */
    CHILD_SEXUAL_ABUSE("child-sexual-abuse", "Child sexual abuse"),
    /** Trafficking in human beings (Directive 2011/36/EU as amended by Directive (EU) 2024/1712). */
    TRAFFICKING_IN_HUMAN_BEINGS("trafficking-in-human-beings", "Trafficking in human beings"),
    /** Migrant smuggling; EU IRU referrals with the European Migrant Smuggling Centre since 2016. */
    MIGRANT_SMUGGLING("migrant-smuggling", "Migrant smuggling"),
    /** Online drug sales (EU Roadmap against drug trafficking and organised crime, 2023). */
    DRUG_SALES("drug-sales", "Drug sales");

    private final String slug;
    private final String title;

    CrimeArea(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** The form in addresses, e.g. {@code /situation/drug-sales}. */
    public String slug() {
        return slug;
    }

    /** English title; pages use the message {@code crimearea.<NAME>}. */
    public String title() {
        return title;
    }

    /** Its referral categories, in their declared order. */
    public List<ContentCategory> categories() {
        return Arrays.stream(ContentCategory.values()).filter(c -> c.area() == this).toList();
    }

    /** The area of a slug or name, case-insensitively. */
    public static Optional<CrimeArea> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(a -> a.slug.equals(t)).findFirst();
    }
}
