package eu.vigil.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Writes RFC 9457 problem documents from security filters, before Spring MVC is involved. */
final class ProblemWriter {

    private ProblemWriter() {
    }

    static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"vigil\"");
        }
        response.getWriter().write("{\"type\":\"https://vigil.example.eu/problems/" + type + "\",\"title\":\""
                + title + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
