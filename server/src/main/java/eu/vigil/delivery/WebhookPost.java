package eu.vigil.delivery;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to a checked destination: the connection goes only to the addresses the destination
 * policy resolved and checked (never a second lookup), TLS verifies the certificate against the URL's host
 * (with SNI), redirects are not followed (a 3xx is just a status), and the whole exchange (connect, TLS,
 * request, status line) ends after one total timeout, also against a peer that trickles bytes.
 */
final class WebhookPost {

    private static final int MAX_LINE = 8192;

    private final SSLSocketFactory tls;

    WebhookPost(SSLSocketFactory tls) {
        this.tls = tls;
    }

    /** Sends {@code body} with {@code headers}; returns the response status or throws when there is none. */
    int send(WebhookDestinations.Allowed destination, Map<String, String> headers, String body, Duration timeout)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException failure = null;
        for (InetAddress address : destination.addresses()) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, destination.port()), remainingMillis(deadline));
            } catch (IOException e) {
                socket.close();
                failure = failure == null ? e : failure;
                if (System.nanoTime() - deadline >= 0) {
                    break;
                }
                continue;
            }
            return exchange(socket, destination, headers, body, deadline);
        }
        throw failure != null ? failure : new IOException("no address to connect to");
    }

    private int exchange(Socket plain, WebhookDestinations.Allowed destination, Map<String, String> headers,
            String body, long deadline) throws IOException {
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                plain.close();
            } catch (InterruptedException | IOException done) {
                // finished in time, or closing failed: nothing to do either way
            }
        });
        try (Socket socket = destination.tls() ? handshake(plain, destination, deadline) : plain) {
            socket.setSoTimeout(remainingMillis(deadline));
            OutputStream out = socket.getOutputStream();
            out.write(request(destination, headers, body));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1024);
            while (true) {
                int status = status(line(in, deadline));
                if (status >= 200 || status < 100) {
                    return status;
                }
                // 1xx interim answer: skip its headers and read the final status line
                while (!line(in, deadline).isEmpty()) {
                    // header of an interim answer
                }
            }
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0) {
                throw new SocketTimeoutException("no answer within the total timeout");
            }
            throw e;
        } finally {
            watchdog.interrupt();
            plain.close();
        }
    }

    private Socket handshake(Socket plain, WebhookDestinations.Allowed destination, long deadline) throws IOException {
        plain.setSoTimeout(remainingMillis(deadline));
        SSLSocket ssl = (SSLSocket) tls.createSocket(plain, destination.host(), destination.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!destination.host().contains(":") && !IpAddresses.isStandardIpv4(destination.host())) {
            parameters.setServerNames(List.of(new SNIHostName(destination.host())));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private static byte[] request(WebhookDestinations.Allowed destination, Map<String, String> headers, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String path = destination.uri().getRawPath() == null || destination.uri().getRawPath().isEmpty() ? "/"
                : destination.uri().getRawPath();
        if (destination.uri().getRawQuery() != null) {
            path += "?" + destination.uri().getRawQuery();
        }
        String host = destination.host().contains(":") ? "[" + destination.host() + "]" : destination.host();
        boolean defaultPort = destination.port() == (destination.tls() ? 443 : 80);
        StringBuilder head = new StringBuilder()
                .append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(defaultPort ? "" : ":" + destination.port()).append("\r\n")
                .append("User-Agent: Vigil-Webhooks\r\n")
                .append("Content-Length: ").append(payload.length).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> {
            if ((name + value).chars().anyMatch(c -> c == '\r' || c == '\n')) {
                throw new IllegalArgumentException("line break in header " + name);
            }
            head.append(name).append(": ").append(value).append("\r\n");
        });
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + payload.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(payload, 0, all, start.length, payload.length);
        return all;
    }

    private static String line(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("connection closed before the status line");
            }
            if (line.size() >= MAX_LINE || System.nanoTime() - deadline >= 0) {
                throw new IOException("answer too long or too slow");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
    }

    private static int status(String line) throws IOException {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new IOException("not an HTTP/1.x status line");
        }
        return Integer.parseInt(parts[1]);
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long millis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        if (millis <= 0) {
            throw new SocketTimeoutException("total timeout reached");
        }
        return (int) Math.min(millis, Integer.MAX_VALUE);
    }
}
