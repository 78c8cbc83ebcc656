package eu.vigil.installation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** The {@code clock} block of {@code /actuator/info}: rate, purpose (or {@code UNMARKED}), whether accelerated, now. */
@Component
class ClockInfo implements InfoContributor {

    private final InstallationClock installation;
    private final Clock clock;

    ClockInfo(InstallationClock installation, Clock clock) {
        this.installation = installation;
        this.clock = clock;
    }

    @Override
    public void contribute(Info.Builder builder) {
        ClockRate rate = installation.rate();
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("rate", rate.value().scale() <= 0 ? (Number) rate.value().longValueExact() : rate.value());
        block.put("purpose", installation.purpose().map(Enum::name).orElse("UNMARKED"));
        block.put("accelerated", rate.accelerated());
        block.put("realMinute", rate.realMinuteShownAs());
        block.put("now", clock.instant().toString());
        builder.withDetail("clock", block);
    }
}
