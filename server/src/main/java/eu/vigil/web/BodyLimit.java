package eu.vigil.web;

import java.io.IOException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.vigil.shared.Limits;
import eu.vigil.shared.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps the size of request bodies before anything reads them (ADR 0020): JSON and form bodies outside the
 * upload endpoints at {@code vigil.http.max-body-size} (default {@value Limits#BODY_BYTES} bytes), the raw
 * upload endpoints (bank and register imports, preserved copies, images to match) at the upload limit
 * {@code spring.servlet.multipart.max-file-size}; multipart bodies keep the servlet container's multipart
 * limits. A declared {@code Content-Length} above the cap is refused at once with 413 problem+json; a streamed
 * body is counted while it is read and refused when it passes the cap, so it is never read whole.
 */
@Configuration(proxyBeanMethods = false)
class BodyLimit {

    /** Raw-body upload endpoints, which keep the upload limit. */
    static final List<String> UPLOADS = List.of("/api/v1/banks/*/import", "/api/v1/authorities/import",
            "/api/v1/removal-orders/*/items/*/preserved-copy", "/api/v1/match");

    /** Thrown while reading a streamed body that passes the cap. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes, the limit of this endpoint; nothing was read");
        }
    }

    @Bean
    FilterRegistrationBean<Filter> bodyLimitFilter(
            @Value("${vigil.http.max-body-size:" + Limits.BODY_BYTES + "B}") DataSize body,
            @Value("${spring.servlet.multipart.max-file-size:256MB}") DataSize upload) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(body.toBytes(),
                upload.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // before Spring Security reads form parameters
        return registration;
    }

    /** The filter itself. */
    static final class Filter extends OncePerRequestFilter {

        private static final AntPathMatcher PATHS = new AntPathMatcher();

        private final long body;
        private final long upload;

        Filter(long body, long upload) {
            this.body = body;
            this.upload = upload;
        }

        /** The cap of a request, or -1 when the container's multipart limits apply. */
        long limitOf(HttpServletRequest request) {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                return -1;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean isUpload = UPLOADS.stream().anyMatch(p -> PATHS.match(p, path))
                    && !(path.equals("/api/v1/match") && type != null && type.startsWith(MediaType.APPLICATION_JSON_VALUE));
            return isUpload ? upload : body;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long limit = limitOf(request);
            if (limit < 0) {
                chain.doFilter(request, response);
                return;
            }
            if (request.getContentLengthLong() > limit) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(new Capped(request, limit), response);
        }

        private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
                throws IOException {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            response.getWriter().write("""
                    {"type":"%s","title":"Request body too large","status":413,"detail":"%s","instance":"%s"}"""
                    .formatted(ProblemTypes.MALFORMED, new TooLarge(limit).getMessage(),
                            request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"")));
        }
    }

    /** A request whose body stream fails once more than {@code limit} bytes were read. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int count(int n) throws TooLarge {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new TooLarge(limit);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
