package eu.vigil.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import eu.vigil.registry.ContactChannel;
import eu.vigil.registry.ContactPoint;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.LegalRepresentative;
import eu.vigil.registry.ProviderDeclaration;
import eu.vigil.registry.SizeClass;
import eu.vigil.shared.InvalidInput;

/**
 * The provider form as the browser posts it: plain strings, up to three contact points. Converts to a
 * {@link ProviderDeclaration}; unparsable values become field errors.
 */
public record ProviderForm(String name, String services, String sizeClass, Boolean offersServicesInEu,
        String mainEstablishment, String legalRepName, String legalRepMemberState, String legalRepAddress,
        String legalRepEmail, String legalRepDesignatedOn, List<String> channel, List<String> address,
        List<String> languages, List<String> available247, String effectiveFrom, String zone) {

    /** An unticked checkbox is absent from the form post: absent means no. */
    public ProviderForm {
        offersServicesInEu = Boolean.TRUE.equals(offersServicesInEu);
    }

    /** Rows of contact points shown on the form. */
    public static final int CONTACT_ROWS = 3;

    /** An empty form for onboarding. */
    public static ProviderForm empty() {
        return new ProviderForm("", "", "SMALL", true, "", "", "", "", "", "", List.of(), List.of(), List.of(), List.of(),
                "", "UTC");
    }

    /** A form filled with an existing version. */
    public static ProviderForm of(HostingServiceProvider p) {
        LegalRepresentative r = p.legalRepresentative();
        List<String> channels = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        List<String> always = new ArrayList<>();
        for (int i = 0; i < p.contactPoints().size(); i++) {
            ContactPoint c = p.contactPoints().get(i);
            channels.add(c.channel().name());
            addresses.add(c.address());
            langs.add(String.join(" ", c.languages()));
            always.add(c.available247() ? String.valueOf(i) : null);
        }
        return new ProviderForm(p.name(), p.services(), p.sizeClass().name(), p.offersServicesInEu(),
                p.mainEstablishment() == null ? "" : p.mainEstablishment(), r == null ? "" : r.name(),
                r == null ? "" : r.memberState(), r == null || r.address() == null ? "" : r.address(),
                r == null || r.email() == null ? "" : r.email(),
                r == null || r.designatedOn() == null ? "" : r.designatedOn().toString(), channels, addresses, langs,
                always, "", "UTC");
    }

    public String channelAt(int i) {
        return at(channel, i);
    }

    public String addressAt(int i) {
        return at(address, i);
    }

    public String languagesAt(int i) {
        return at(languages, i);
    }

    public boolean alwaysAt(int i) {
        return available247 != null && available247.contains(String.valueOf(i));
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() && list.get(i) != null ? list.get(i) : "";
    }

    /**
     * The errors of the register's rules with contact points numbered by the form's rows: the rules count only
     * the filled rows, the form shows every row (issue 12).
     */
    public List<InvalidInput.FieldError> onRows(List<InvalidInput.FieldError> errors) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < CONTACT_ROWS; i++) {
            if (!blank(addressAt(i))) {
                filled.add(i);
            }
        }
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^contactPoints\\[(\\d+)]");
        return errors.stream().map(e -> {
            var m = p.matcher(e.field() == null ? "" : e.field());
            if (!m.find()) {
                return e;
            }
            int k = Integer.parseInt(m.group(1));
            int row = k < filled.size() ? filled.get(k) : k;
            return new InvalidInput.FieldError("contactPoints[" + row + "]" + e.field().substring(m.end()), e.message());
        }).toList();
    }

    /** The declaration this form describes. */
    public ProviderDeclaration toDeclaration() {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        SizeClass size = null;
        try {
            size = SizeClass.valueOf(sizeClass);
        } catch (RuntimeException e) {
            errors.add(new InvalidInput.FieldError("sizeClass", "choose a size"));
        }
        LegalRepresentative rep = null;
        if (legalRepName != null && !legalRepName.isBlank()) {
            LocalDate designated = null;
            if (legalRepDesignatedOn != null && !legalRepDesignatedOn.isBlank()) {
                try {
                    designated = LocalDate.parse(legalRepDesignatedOn.strip());
                } catch (DateTimeParseException e) {
                    errors.add(new InvalidInput.FieldError("legalRepresentative.designatedOn", "use yyyy-mm-dd"));
                }
            }
            rep = new LegalRepresentative(legalRepName.strip(), blank(legalRepMemberState) ? null
                    : legalRepMemberState.strip().toUpperCase(), blank(legalRepAddress) ? null : legalRepAddress.strip(),
                    blank(legalRepEmail) ? null : legalRepEmail.strip(), designated);
        }
        List<ContactPoint> contacts = new ArrayList<>();
        for (int i = 0; i < CONTACT_ROWS; i++) {
            if (blank(addressAt(i))) {
                continue;
            }
            ContactChannel ch = null;
            try {
                ch = ContactChannel.valueOf(channelAt(i));
            } catch (RuntimeException e) {
                errors.add(new InvalidInput.FieldError("contactPoints[" + contacts.size() + "].channel", "choose a channel"));
            }
            List<String> langs = Arrays.stream(languagesAt(i).split("[\\s,;]+")).filter(s -> !s.isBlank())
                    .map(s -> s.toLowerCase()).toList();
            contacts.add(new ContactPoint(ch, addressAt(i), langs, alwaysAt(i)));
        }
        Instant from = null;
        if (!blank(effectiveFrom)) {
            try {
                from = LocalDateTime.parse(effectiveFrom.strip()).atZone(zoneOrUtc()).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInput.FieldError("effectiveFrom", "use the date and time picker"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ProviderDeclaration(name, services, size, offersServicesInEu, blank(mainEstablishment) ? null
                : mainEstablishment.strip().toUpperCase(), rep, contacts, from);
    }

    private ZoneId zoneOrUtc() {
        try {
            return ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
