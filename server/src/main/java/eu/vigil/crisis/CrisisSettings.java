package eu.vigil.crisis;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's crisis settings: how often situation reports are expected ({@code vigil.crisis.sitrep-interval},
 * default 2 h, R40) and how long the post-crisis review may take ({@code vigil.crisis.review-period}, default 30
 * days, R41).
 */
@Component
public class CrisisSettings {

    private final SitrepInterval sitrepInterval;
    private final ReviewPeriod reviewPeriod;

    CrisisSettings(@Value("${vigil.crisis.sitrep-interval:PT2H}") Duration sitrepInterval,
            @Value("${vigil.crisis.review-period:P30D}") Duration reviewPeriod) {
        this.sitrepInterval = new SitrepInterval(sitrepInterval);
        this.reviewPeriod = new ReviewPeriod(reviewPeriod);
    }

    /** How often situation reports are expected. */
    public SitrepInterval sitrepInterval() {
        return sitrepInterval;
    }

    /** How long the post-crisis review may take. */
    public ReviewPeriod reviewPeriod() {
        return reviewPeriod;
    }
}
