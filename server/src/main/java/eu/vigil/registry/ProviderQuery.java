package eu.vigil.registry;

/**
 * Filters of the provider list; null or blank means "any".
 *
 * @param text                  part of the name or services
 * @param mainEstablishment     Member State of main establishment, or {@code NON_EU}
 * @param legalRepMemberState   Member State of the legal representative
 * @param sizeClass             size
 */
public record ProviderQuery(String text, String mainEstablishment, String legalRepMemberState, SizeClass sizeClass) {

    /** No filter. */
    public static ProviderQuery all() {
        return new ProviderQuery(null, null, null, null);
    }

    boolean matches(HostingServiceProvider p) {
        if (text != null && !text.isBlank()) {
            String t = text.strip().toLowerCase();
            if (!p.name().toLowerCase().contains(t) && !p.services().toLowerCase().contains(t)) {
                return false;
            }
        }
        if (mainEstablishment != null && !mainEstablishment.isBlank()) {
            String me = mainEstablishment.strip().toUpperCase();
            if (me.equals("NON_EU") ? p.mainEstablishment() != null : !me.equals(p.mainEstablishment())) {
                return false;
            }
        }
        if (legalRepMemberState != null && !legalRepMemberState.isBlank()) {
            if (p.legalRepresentative() == null
                    || !legalRepMemberState.strip().equalsIgnoreCase(p.legalRepresentative().memberState())) {
                return false;
            }
        }
        return sizeClass == null || sizeClass == p.sizeClass();
    }
}
