package eu.vigil.hashing.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.hashing.ExactHash;
import eu.vigil.hashing.ExactHashes;
import eu.vigil.hashing.SignalType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExactHashIndexTests {

  private static ExactHash md5(String content) {
    return ExactHashes.md5(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findsAllIdsWithAnEqualHashOnly() {
    ExactHashIndex index = new ExactHashIndex(SignalType.MD5);
    index.put(3, md5("a"));
    index.put(1, md5("a"));
    index.put(2, md5("b"));

    assertThat(index.search(md5("a"))).containsExactly(new MatchResult(1, 0), new MatchResult(3, 0));
    assertThat(index.search(md5("c"), 31)).isEmpty();
  }

  @Test
  void replacesAndRemovesById() {
    ExactHashIndex index = new ExactHashIndex(SignalType.MD5);
    index.put(1, md5("a"));
    index.put(1, md5("b"));

    assertThat(index.search(md5("a"))).isEmpty();
    assertThat(index.search(md5("b"))).containsExactly(new MatchResult(1, 0));
    assertThat(index.remove(1)).isTrue();
    assertThat(index.remove(1)).isFalse();
    assertThat(index.size()).isZero();
  }

  @Test
  void refusesHashesOfAnotherType() {
    ExactHashIndex index = new ExactHashIndex(SignalType.SHA256);

    assertThatThrownBy(() -> index.put(1, md5("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this index holds sha256 hashes, got md5");
    assertThatThrownBy(() -> new ExactHashIndex(SignalType.PDQ)).isInstanceOf(IllegalArgumentException.class);
  }
}
