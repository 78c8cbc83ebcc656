package eu.vigil.registry;

import java.time.LocalDate;

/**
 * The legal representative in the Union of a provider without main establishment there (TCO Art. 17).
 *
 * @param name         natural or legal person
 * @param memberState  Member State where it resides or is established
 * @param address      postal address
 * @param email        contact e-mail
 * @param designatedOn date of the written designation, may be null
 */
public record LegalRepresentative(String name, String memberState, String address, String email,
        LocalDate designatedOn) {
}
