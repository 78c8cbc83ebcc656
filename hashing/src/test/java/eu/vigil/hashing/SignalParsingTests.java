package eu.vigil.hashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignalParsingTests {

  private static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

  @Test
  void pdqTextFormPutsBitZeroInTheLastHexDigit() {
    PdqHash one = PdqHash.parse("0".repeat(63) + "1");
    PdqHash top = PdqHash.parse("8" + "0".repeat(63));

    assertThat(one.bit(0)).isTrue();
    assertThat(one.bitCount()).isEqualTo(1);
    assertThat(top.bit(255)).isTrue();
    assertThat(top.w3()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void parsingAcceptsUpperCaseAndPrintsLowerCase() {
    assertThat(PdqHash.parse(PDQ.toUpperCase()).toText()).isEqualTo(PDQ);
    assertThat(SignalType.PDQ.parse(PDQ)).isEqualTo(PdqHash.parse(PDQ));
    assertThat(SignalType.MD5.parse("D41D8CD98F00B204E9800998ECF8427E").toText())
        .isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void distanceIsAMetricAndTextRoundTrips(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PdqHash a = new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    PdqHash b = new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    PdqHash c = a.flip(random.nextInt(256)).flip(random.nextInt(256));

    assertThat(PdqHash.parse(a.toText())).isEqualTo(a);
    assertThat(a.distance(a)).isZero();
    assertThat(a.distance(b)).isEqualTo(b.distance(a));
    assertThat(a.distance(c)).isLessThanOrEqualTo(2);
    assertThat(a.distance(b)).isLessThanOrEqualTo(a.distance(c) + c.distance(b));
    int bit = random.nextInt(256);
    assertThat(a.flip(bit).distance(a)).isEqualTo(1);
    assertThat(a.flip(bit).bit(bit)).isNotEqualTo(a.bit(bit));
  }

  @Test
  void upstreamHashArithmeticInputsRoundTripAndDiffer() {
    List<PdqHash> shorts = HashingTestData.pdqHashes("pdq/matching/short256.dat");
    for (PdqHash hash : shorts) {
      assertThat(PdqHash.parse(hash.toText())).isEqualTo(hash);
    }
    // The first two lines differ in one hex digit: 7 -> 8 is four bits.
    assertThat(shorts.get(0).distance(shorts.get(1))).isEqualTo(4);
    assertThat(HashingTestData.lines("pdq/matching/short256.dat").get(0)).isEqualTo(shorts.get(0).toText());
  }

  @ParameterizedTest(name = "\"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "PDQ hash must be 64 hexadecimal digits, got 63 characters | f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b2",
        "PDQ hash must be 64 hexadecimal digits, got 65 characters | f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b222",
        "PDQ hash must be 64 hexadecimal digits, found \"g\" at position 1 | g8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
        "PDQ hash must be 64 hexadecimal digits, got 0 characters | ''",
      })
  void malformedPdqTextIsRejectedWithAClearMessage(String message, String text) {
    assertThatThrownBy(() -> PdqHash.parse(text))
        .isInstanceOf(MalformedSignalException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void whitespaceAndControlCharactersAreNotAcceptedAndAreQuotedSafely() {
    assertThatThrownBy(() -> PdqHash.parse(" " + PDQ.substring(1)))
        .isInstanceOf(MalformedSignalException.class)
        .hasMessageContaining("found \" \" at position 1");
    assertThatThrownBy(() -> SignalType.MD5.parse("d41d8cd98f00b204e9800998ecf8427\n"))
        .hasMessage("MD5 hash must be 32 hexadecimal digits, found \"\\u000a\" at position 32:"
            + " \"d41d8cd98f00b204e9800998ecf8427\\u000a\"");
    assertThatThrownBy(() -> SignalType.SHA256.parse("ab".repeat(100)))
        .hasMessageContaining("got 200 characters")
        .hasMessageContaining("...");
  }

  @ParameterizedTest
  @EnumSource(SignalType.class)
  void everyTypeRoundTripsItsCanonicalText(SignalType type) {
    String text = "0123456789abcdef".repeat(4).substring(0, type.hexLength());

    Signal signal = type.parse(text);

    assertThat(signal.type()).isEqualTo(type);
    assertThat(signal.toText()).isEqualTo(text);
    assertThat(SignalType.ofId(type.id())).isEqualTo(type);
  }

  @Test
  void unknownTypeIdsAreRejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> SignalType.ofId("SHA-256"))
        .isInstanceOf(MalformedSignalException.class)
        .hasMessage("unknown signal type \"SHA-256\", expected one of pdq, md5, sha256");
  }

  @Test
  void exactHashesOfKnownContent() throws Exception {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);

    assertThat(ExactHashes.md5(abc).toText()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    assertThat(ExactHashes.sha256(abc).toText())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(ExactHashes.of(SignalType.SHA256, new java.io.ByteArrayInputStream(abc)))
        .isEqualTo(ExactHashes.sha256(abc));
    assertThat(ExactHashes.md5(abc)).isEqualTo(SignalType.MD5.parse("900150983CD24FB0D6963F7D28E17F72"));
    assertThat(ExactHashes.md5(abc).toString()).isEqualTo("md5:900150983cd24fb0d6963f7d28e17f72");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void randomTextNeverEscapesAsAnythingButMalformedSignal(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(4) == 0 ? 64 : random.nextInt(80);
      for (int j = 0; j < length; j++) {
        text.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x3000) : "0123456789abcdefABCDEFxyz".charAt(random.nextInt(25)));
      }
      for (SignalType type : SignalType.values()) {
        try {
          assertThat(type.parse(text.toString()).toText()).hasSize(type.hexLength());
        } catch (MalformedSignalException e) {
          assertThat(e.getMessage()).startsWith(type.displayName() + " hash must be");
        }
      }
    }
  }
}
