package eu.vigil.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/** A tiny HTTP server on 127.0.0.1 answering canned JSON per "METHOD /path?query", recording requests. */
final class FakeVigil implements AutoCloseable {

    record Request(String method, String uri, String authorization, String contentType, String body) {
    }

    record Answer(int status, String body) {
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();

    FakeVigil() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request r = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            requests.add(r);
            Function<Request, Answer> route = routes.get(r.method() + " " + r.uri());
            Answer a = route == null ? new Answer(404, "{\"title\":\"Not Found\",\"status\":404}") : route.apply(r);
            byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(a.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    void on(String methodAndUri, String json) {
        routes.put(methodAndUri, r -> new Answer(200, json));
    }

    void on(String methodAndUri, Function<Request, Answer> route) {
        routes.put(methodAndUri, route);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
