package eu.vigil.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for integration tests (JDK HttpClient, JSON via Jackson). */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new java.net.CookieManager()).build();
    private final String base;
    private String authorization;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    /** Sends this header on every request. */
    public Http header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Http(String base) {
        this.base = base;
    }

    /** Sends {@code Authorization: Bearer token} on every request. */
    public Http bearer(String token) {
        this.authorization = token == null ? null : "Bearer " + token;
        return this;
    }

    /** Sends HTTP Basic credentials on every request. */
    public Http basic(String user, String password) {
        this.authorization = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return this;
    }

    /**
     * Logs in through the form like a browser (session cookie kept by this client).
     *
     * @return the redirect target: {@code /} on success, {@code /login?error=…} on failure
     */
    /** Opens a server-sent event stream under this client's session; the caller reads (or does not read) it. */
    public java.io.InputStream stream(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()).body();
    }

    /** The body of a GET as bytes (a PDF, an image), under this client's session or token. */
    public byte[] bytes(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    public String login(String username, String password) {
        String page = get("/login").body();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(page));
        Response r = post("/login", "application/x-www-form-urlencoded", form);
        if (r.status() != 302) {
            throw new IllegalStateException("login answered " + r.status());
        }
        return r.location().replace(base, "");
    }

    /** The CSRF token of a page's first form. */
    public static String csrf(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in page");
        }
        return m.group(1);
    }

    /** Follows a redirect answer to the page it names (post-redirect-get after a refused form). */
    public Response follow(Response redirect) {
        if (redirect.status() != 302 && redirect.status() != 303) {
            throw new IllegalStateException("not a redirect: " + redirect.status());
        }
        return get(redirect.location().replace(base, ""));
    }

    /** Posts a form with the CSRF token of {@code pagePath}. */
    public Response postForm(String pagePath, String action, String form) {
        String token = csrf(get(pagePath).body());
        return post(action, "application/x-www-form-urlencoded", form + "&_csrf=" + enc(token));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), path);
    }

    public Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), path);
    }

    public Response postJson(String path, Object body) {
        return post(path, "application/json", body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    public Response putJson(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))),
                path);
    }

    private Response send(HttpRequest.Builder request, String path) {
        headers.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type"),
                    r.headers().firstValue("Cache-Control"), r.headers().firstValue("Location").orElse(""));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("request to " + path + " failed", e);
        }
    }

    /** An HTTP answer. */
    public record Response(int status, String body, Optional<String> contentType, Optional<String> cacheControl,
            String location) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.map(c -> c.startsWith("application/problem+json")).orElse(false);
        }
    }
}
