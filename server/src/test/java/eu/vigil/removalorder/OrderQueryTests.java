package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.vigil.shared.InvalidInput;

/** The order list's query from the address: what each value means and which are refused, without a database. */
class OrderQueryTests {

    private static OrderQuery of(String scope, String state, String issuer, String sort, int page) {
        return OrderQuery.of(scope, state, null, issuer, null, null, ZoneOffset.UTC, null, sort, page);
    }

    @Test
    void theDefaultIsEveryVisibleOrderMostUrgentFirst() {
        OrderQuery q = of(null, null, null, null, 0);
        assertThat(q.scope()).isEqualTo(OrderQuery.Scope.ALL);
        assertThat(q.stage().states()).isEqualTo(EnumSet.allOf(OrderState.class));
        assertThat(q.sort()).isEqualTo(OrderQuery.Sort.URGENCY);
        assertThat(q.size()).isEqualTo(OrderQuery.PAGE_SIZE);
    }

    @Test
    void openAndClosedSplitTheStatesAsTheModelDoes() {
        var open = of(null, "open", null, null, 0).stage().states();
        var closed = of(null, "closed", null, null, 0).stage().states();
        assertThat(open).containsExactlyInAnyOrder(OrderState.OPEN, OrderState.SUSPENDED);
        assertThat(open).allSatisfy(s -> assertThat(s.closed()).isFalse());
        assertThat(closed).allSatisfy(s -> assertThat(s.closed()).isTrue());
        assertThat(EnumSet.copyOf(open)).doesNotContainAnyElementsOf(closed);
        assertThat(open.size() + closed.size()).isEqualTo(OrderState.values().length);
        assertThat(of(null, "suspended", null, null, 0).stage().states()).containsExactly(OrderState.SUSPENDED);
    }

    @ParameterizedTest(name = "{0}={1} refused by its field")
    @CsvSource({"scope, everything", "state, FROZEN", "sort, alphabetical", "issuer, not-a-uuid", "page, -1"})
    void unknownValuesAreRefusedByTheFieldTheyCameFrom(String field, String value) {
        assertThatThrownBy(() -> of(field.equals("scope") ? value : null, field.equals("state") ? value : null,
                field.equals("issuer") ? value : null, field.equals("sort") ? value : null,
                field.equals("page") ? Integer.parseInt(value) : 0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldError::field).containsExactly(field));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAtItsEnd() {
        assertThatThrownBy(() -> OrderQuery.of(null, null, null, null, LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 2), ZoneOffset.UTC, null, null, 0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("to"));
    }

    @Test
    void blankTextMeansNoFilter() {
        OrderQuery q = OrderQuery.of("mine", "all", " ", " ", null, null, ZoneOffset.UTC, "  ", "oldest", 2);
        assertThat(q.type()).isNull();
        assertThat(q.issuer()).isNull();
        assertThat(q.search()).isNull();
        assertThat(q.scopeCode()).isEqualTo("mine");
        assertThat(q.onPage(3).page()).isEqualTo(3);
    }
}
