package eu.vigil.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.vigil.shared.Violations;

/**
 * The rules a provider declaration must meet: EU codes for states (R52), official EU languages with at
 * least one official language of the host Member State (Art. 15(2), R51), at least one point of contact,
 * and effective dates that never rewrite the past or overlap another version.
 */
@Component
public class ProviderRules {

    private final ReferenceData reference;

    ProviderRules(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * Checks a declaration.
     *
     * @param d      the declaration
     * @param from   when it would take effect
     * @param latest the newest existing version, or null for a new provider
     * @param now    the current time
     * @throws eu.vigil.shared.InvalidInput naming every field that breaks a rule
     */
    public void check(ProviderDeclaration d, Instant from, HostingServiceProvider latest, Instant now) {
        Violations v = new Violations();
        v.check(d.name() == null || d.name().isBlank(), "name", "must not be blank");
        v.check(d.name() != null && d.name().length() > 200, "name", "at most 200 characters");
        eu.vigil.shared.PlainText.checkName(v, "name", d.name());
        v.check(d.sizeClass() == null, "sizeClass", "is required");
        String me = d.mainEstablishment() == null || d.mainEstablishment().isBlank() ? null : d.mainEstablishment().strip();
        v.check(me != null && !reference.isEuMemberState(me), "mainEstablishment",
                "must be the ISO code of an EU Member State, or empty for a provider established outside the Union");
        LegalRepresentative rep = d.legalRepresentative();
        if (rep != null) {
            v.check(rep.name() == null || rep.name().isBlank(), "legalRepresentative.name", "must not be blank");
            eu.vigil.shared.PlainText.checkName(v, "legalRepresentative.name", rep.name());
            eu.vigil.shared.PlainText.checkName(v, "legalRepresentative.email", rep.email());
            v.check(!reference.isEuMemberState(rep.memberState()), "legalRepresentative.memberState",
                    "must be the ISO code of an EU Member State (Art. 17(1))");
            v.check(rep.email() != null && !rep.email().isBlank() && !rep.email().contains("@"),
                    "legalRepresentative.email", "is not an e-mail address");
        }
        List<ContactPoint> contacts = d.contactPoints() == null ? List.of() : d.contactPoints();
        v.check(contacts.isEmpty(), "contactPoints", "declare at least one point of contact (Art. 15(1))");
        for (int i = 0; i < contacts.size(); i++) {
            ContactPoint c = contacts.get(i);
            String f = "contactPoints[" + i + "]";
            v.check(c.channel() == null, f + ".channel", "is required");
            v.check(c.address() == null || c.address().isBlank(), f + ".address", "must not be blank");
            eu.vigil.shared.PlainText.checkName(v, f + ".address", c.address());
            v.check(c.languages().isEmpty(), f + ".languages", "at least one official EU language");
            for (String l : c.languages()) {
                v.check(!reference.isOfficialLanguage(l), f + ".languages",
                        "'" + l + "' is not an official EU language (ISO 639-1 code expected)");
            }
        }
        Optional<String> host = me != null ? Optional.of(me)
                : Optional.ofNullable(rep).map(LegalRepresentative::memberState).filter(reference::isEuMemberState);
        if (host.isPresent() && !contacts.isEmpty()) {
            List<String> hostLanguages = reference.memberState(host.get()).map(MemberState::languages).orElse(List.of());
            boolean covered = contacts.stream().flatMap(c -> c.languages().stream())
                    .map(l -> l.strip().toLowerCase()).anyMatch(hostLanguages::contains);
            v.check(!covered, "contactPoints", "must accept at least one official language of the host Member State "
                    + host.get() + " " + hostLanguages + " (Art. 15(2))");
        }
        v.check(from.isBefore(now.minusSeconds(60)), "effectiveFrom",
                "cannot lie in the past: recorded versions are never rewritten");
        if (latest != null) {
            v.check(!from.isAfter(latest.validFrom()), "effectiveFrom",
                    "must be after " + latest.validFrom() + ", when the latest version takes effect");
        }
        v.throwIfPresent();
    }
}
