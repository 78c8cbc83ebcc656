package eu.vigil.removalorder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The period in which an order may be challenged under the issuing Member State's law (Art. 9; finality,
 * Art. 3(9)), in days or months as that law gives it. It runs on the calendar of the issuing Member State:
 * counted from the day of receipt there, it ends at the end of its last day in that Member State's time zone,
 * so it is never shorter than the law says, whatever the clock changes in between (defect 10).
 *
 * @param amount how many days or months, at least 1
 * @param unit   days or months
 */
public record AppealPeriod(int amount, Unit unit) {

    /** How national law counts the period. */
    public enum Unit {
        DAYS, MONTHS
    }

    /** The legal time of each Member State (and EEA State) whose authorities may issue orders. */
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

    public AppealPeriod {
        if (amount < 1 || unit == null) {
            throw new IllegalArgumentException("an appeal period is at least one day or month");
        }
    }

    /** A period in days. */
    public static AppealPeriod days(int days) {
        return new AppealPeriod(days, Unit.DAYS);
    }

    /** A period in months. */
    public static AppealPeriod months(int months) {
        return new AppealPeriod(months, Unit.MONTHS);
    }

    /** The time zone of a Member State's calendar; UTC for a code not listed. */
    public static ZoneId zoneOf(String memberState) {
        return ZoneId.of(ZONES.getOrDefault(memberState == null ? "" : memberState.strip().toUpperCase(), "UTC"));
    }

    /**
     * When the period ends for an order received at {@code receivedAt}: the start of the day after its last day,
     * in {@code memberState}'s time zone. The day of receipt does not count; a month period ending on a day the
     * month lacks ends on that month's last day.
     */
    public Instant endsFor(Instant receivedAt, String memberState) {
        ZoneId zone = zoneOf(memberState);
        LocalDate received = receivedAt.atZone(zone).toLocalDate();
        LocalDate lastDay = unit == Unit.DAYS ? received.plusDays(amount) : received.plusMonths(amount);
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
