package eu.vigil.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SipHash-2-4 against the reference vectors (key 00..0f, messages 00..n-1). */
class SipHashTests {

    private static final long K0 = 0x0706050403020100L;
    private static final long K1 = 0x0f0e0d0c0b0a0908L;

    @Test
    void emptyMessage() {
        assertThat(SipHash.hash(K0, K1)).isEqualTo(0x726fdb47dd0e0e31L);
    }

    @Test
    void eightByteMessage() {
        assertThat(SipHash.hash(K0, K1, 0x0706050403020100L)).isEqualTo(0x93f5f5799a932462L);
    }
}
