package eu.vigil.bank;

import eu.vigil.shared.Limits;
import jakarta.validation.constraints.Size;

/** One signal to look up: its type ({@code PDQ}, {@code MD5}, {@code SHA256}, {@code URL}) and value. */
public record MatchQuery(@Size(max = 40, message = Limits.CHARS) String signalType,
        @Size(max = Limits.URL, message = Limits.CHARS) String value) {
}
