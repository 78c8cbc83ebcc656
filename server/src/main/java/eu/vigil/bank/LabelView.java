package eu.vigil.bank;

/** A label with its DSA Transparency Database mapping, as shown in match results. */
public record LabelView(String code, String title, String dsaCategory, String dsaKeyword, String dsaSpecification) {

    public static LabelView of(BankLabel label) {
        return new LabelView(label.code(), label.title(), label.dsa().category().apiName(),
                label.dsa().keyword().apiName(), label.dsa().specification());
    }
}
