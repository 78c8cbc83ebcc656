package eu.vigil.registry;

import java.util.List;

/**
 * A Member State of the EU, or an EEA state usable as territorial scope (R52).
 *
 * @param code      ISO 3166-1 alpha-2 code (Greece is {@code GR})
 * @param name      English name
 * @param euMember  true for the 27 EU Member States
 * @param languages official EU languages of the state (ISO 639-1)
 */
public record MemberState(String code, String name, boolean euMember, List<String> languages) {
}
