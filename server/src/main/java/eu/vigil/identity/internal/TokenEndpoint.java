package eu.vigil.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.OAuthClients;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * OAuth2 token endpoint for the client-credentials grant (RFC 6749 §4.4); errors as in §5.2. Failed client
 * authentications are throttled per client id and per remote address: 429 {@code slow_down} with
 * {@code Retry-After}.
 */
@RestController
@Tag(name = "Authentication")
class TokenEndpoint {

    private final OAuthClients clients;
    private final TokenThrottle throttle;

    TokenEndpoint(OAuthClients clients, TokenThrottle throttle) {
        this.clients = clients;
        this.throttle = throttle;
    }

    @Operation(summary = "Exchange client credentials for a one-hour bearer access token")
    @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "client_secret", required = false) String clientSecret,
            @RequestHeader(name = "Authorization", required = false) String authorization, HttpServletRequest request) {
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    clientId = decoded.substring(0, colon);
                    clientSecret = decoded.substring(colon + 1);
                }
            } catch (IllegalArgumentException e) {
                return error(400, "invalid_request", "the Basic authorization header is not valid Base64");
            }
        }
        if (clientId == null || clientSecret == null) {
            return error(400, "invalid_request", "client_id and client_secret are required");
        }
        String address = request.getRemoteAddr();
        var wait = throttle.attempt(clientId, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            return ResponseEntity.status(429).cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(Map.of("error", "slow_down", "error_description",
                            "too many failed client authentications; retry after " + seconds + " seconds"));
        }
        var token = clients.exchange(clientId, clientSecret);
        if (token.isEmpty()) {
            throttle.forgetEnded();
            return error(401, "invalid_client", "unknown client, wrong secret or revoked client");
        }
        throttle.succeeded(clientId, address);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.<String, Object>of("access_token", token.get().token(), "token_type", "Bearer", "expires_in",
                        Duration.ofHours(1).toSeconds()));
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String code, String description) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .body(Map.of("error", code, "error_description", description));
    }
}
