package eu.vigil.bank.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.vigil.bank.Access;
import eu.vigil.bank.BankSettings;
import eu.vigil.bank.Share;
import eu.vigil.bank.Sharing;
import eu.vigil.bank.SignalKind;
import eu.vigil.identity.OrganisationId;
import eu.vigil.shared.Violations;

import eu.vigil.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Body of creating or changing a bank. */
record BankRequest(@Size(max = Limits.NAME, message = Limits.CHARS) String name,
        @Size(max = Limits.TEXT, message = Limits.CHARS) String purpose,
        @Size(max = Limits.LIST, message = Limits.COUNT) List<@Size(max = 40, message = Limits.CHARS) String> signalTypes,
        Integer pdqThreshold, Boolean suppression, @Size(max = 40, message = Limits.CHARS) String sharing,
        @Size(max = Limits.LIST, message = Limits.COUNT) @Valid List<ShareRequest> shares) {

    /** One share: organisation id and READ or WRITE. */
    record ShareRequest(@Size(max = 40, message = Limits.CHARS) String organisation, @Size(max = 10, message = Limits.CHARS) String access) {
    }

    BankSettings toSettings() {
        Violations v = new Violations();
        Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
        for (String t : signalTypes == null ? List.<String>of() : signalTypes) {
            try {
                kinds.add(SignalKind.parse(t));
            } catch (IllegalArgumentException e) {
                v.add("signalTypes", e.getMessage());
            }
        }
        Sharing s = null;
        if (sharing != null && !sharing.isBlank()) {
            try {
                s = Sharing.valueOf(sharing.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("sharing", "must be PRIVATE, SHARED or PUBLISHED");
            }
        }
        List<Share> list = new ArrayList<>();
        List<ShareRequest> given = shares == null ? List.of() : shares;
        for (int i = 0; i < given.size(); i++) {
            ShareRequest r = given.get(i);
            try {
                list.add(new Share(OrganisationId.parse(r.organisation()),
                        r.access() == null ? Access.READ : Access.valueOf(r.access().strip().toUpperCase(Locale.ROOT))));
            } catch (RuntimeException e) {
                v.add("shares[" + i + "]", "needs an organisation id and an access READ or WRITE");
            }
        }
        BankSettings settings = new BankSettings(name, purpose, kinds, pdqThreshold, suppression, s, list);
        if (!v.isEmpty()) {
            settings.check(v).throwIfPresent();
        }
        return settings;
    }
}
