package eu.vigil.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.client.OrderSealVerifier.Outcome;
import eu.vigil.client.OrderSealVerifier.SealKey;
import eu.vigil.client.OrderSealVerifier.SealedOrder;

/** Offline verification of order seals: tampered bytes, wrong and unknown keys, key validity, malformed input. */
class OrderSealVerifierTests {

    private static final UUID AUTHORITY = UUID.fromString("6f1f3c1e-0000-4000-8000-000000000001");
    private static final Instant ISSUED = Instant.parse("2026-03-03T10:15:30.123456Z");

    private final KeyPair pair = generate();
    private final KeyPair other = generate();

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String payload(UUID authority, Instant issuedAt, String reference) {
        return "{\"A.issued_at\":\"" + issuedAt + "\",\"A.reference\":\"" + reference + "\",\"B.items\":[{\"position\":1,"
                + "\"url\":\"https://video.example/watch?v=abc\",\"extra_info\":\"say \\\"A.issued_at\\\":\\\"x\\\"\"}],"
                + "\"C.non_disclosure\":false,\"E.issuing_authority_id\":\"" + authority + "\",\"deadline_minutes\":60}";
    }

    private static byte[] sign(KeyPair keys, String text) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.getPrivate());
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return s.sign();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SealKey key(KeyPair keys, UUID authority, Instant from, Instant until) {
        byte[] spki = keys.getPublic().getEncoded();
        return new SealKey(authority, OrderSealVerifier.keyId(spki), "Ed25519", spki, from, until);
    }

    private static SealedOrder seal(String text, byte[] signature, String keyId) {
        return new SealedOrder(UUID.randomUUID(), "DE-1", AUTHORITY, ISSUED, "Ed25519", keyId, text,
                text.getBytes(StandardCharsets.UTF_8), signature);
    }

    private OrderSealVerifier verifier(SealKey... keys) {
        return new OrderSealVerifier(List.of(keys));
    }

    @Test
    void aSealMadeWithAKeyValidAtIssueIsValid() {
        SealKey key = key(pair, AUTHORITY, ISSUED.minusSeconds(60), null);
        String text = payload(AUTHORITY, ISSUED, "DE-1");
        var result = verifier(key).verify(seal(text, sign(pair, text), key.keyId()));
        assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.VALID);
        assertThat(result.valid()).isTrue();
    }

    @Test
    void aTamperedPayloadFailsTheSignature() {
        SealKey key = key(pair, AUTHORITY, ISSUED.minusSeconds(60), null);
        String text = payload(AUTHORITY, ISSUED, "DE-1");
        byte[] signature = sign(pair, text);
        String tampered = text.replace("DE-1", "DE-2");
        assertThat(verifier(key).verify(seal(tampered, signature, key.keyId())).outcome())
                .isEqualTo(Outcome.INVALID_SIGNATURE);
        byte[] flipped = signature.clone();
        flipped[5] ^= 1;
        assertThat(verifier(key).verify(seal(text, flipped, key.keyId())).outcome()).isEqualTo(Outcome.INVALID_SIGNATURE);
    }

    @Test
    void aSignatureOfAnotherKeyUnderThisKeysIdFails() {
        SealKey key = key(pair, AUTHORITY, ISSUED.minusSeconds(60), null);
        String text = payload(AUTHORITY, ISSUED, "DE-1");
        assertThat(verifier(key).verify(seal(text, sign(other, text), key.keyId())).outcome())
                .isEqualTo(Outcome.INVALID_SIGNATURE);
    }

    @Test
    void aKeyThatIsNotTrustedIsUnknown() {
        SealKey trusted = key(pair, AUTHORITY, ISSUED.minusSeconds(60), null);
        SealKey stranger = key(other, AUTHORITY, ISSUED.minusSeconds(60), null);
        String text = payload(AUTHORITY, ISSUED, "DE-1");
        assertThat(verifier(trusted).verify(seal(text, sign(other, text), stranger.keyId())).outcome())
                .isEqualTo(Outcome.UNKNOWN_KEY);
    }

    @Test
    void aKeyOfAnotherAuthorityDoesNotVouchForTheOrder() {
        UUID elsewhere = UUID.randomUUID();
        SealKey key = key(pair, elsewhere, ISSUED.minusSeconds(60), null);
        String text = payload(AUTHORITY, ISSUED, "DE-1");
        var result = verifier(key).verify(seal(text, sign(pair, text), key.keyId()));
        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN_KEY);
        assertThat(result.detail()).contains(elsewhere.toString());
    }

    @Test
    void theIssueTimeMustLieWithinTheKeysValidity() {
        String text = payload(AUTHORITY, ISSUED, "DE-1");
        byte[] signature = sign(pair, text);
        SealKey later = key(pair, AUTHORITY, ISSUED.plusNanos(1000), null);
        assertThat(verifier(later).verify(seal(text, signature, later.keyId())).outcome())
                .isEqualTo(Outcome.KEY_NOT_VALID_AT_ISSUE);
        SealKey retired = key(pair, AUTHORITY, ISSUED.minusSeconds(3600), ISSUED);
        assertThat(verifier(retired).verify(seal(text, signature, retired.keyId())).outcome())
                .as("validUntil is exclusive").isEqualTo(Outcome.KEY_NOT_VALID_AT_ISSUE);
        SealKey exact = key(pair, AUTHORITY, ISSUED, ISSUED.plusSeconds(1));
        assertThat(verifier(exact).verify(seal(text, signature, exact.keyId())).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void theEnvelopesIssueTimeIsNotTrusted() {
        SealKey key = key(pair, AUTHORITY, ISSUED.plusSeconds(10), null);
        String text = payload(AUTHORITY, ISSUED, "DE-1");
        var lying = new SealedOrder(UUID.randomUUID(), "DE-1", AUTHORITY, ISSUED.plusSeconds(20), "Ed25519",
                key.keyId(), text, text.getBytes(StandardCharsets.UTF_8), sign(pair, text));
        assertThat(verifier(key).verify(lying).outcome()).isEqualTo(Outcome.KEY_NOT_VALID_AT_ISSUE);
    }

    @Test
    void malformedSealsAndKeysAreReportedAsSuch() {
        SealKey key = key(pair, AUTHORITY, ISSUED.minusSeconds(60), null);
        String text = payload(AUTHORITY, ISSUED, "DE-1");
        byte[] signature = sign(pair, text);
        OrderSealVerifier verifier = verifier(key);
        assertThat(verifier.verify(null).outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(verifier.verify(new SealedOrder(null, null, null, null, "RSA", key.keyId(), text,
                text.getBytes(StandardCharsets.UTF_8), signature)).outcome()).isEqualTo(Outcome.MALFORMED);
        assertThat(verifier.verify(new SealedOrder(null, null, null, null, "Ed25519", key.keyId(), text + " ",
                text.getBytes(StandardCharsets.UTF_8), signature)).outcome())
                .as("canonical form and bytes disagree").isEqualTo(Outcome.MALFORMED);
        String notJson = "A.issued_at=" + ISSUED;
        assertThat(verifier.verify(seal(notJson, sign(pair, notJson), key.keyId())).outcome()).isEqualTo(Outcome.MALFORMED);
        String noTime = "{\"E.issuing_authority_id\":\"" + AUTHORITY + "\"}";
        assertThat(verifier.verify(seal(noTime, sign(pair, noTime), key.keyId())).outcome()).isEqualTo(Outcome.MALFORMED);
        SealKey lyingId = new SealKey(AUTHORITY, key.keyId(), "Ed25519", other.getPublic().getEncoded(),
                ISSUED.minusSeconds(60), null);
        assertThat(verifier(lyingId).verify(seal(text, signature, key.keyId())).outcome())
                .as("key id must be the SHA-256 of the key").isEqualTo(Outcome.MALFORMED);
    }

    @Test
    void topLevelStringsIgnoreLookAlikesInsideNestedValues() {
        var fields = TopLevelStrings.of(payload(AUTHORITY, ISSUED, "DE-1"));
        assertThat(fields).containsEntry("A.issued_at", ISSUED.toString()).containsEntry("A.reference", "DE-1")
                .doesNotContainKey("url");
    }
}
