package eu.vigil.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.vigil.delivery.WebhookDestinations.Allowed;
import eu.vigil.delivery.WebhookDestinations.Refusal;
import eu.vigil.delivery.WebhookDestinations.Refused;

/** The destination policy without any operator allowance: only https to public addresses passes. */
class WebhookDestinationsTests {

    /** DNS for the tests: fixed answers per name; IP literals as the JDK parses them. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.provider.example", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "rebound.example", List.of("10.0.0.5"),
            "metadata.example", List.of("169.254.169.254"),
            "mixed.example", List.of("93.184.215.14", "127.0.0.1"),
            "localhost", List.of("127.0.0.1", "::1"),
            "mapped.example", List.of("::ffff:192.168.0.1"),
            "nat64.example", List.of("64:ff9b::a00:1"));

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.contains(":") || host.matches("[0-9.]+")) {
            return InetAddress.getAllByName(host);
        }
        List<String> answers = DNS.get(host);
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] result = new InetAddress[answers.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = InetAddress.getByName(answers.get(i));
        }
        return result;
    }

    private final WebhookDestinations strict = new WebhookDestinations(List.of(), WebhookDestinationsTests::resolve);

    @ParameterizedTest
    @ValueSource(strings = {
            // loopback, every spelling
            "https://127.0.0.1/hook", "https://127.0.0.2/", "https://localhost/hook", "https://[::1]/hook",
            "https://[::ffff:127.0.0.1]/", "https://[::ffff:7f00:1]/", "https://[::127.0.0.1]/",
            "https://[0:0:0:0:0:0:0:1]:8443/", "https://[64:ff9b::7f00:1]/", "https://[2002:7f00:1::]/",
            // integer, octal, hex and shortened forms of IPv4
            "https://2130706433/", "https://0x7f000001/", "https://0177.0.0.1/", "https://0x7f.0.0.1/",
            "https://127.1/", "https://0x7f.1/", "https://017700000001/", "https://3232235521/", "https://10.1/",
            // private, CGNAT, link-local and cloud metadata
            "https://10.0.0.1/", "https://172.16.0.1/", "https://172.31.255.255/", "https://192.168.1.1/",
            "https://100.64.0.1/", "https://100.100.100.200/latest/meta-data", "https://169.254.169.254/latest/meta-data/",
            "https://[::ffff:169.254.169.254]/", "https://[::ffff:a9fe:a9fe]/", "https://[64:ff9b::a9fe:a9fe]/",
            "https://[fd00:ec2::254]/", "https://192.0.0.192/", "https://[fe80::1]/", "https://[fe80::1%251]/",
            "https://[fc00::1]/", "https://[fec0::1]/",
            // unspecified, multicast, broadcast, reserved, documentation
            "https://0.0.0.0/", "https://0.1.2.3/", "https://[::]/", "https://224.0.0.1/", "https://239.255.255.250/",
            "https://[ff02::1]/", "https://255.255.255.255/", "https://240.0.0.1/", "https://192.0.2.10/",
            "https://198.18.0.1/", "https://[2001:db8::1]/", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            // names resolving to internal addresses, also when only one of their addresses is internal
            "https://rebound.example/", "https://metadata.example/", "https://mixed.example/",
            "https://mapped.example/", "https://nat64.example/",
            // the old http exception for names starting with 127.
            "http://127.attacker.example/hook", "http://127.0.0.1:8080/", "http://localhost/",
            // not https, or not a URL of a host
            "http://hooks.provider.example/", "ftp://hooks.provider.example/", "file:///etc/passwd",
            "https:///nohost", "hooks.provider.example/x", "https://user:secret@hooks.provider.example/",
            "https://unknown.example/", "https://exa_mple.example/", "", "   "})
    void refusesEveryDestinationThatIsNotPublicHttps(String url) {
        assertThat(strict.check(url)).as(url).isInstanceOf(Refused.class);
    }

    @Test
    void refusalsSayWhyForTheLog() {
        assertThat(reason("https://2130706433/")).isEqualTo(Refusal.NON_STANDARD_HOST);
        assertThat(reason("https://0x7f.1/")).isEqualTo(Refusal.NON_STANDARD_HOST);
        assertThat(reason("https://169.254.169.254/")).isEqualTo(Refusal.NOT_PUBLIC);
        assertThat(reason("https://[::ffff:10.0.0.1]/")).isEqualTo(Refusal.NOT_PUBLIC);
        assertThat(reason("https://unknown.example/")).isEqualTo(Refusal.UNRESOLVED);
        assertThat(reason("http://hooks.provider.example/")).isEqualTo(Refusal.NOT_HTTPS);
        assertThat(reason("http://127.attacker.example/")).isEqualTo(Refusal.NOT_HTTPS);
        assertThat(reason("not a url")).isEqualTo(Refusal.NOT_A_URL);
    }

    @Test
    void allowsHttpsToPublicAddressesAndPinsTheCheckedAddresses() {
        var checked = strict.check("https://hooks.provider.example/vigil?x=1");
        assertThat(checked).isInstanceOf(Allowed.class);
        var allowed = (Allowed) checked;
        assertThat(allowed.host()).isEqualTo("hooks.provider.example");
        assertThat(allowed.port()).isEqualTo(443);
        assertThat(allowed.tls()).isTrue();
        assertThat(allowed.addresses()).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
        assertThat(strict.check("https://93.184.215.14:8443/x")).isInstanceOf(Allowed.class);
        assertThat(strict.check("https://[2606:4700:4700::1111]/x")).isInstanceOf(Allowed.class);
        assertThat(strict.check("https://[64:ff9b::5db8:d70e]/x")).as("NAT64 of a public address")
                .isInstanceOf(Allowed.class);
    }

    @Test
    void aNameThatResolvesElsewhereLaterIsRefusedThen() {
        Deque<String> answers = new ArrayDeque<>(List.of("93.184.215.14", "127.0.0.1"));
        var rebinding = new WebhookDestinations(List.of(),
                host -> new InetAddress[] {InetAddress.getByName(answers.removeFirst())});
        assertThat(rebinding.check("https://rebind.example/hook")).as("at registration").isInstanceOf(Allowed.class);
        assertThat(rebinding.check("https://rebind.example/hook")).as("at delivery").isInstanceOf(Refused.class);
    }

    @Test
    void anOperatorAllowanceOpensExactlyTheListedBlocksAlsoForPlainHttp() {
        var lab = new WebhookDestinations(WebhookDestinations.parseList("127.0.0.1/32, 10.20.0.0/16"),
                WebhookDestinationsTests::resolve);
        assertThat(lab.check("http://127.0.0.1:8080/hook")).isInstanceOf(Allowed.class);
        assertThat(lab.check("https://10.20.3.4/hook")).isInstanceOf(Allowed.class);
        assertThat(lab.check("http://127.0.0.2:8080/hook")).isInstanceOf(Refused.class);
        assertThat(lab.check("http://localhost:8080/hook")).as("::1 is not listed").isInstanceOf(Refused.class);
        assertThat(lab.check("https://10.21.0.1/hook")).isInstanceOf(Refused.class);
        assertThat(lab.check("https://169.254.169.254/")).isInstanceOf(Refused.class);
        assertThat(lab.check("http://hooks.provider.example/")).as("public but not listed: https only")
                .isInstanceOf(Refused.class);
        assertThat(lab.check("http://2130706433:8080/")).isInstanceOf(Refused.class);
    }

    @Test
    void theAllowanceIsAListOfAddressBlocks() {
        assertThat(WebhookDestinations.parseList("")).isEmpty();
        assertThat(WebhookDestinations.parseList("127.0.0.0/8,::1").toString()).isEqualTo("[127.0.0.0/8, 0:0:0:0:0:0:0:1/128]");
        assertThatThrownBy(() -> WebhookDestinations.parseList("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookDestinations.parseList("intranet.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookDestinations.parseList("2130706433/32")).isInstanceOf(IllegalArgumentException.class);
    }

    private Refusal reason(String url) {
        return ((Refused) strict.check(url)).reason();
    }
}
