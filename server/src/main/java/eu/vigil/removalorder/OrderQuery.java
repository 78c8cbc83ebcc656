package eu.vigil.removalorder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.ResultPage;

/**
 * What a reader asks of its order list — the triage inbox of a provider, "my orders" and "copies to scrutinise"
 * of an authority. Every part comes from the page's query string, so a filtered list can be bookmarked and
 * shared; what a reader may see at all stays with {@link RemovalOrders} (R34).
 *
 * @param scope  which of the visible orders
 * @param stage  open, closed, all, or one state
 * @param type   order type code, or null for every type
 * @param issuer issuing authority id, or null for every issuer
 * @param from   first day of issue (in {@code zone}), or null
 * @param to     last day of issue (in {@code zone}), or null
 * @param zone   the reader's time zone, in which the days are meant
 * @param search text in the reference, the provider's or issuer's name, or an item's URL; null for none
 * @param sort   order of the list
 * @param page   page number from 0
 * @param size   page size
 */
public record OrderQuery(Scope scope, Stage stage, String type, java.util.UUID issuer, LocalDate from, LocalDate to,
        ZoneId zone, String search, Sort sort, int page, int size) {

    /** The default page size of the lists. */
    public static final int PAGE_SIZE = 25;

    /** Which of the orders the reader may see. */
    public enum Scope {
        /** Every order the reader may see. */
        ALL,
        /** Orders its own authority issued. */
        ISSUED_BY_US,
        /** Copies of cross-border orders sent to the reader's Member State for scrutiny (Art. 4). */
        COPIES_TO_SCRUTINISE
    }

    /** Which states. */
    public sealed interface Stage {
        /** The states the stage stands for. */
        Set<OrderState> states();

        /** The query-string value. */
        String code();

        /** Not closed: the clock runs or is suspended. */
        record Open() implements Stage {
            public Set<OrderState> states() {
                EnumSet<OrderState> open = EnumSet.noneOf(OrderState.class);
                for (OrderState s : OrderState.values()) {
                    if (!s.closed()) {
                        open.add(s);
                    }
                }
                return open;
            }

            public String code() {
                return "open";
            }
        }

        /** Closed: nothing is owed any more. */
        record Closed() implements Stage {
            public Set<OrderState> states() {
                return EnumSet.complementOf(EnumSet.copyOf(new Open().states()));
            }

            public String code() {
                return "closed";
            }
        }

        /** Every state. */
        record Any() implements Stage {
            public Set<OrderState> states() {
                return EnumSet.allOf(OrderState.class);
            }

            public String code() {
                return "all";
            }
        }

        /** Exactly one state. */
        record Exactly(OrderState state) implements Stage {
            public Set<OrderState> states() {
                return EnumSet.of(state);
            }

            public String code() {
                return state.name();
            }
        }

        /** The stage a query-string value names; refused with the field name {@code state} when unknown. */
        static Stage parse(String value) {
            if (value == null || value.isBlank() || value.equals("all")) {
                return new Any();
            }
            return switch (value) {
                case "open" -> new Open();
                case "closed" -> new Closed();
                default -> {
                    try {
                        yield new Exactly(OrderState.valueOf(value.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw InvalidInput.of("state", "choose a state from the list");
                    }
                }
            };
        }
    }

    /** Order of the list. */
    public enum Sort {
        /**
         * Most urgent first: running clocks by time left (overdue first), then suspended orders, then the rest
         * newest first; for copies to scrutinise, the 72-hour window that ends first.
         */
        URGENCY,
        /** Newest first. */
        NEWEST,
        /** Oldest first. */
        OLDEST
    }

    public OrderQuery {
        ResultPage.checkRequest(page, size);
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInput.of("to", "the last day comes before the first day");
        }
        search = search == null || search.isBlank() ? null : search.strip();
        type = type == null || type.isBlank() ? null : type.strip();
    }

    /**
     * The query a page's parameters stand for; unknown values refused by the field they came from.
     *
     * @param scope scope code: {@code all}, {@code mine} or {@code copies}; null for all
     * @param state stage code (see {@link Stage#parse})
     * @param sort  {@code urgency}, {@code newest} or {@code oldest}; null for urgency
     */
    public static OrderQuery of(String scope, String state, String type, String issuer, LocalDate from, LocalDate to,
            ZoneId zone, String search, String sort, Integer page) {
        Scope sc = switch (scope == null || scope.isBlank() ? "all" : scope) {
            case "all" -> Scope.ALL;
            case "mine" -> Scope.ISSUED_BY_US;
            case "copies" -> Scope.COPIES_TO_SCRUTINISE;
            default -> throw InvalidInput.of("scope", "choose which orders to list");
        };
        Sort so = switch (sort == null || sort.isBlank() ? "urgency" : sort) {
            case "urgency" -> Sort.URGENCY;
            case "newest" -> Sort.NEWEST;
            case "oldest" -> Sort.OLDEST;
            default -> throw InvalidInput.of("sort", "choose an order from the list");
        };
        java.util.UUID by = null;
        if (issuer != null && !issuer.isBlank()) {
            try {
                by = java.util.UUID.fromString(issuer.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("issuer", "choose an issuer from the list");
            }
        }
        int p = page == null ? 0 : page;
        if (p < 0) {
            throw InvalidInput.of("page", "pages are counted from 1");
        }
        return new OrderQuery(sc, Stage.parse(state), type, by, from, to, zone, search, so, p, PAGE_SIZE);
    }

    /** The scope's query-string value. */
    public String scopeCode() {
        return switch (scope) {
            case ALL -> "all";
            case ISSUED_BY_US -> "mine";
            case COPIES_TO_SCRUTINISE -> "copies";
        };
    }

    /** Whether anything narrows the list beyond its scope (for "no order matches" rather than "no orders"). */
    public boolean filtered() {
        return !(stage instanceof Stage.Any) || type != null || issuer != null || from != null || to != null
                || search != null;
    }

    /** The same query on another page. */
    public OrderQuery onPage(int other) {
        return new OrderQuery(scope, stage, type, issuer, from, to, zone, search, sort, other, size);
    }
}
