package eu.vigil.registry;

import java.util.List;

/**
 * A provider's point of contact for removal orders (TCO Art. 15).
 *
 * @param channel      how it is reached
 * @param address      e-mail address, phone number or URL
 * @param languages    official EU languages in which it can be addressed
 * @param available247 reachable around the clock
 */
public record ContactPoint(ContactChannel channel, String address, List<String> languages, boolean available247) {

    public ContactPoint {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
