package eu.vigil.registry;

import java.util.List;

import eu.vigil.shared.Limits;
import jakarta.validation.constraints.Size;

/**
 * A provider's point of contact for removal orders (TCO Art. 15).
 *
 * @param channel      how it is reached
 * @param address      e-mail address, phone number or URL
 * @param languages    official EU languages in which it can be addressed
 * @param available247 reachable around the clock
 */
public record ContactPoint(ContactChannel channel, @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String address,
        @Size(max = Limits.LIST, message = Limits.COUNT) List<@Size(max = 8, message = Limits.CHARS) String> languages, boolean available247) {

    public ContactPoint {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
