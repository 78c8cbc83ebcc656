package eu.vigil.bank;

import java.util.List;
import java.util.Set;

import eu.vigil.shared.Violations;

/**
 * What the owner sets when creating or changing a bank.
 *
 * @param pdqThreshold null for the default {@value Bank#DEFAULT_PDQ_THRESHOLD}
 * @param sharing      null for PRIVATE
 * @param shares       null for none
 */
public record BankSettings(String name, String purpose, Set<SignalKind> signalTypes, Integer pdqThreshold,
        Boolean suppression, Sharing sharing, List<Share> shares) {

    /** Checks the fields and throws {@link eu.vigil.shared.InvalidInput} naming each broken one. */
    public void validate() {
        check(new Violations()).throwIfPresent();
    }

    /** Adds the problems of these settings to {@code v}. */
    public Violations check(Violations v) {
        return eu.vigil.shared.PlainText.checkName(v, "name", name)
                .check(name == null || name.isBlank(), "name", "must not be blank")
                .check(name != null && name.length() > 200, "name", "must be at most 200 characters")
                .check(purpose == null || purpose.isBlank(), "purpose", "must not be blank")
                .check(signalTypes == null || signalTypes.isEmpty(), "signalTypes", "name at least one of PDQ, MD5, SHA256, URL")
                .check(pdqThreshold != null && (pdqThreshold < 0 || pdqThreshold > 128), "pdqThreshold",
                        "must be between 0 and 128")
                .check(shares != null && !shares.isEmpty() && sharing() != Sharing.SHARED && sharing() != Sharing.PUBLISHED,
                        "shares", "a private bank has no shares");
    }

    public int threshold() {
        return pdqThreshold == null ? Bank.DEFAULT_PDQ_THRESHOLD : pdqThreshold;
    }

    public boolean isSuppression() {
        return Boolean.TRUE.equals(suppression);
    }

    @Override
    public Sharing sharing() {
        return sharing == null ? Sharing.PRIVATE : sharing;
    }

    @Override
    public List<Share> shares() {
        return shares == null ? List.of() : shares;
    }
}
