package eu.vigil.registry;

import java.time.LocalDate;

import eu.vigil.shared.Limits;
import jakarta.validation.constraints.Size;

/**
 * The legal representative in the Union of a provider without main establishment there (TCO Art. 17).
 *
 * @param name         natural or legal person
 * @param memberState  Member State where it resides or is established
 * @param address      postal address
 * @param email        contact e-mail
 * @param designatedOn date of the written designation, may be null
 */
public record LegalRepresentative(@Size(max = Limits.NAME, message = Limits.CHARS) String name,
        @Size(max = 8, message = Limits.CHARS) String memberState,
        @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String address,
        @Size(max = Limits.NAME, message = Limits.CHARS) String email,
        LocalDate designatedOn) {
}
