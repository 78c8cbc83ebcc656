package eu.vigil.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for tokens and client credentials. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code prefix} followed by 32 random bytes in URL-safe Base64 (256 bits of entropy). */
    static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
