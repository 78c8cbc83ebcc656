package eu.vigil.removalorder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
        return eu.vigil.shared.MemberStateZones.of(memberState).orElse(eu.vigil.shared.MemberStateZones.UTC);
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
