package eu.vigil.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A provider's webhook receiver for tests: a real HTTP server on loopback that verifies signatures and
 * records what arrived; it can be told to fail.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String id, long timestamp, String signature, String body, boolean signatureValid,
            long receivedNanos) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failWith = new AtomicInteger(0);
    private volatile String secret = "";

    private final String address;

    /** A receiver on 127.0.0.1. */
    public WebhookReceiver() throws IOException {
        this("127.0.0.1");
    }

    /** A receiver on the given local address, e.g. {@code 127.0.0.2}. */
    public WebhookReceiver(String address) throws IOException {
        this.address = address;
        server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/hooks/vigil", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                long ts = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
                String sig = exchange.getRequestHeaders().getFirst("webhook-signature");
                int fail = failWith.get();
                if (fail == 0) {
                    received.add(new Received(id, ts, sig, body, WebhookSignature.verify(secret, id, ts, body, sig),
                            System.nanoTime()));
                }
                exchange.sendResponseHeaders(fail == 0 ? 204 : fail, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://" + address + ":" + server.getAddress().getPort() + "/hooks/vigil";
    }

    public void secret(String secret) {
        this.secret = secret;
    }

    /** Answers every request with {@code status} (e.g. 503) until {@link #recover()}. */
    public void failWith(int status) {
        failWith.set(status);
    }

    public void recover() {
        failWith.set(0);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
