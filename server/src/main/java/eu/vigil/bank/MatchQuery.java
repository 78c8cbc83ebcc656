package eu.vigil.bank;

/** One signal to look up: its type ({@code PDQ}, {@code MD5}, {@code SHA256}, {@code URL}) and value. */
public record MatchQuery(String signalType, String value) {
}
