package eu.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentUrlTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://Video.Example.COM/watch?v=aB1|http://video.example.com:80/watch?v=aB1",
            "https://example.com/post/1/|https://example.com:443/post/1",
            "https://example.com/post/1?utm_source=x&utm_medium=y|https://example.com/post/1",
            "https://example.com/p?id=7&fbclid=abc&gclid=d|https://example.com/p?id=7",
            "https://example.com/p#comments|https://example.com/p",
            "https://example.com/a%2fb|https://example.com/a%2Fb",
            "https://user@example.com/p|https://example.com/p",
            "https://example.com.|https://example.com/"})
    void spellingsOfTheSameItemHaveTheSameKey(String a, String b) {
        assertThat(ContentUrl.key(a)).isEqualTo(ContentUrl.key(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.com/Watch?v=aB|https://example.com/watch?v=ab",
            "https://example.com:8443/p|https://example.com/p",
            "https://example.com/p?id=7|https://example.com/p?id=8",
            "https://www.example.com/p|https://example.com/p"})
    void differentItemsKeepDifferentKeys(String a, String b) {
        assertThat(ContentUrl.key(a)).isNotEqualTo(ContentUrl.key(b));
    }

    @ParameterizedTest
    @CsvSource({"ftp://example.com/x", "example.com/x", "https:///x"})
    void onlyAbsoluteHttpUrlsHaveAKey(String url) {
        assertThatThrownBy(() -> ContentUrl.key(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"https://Shop.Example.org:8080/x?y=1, shop.example.org", "https://bücher.example/x, xn--bcher-kva.example"})
    void theHostIsTheDomainCounted(String url, String host) {
        assertThat(ContentUrl.host(url)).isEqualTo(host);
    }
}
