package eu.vigil.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Answers a list endpoint with one page as a plain JSON array (so existing clients keep reading an array), the
 * total in {@code X-Total-Count} and RFC 8288 {@code Link} headers to the {@code first}, {@code prev},
 * {@code next} and {@code last} pages (ADR 0020). Endpoints that answer a {@link ResultPage} object instead carry
 * the same numbers in the body.
 */
public final class PagedList {

    /** Default page size of the list endpoints answered this way. */
    public static final int DEFAULT_SIZE = 100;

    private PagedList() {
    }

    /** The page as a response of the current request. */
    public static <T> ResponseEntity<List<T>> of(ResultPage<T> page) {
        List<String> links = new ArrayList<>();
        int last = Math.max(0, page.pages() - 1);
        links.add(link(0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(page.page() + 1, page.size(), "next"));
        }
        links.add(link(last, page.size(), "last"));
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(page.total()))
                .header("Link", String.join(", ", links)).body(page.items());
    }

    /** Cuts one page out of a complete list and answers it. */
    public static <T> ResponseEntity<List<T>> of(List<T> all, int page, int size) {
        ResultPage.checkRequest(page, size);
        return of(ResultPage.of(all, page, size));
    }

    private static String link(int page, int size, String rel) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", size).build().toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
