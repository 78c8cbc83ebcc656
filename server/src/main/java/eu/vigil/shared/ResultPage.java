package eu.vigil.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer result, as returned by list endpoints.
 *
 * @param items the items on this page
 * @param page  zero-based page number
 * @param size  requested page size
 * @param total number of items on all pages
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    /** Largest page size any endpoint accepts. */
    public static final int MAX_SIZE = 500;

    public ResultPage {
        items = List.copyOf(items);
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
    }

    /**
     * Checks page parameters of a request.
     *
     * @throws IllegalArgumentException (answered as 400) when page is negative or size outside 1..{@value #MAX_SIZE}
     */
    public static void checkRequest(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
    }

    /** Cuts one page out of a complete, already ordered list. */
    public static <T> ResultPage<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new ResultPage<>(all.subList(from, to), page, size, all.size());
    }

    /** Number of pages. */
    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    /** Same page with every item converted. */
    public <R> ResultPage<R> map(Function<? super T, R> f) {
        return new ResultPage<>(items.stream().map(f).toList(), page, size, total);
    }
}
