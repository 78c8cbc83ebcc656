package eu.vigil.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles client authentication at {@code /oauth2/token}: at most {@value #PER_CLIENT} failed attempts per
 * client id and {@value #PER_ADDRESS} per remote address in a fixed window of {@link #WINDOW}. Each attempt is
 * counted in the database before the secret is checked (one atomic upsert per key), so parallel guesses
 * cannot get past the limit, and several server instances share the count. A success takes its attempt back.
 */
@Component
class TokenThrottle {

    static final int PER_CLIENT = 10;
    static final int PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    TokenThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts an attempt; when a limit is exceeded, how long the caller has to wait. */
    Optional<Duration> attempt(String clientId, String address) {
        Instant now = clock.instant();
        Duration client = count("client:" + clientId, PER_CLIENT, now);
        Duration remote = count("address:" + address, PER_ADDRESS, now);
        Duration wait = client.compareTo(remote) >= 0 ? client : remote;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Takes back the attempt of a successful authentication. */
    void succeeded(String clientId, String address) {
        jdbc.sql("delete from auth_throttle where key = ?").param("client:" + clientId).update();
        jdbc.sql("update auth_throttle set attempts = greatest(attempts - 1, 0) where key = ?")
                .param("address:" + address).update();
    }

    private Duration count(String key, int limit, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp cutoff = Timestamp.from(now.minus(WINDOW));
        var row = jdbc.sql("""
                insert into auth_throttle as t (key, attempts, window_start) values (:key, 1, :now)
                on conflict (key) do update set
                    attempts = case when t.window_start <= :cutoff then 1 else t.attempts + 1 end,
                    window_start = case when t.window_start <= :cutoff then :now else t.window_start end
                returning attempts, window_start""")
                .param("key", key.length() > 200 ? key.substring(0, 200) : key).param("now", at).param("cutoff", cutoff)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant()}).single();
        if ((int) row[0] <= limit) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, ((Instant) row[1]).plus(WINDOW));
        return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
    }

    /** Forgets windows that have ended (keeps the table small under guessing with random client ids). */
    void forgetEnded() {
        jdbc.sql("delete from auth_throttle where window_start <= ?")
                .param(Timestamp.from(clock.instant().minus(WINDOW))).update();
    }
}
