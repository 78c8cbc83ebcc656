package eu.vigil.shared;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The legal time of each Member State (and EEA State) whose authorities use Vigil: the time zone of its capital.
 * It is the calendar an appeal period runs on and the default time zone of the people of an organisation of
 * that State (issue 12).
 */
public final class MemberStateZones {

    /** Coordinated Universal Time, as people read it ("UTC", not "Z"). */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("AT", "Europe/Vienna"),
            Map.entry("BE", "Europe/Brussels"), Map.entry("BG", "Europe/Sofia"), Map.entry("CY", "Asia/Nicosia"),
            Map.entry("CZ", "Europe/Prague"), Map.entry("DE", "Europe/Berlin"), Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("EE", "Europe/Tallinn"), Map.entry("EL", "Europe/Athens"), Map.entry("GR", "Europe/Athens"),
            Map.entry("ES", "Europe/Madrid"), Map.entry("FI", "Europe/Helsinki"), Map.entry("FR", "Europe/Paris"),
            Map.entry("HR", "Europe/Zagreb"), Map.entry("HU", "Europe/Budapest"), Map.entry("IE", "Europe/Dublin"),
            Map.entry("IT", "Europe/Rome"), Map.entry("LT", "Europe/Vilnius"), Map.entry("LU", "Europe/Luxembourg"),
            Map.entry("LV", "Europe/Riga"), Map.entry("MT", "Europe/Malta"), Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("PL", "Europe/Warsaw"), Map.entry("PT", "Europe/Lisbon"), Map.entry("RO", "Europe/Bucharest"),
            Map.entry("SE", "Europe/Stockholm"), Map.entry("SI", "Europe/Ljubljana"), Map.entry("SK", "Europe/Bratislava"),
            Map.entry("IS", "Atlantic/Reykjavik"), Map.entry("LI", "Europe/Vaduz"), Map.entry("NO", "Europe/Oslo"));

    /** Zones people may choose besides the capitals': the Member States' other legal times, and UTC. */
    private static final List<String> OTHERS = List.of("Atlantic/Azores", "Atlantic/Canary", "Atlantic/Madeira",
            "UTC");

    private MemberStateZones() {
    }

    /** The time zone of a Member State's capital, empty for a code not listed (or null). */
    public static Optional<ZoneId> of(String memberState) {
        String zone = memberState == null ? null : ZONES.get(memberState.strip().toUpperCase(java.util.Locale.ROOT));
        return Optional.ofNullable(zone).map(ZoneId::of);
    }

    /** The zones a person may choose (every capital's zone, the Member States' other legal times, UTC), by id. */
    public static List<ZoneId> offered() {
        return Stream.concat(ZONES.values().stream(), OTHERS.stream()).distinct().sorted(Comparator.naturalOrder())
                .map(ZoneId::of).toList();
    }

    /** Whether {@code zone} is one of the {@link #offered()} zones. */
    public static boolean isOffered(ZoneId zone) {
        return zone != null && offered().contains(zone);
    }
}
