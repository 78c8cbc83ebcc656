package eu.vigil.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The bearer secret a metrics scraper sends to {@code /actuator/prometheus}: {@code vigil.metrics.scrape-token},
 * or, when that is not set, one generated at start-up and logged once (it changes with every start).
 */
@Component
class ScrapeToken {

    private static final Logger log = LoggerFactory.getLogger(ScrapeToken.class);

    private final byte[] secret;

    ScrapeToken(@Value("${vigil.metrics.scrape-token:}") String configured) {
        String token = configured;
        if (token == null || token.isBlank()) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            token = "vglm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            log.warn("vigil.metrics.scrape-token is not set; metrics scrapers send 'Authorization: Bearer {}' until "
                    + "the next start. Set the property to keep a stable token.", token);
        }
        this.secret = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the request carries the scrape token (compared in constant time). */
    boolean presentIn(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(secret, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
