package eu.vigil.client;

/** The server answered with an error status; {@link #body()} holds its (problem) JSON or text. */
public class VigilApiException extends RuntimeException {

    private final int status;
    private final String body;

    public VigilApiException(int status, String method, String path, String body) {
        super(method + " " + path + " answered " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
