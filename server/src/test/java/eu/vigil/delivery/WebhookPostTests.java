package eu.vigil.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook POST against real sockets: TLS verifies the URL's host while connecting to the pinned address,
 * redirects are only a status, and the total timeout holds against a silent or a trickling peer.
 */
class WebhookPostTests {

    @TempDir
    Path dir;

    private final List<String> requestLines = new CopyOnWriteArrayList<>();

    @Test
    void httpsConnectsToThePinnedAddressAndVerifiesTheNameOfTheUrl() throws Exception {
        Path keystore = dir.resolve("hook.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hook", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=hooks.test",
                "-ext", "SAN=dns:hooks.test", "-validity", "2", "-keystore", keystore.toString(), "-storetype",
                "PKCS12", "-storepass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("hook", keys.getCertificate("hook"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);

        try (var server = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0, 10,
                InetAddress.getByName("127.0.0.1"))) {
            Thread.ofVirtual().start(() -> serve(server, "HTTP/1.1 204 No Content\r\n\r\n"));
            var post = new WebhookPost(clientContext.getSocketFactory());
            int port = server.getLocalPort();
            int status = post.send(destination("https://hooks.test:" + port + "/in?x=1", "hooks.test", port, true),
                    Map.of("webhook-id", "msg_1"), "{\"a\":1}", Duration.ofSeconds(5));
            assertThat(status).isEqualTo(204);
            assertThat(requestLines).contains("POST /in?x=1 HTTP/1.1", "Host: hooks.test:" + port, "webhook-id: msg_1",
                    "Content-Length: 7");
            assertThatThrownBy(() -> post.send(destination("https://other.test:" + port + "/in", "other.test", port, true),
                    Map.of(), "{}", Duration.ofSeconds(5))).as("certificate of another name").isInstanceOf(SSLException.class);
        }
    }

    @Test
    void aRedirectIsOnlyAStatusAndInterimAnswersAreSkipped() throws Exception {
        try (var server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
            Thread.ofVirtual().start(() -> serve(server,
                    "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 307 Temporary Redirect\r\nLocation: http://169.254.169.254/\r\n\r\n"));
            int port = server.getLocalPort();
            int status = new WebhookPost(null).send(destination("http://127.0.0.1:" + port + "/", "127.0.0.1", port, false),
                    Map.of(), "{}", Duration.ofSeconds(5));
            assertThat(status).isEqualTo(307);
            assertThat(requestLines).hasSize(5);
        }
    }

    @Test
    void theTotalTimeoutHoldsAgainstASilentAndATricklingPeer() throws Exception {
        try (var silent = new Tarpit(); var trickle = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
            Thread.ofVirtual().start(() -> {
                try (Socket s = trickle.accept(); OutputStream out = s.getOutputStream()) {
                    for (int i = 0; i < 100; i++) {
                        out.write('H');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException e) {
                    // the client gave up
                }
            });
            int silentPort = Integer.parseInt(silent.url().replaceAll(".*:(\\d+)/.*", "$1"));
            for (int port : new int[] {silentPort, trickle.getLocalPort()}) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> new WebhookPost(null).send(
                        destination("http://127.0.0.1:" + port + "/", "127.0.0.1", port, false), Map.of(), "{}",
                        Duration.ofMillis(800))).isInstanceOf(IOException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            }
        }
    }

    private void serve(ServerSocket server, String answer) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                if (s instanceof SSLSocket ssl) {
                    ssl.startHandshake();
                }
                var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                List<String> lines = new ArrayList<>();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    lines.add(line);
                }
                requestLines.addAll(lines);
                s.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
            } catch (IOException e) {
                // a client that refused the certificate, or the test ended
            }
        }
    }

    private static WebhookDestinations.Allowed destination(String url, String host, int port, boolean tls)
            throws IOException {
        return new WebhookDestinations.Allowed(URI.create(url), host, port, tls,
                List.of(InetAddress.getByName("127.0.0.1")));
    }
}
