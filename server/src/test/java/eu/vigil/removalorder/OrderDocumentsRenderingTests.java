package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import eu.vigil.shared.Limits;

/** ADR 0020: the Annex PDFs of the largest documents the limits allow render in bounded time (no Spring). */
class OrderDocumentsRenderingTests {

    private static String text(int n, String seed) {
        StringBuilder b = new StringBuilder(n);
        while (b.length() < n) {
            b.append(seed).append(' ');
        }
        return b.substring(0, n);
    }

    static RemovalOrder maximal() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        List<OrderItem> items = IntStream.rangeClosed(1, Limits.ITEMS).mapToObj(i -> new OrderItem(i,
                "https://max.example/" + i + "/" + "p".repeat(Limits.URL - 30), text(Limits.ITEM_DETAILS, "details at 01:23"),
                eu.vigil.shared.ItemHash.of(eu.vigil.shared.ItemHash.Type.SHA256, "ab".repeat(32)), OrderItem.ItemStatus.REMOVED, t)).toList();
        return new RemovalOrder(new RemovalOrderId(UUID.randomUUID()), "X".repeat(60),
                new OrderType("TCO_REMOVAL", "TCO", "Art. 3 TCO", Duration.ofHours(1), Duration.ofMinutes(45), true, false),
                UUID.randomUUID(), text(Limits.NAME, "Authority"), "PT", UUID.randomUUID(), text(Limits.NAME, "Provider"), 1,
                "ES", true, "en", EnumSet.allOf(TerroristContentType.class),
                text(Limits.STATEMENT_OF_REASONS, "reasons explaining why"), text(Limits.NAME, "Maria"),
                text(Limits.SHORT_TEXT, "Head"), text(Limits.SHORT_TEXT, "PT-1"), text(Limits.SHORT_TEXT, "Tribunal"),
                text(Limits.SHORT_TEXT, "three months"), true, java.time.LocalDate.parse("2026-12-20"), true,
                text(Limits.TEXT, "imminent"), true, Duration.ofHours(1), Duration.ofMinutes(45), t, t, t, t, t, null, null,
                t, OrderState.EXECUTED, items, Optional.empty(), List.of(), List.of(), null);
    }

    @Test
    void theLargestDocumentsRenderWithinSeconds() {
        OrderDocuments documents = new OrderDocuments();
        RemovalOrder order = maximal();
        documents.annexOne(order); // warm-up of fonts and classes
        long start = System.nanoTime();
        byte[] one = documents.annexOne(order);
        Duration annexOne = Duration.ofNanos(System.nanoTime() - start);
        OrderAnswer notice = new OrderAnswer(UUID.randomUUID(), OrderAnswer.Kind.IMPOSSIBILITY,
                ImpossibilityReason.INSUFFICIENT_INFORMATION, text(Limits.TEXT, "details") + "\n\n" + text(Limits.TEXT,
                        "clarification"), text(Limits.SHORT_TEXT, "ref"), text(Limits.NAME, "Joao"), order.issuedAt(), "joao",
                order.issuedAt());
        start = System.nanoTime();
        byte[] three = documents.annexThree(order, notice);
        Duration annexThree = Duration.ofNanos(System.nanoTime() - start);
        OrderAnswer feedback = new OrderAnswer(UUID.randomUUID(), OrderAnswer.Kind.FEEDBACK, null, null,
                text(Limits.SHORT_TEXT, "ref"), text(Limits.NAME, "Joao"), order.issuedAt(), "joao", order.issuedAt());
        start = System.nanoTime();
        byte[] two = documents.annexTwo(order, feedback);
        Duration annexTwo = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[limits] maximal Annex I %d ms (%d bytes), Annex II %d ms (%d bytes), Annex III %d ms (%d bytes)%n",
                annexOne.toMillis(), one.length, annexTwo.toMillis(), two.length, annexThree.toMillis(), three.length);
        assertThat(new String(one, 0, 5)).isEqualTo("%PDF-");
        assertThat(annexOne.plus(annexTwo).plus(annexThree)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void renderingsBeyondThePermitsAreRefusedAsBusy() throws Exception {
        OrderDocuments documents = new OrderDocuments(1, Duration.ZERO);
        RemovalOrder order = maximal();
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> documents.annexOne(order));
        Thread.sleep(300); // the first rendering holds the only permit (it takes seconds)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.annexOne(order))
                .isInstanceOf(eu.vigil.shared.Busy.class).hasMessageContaining("busy");
        assertThat(new String(first.get(), 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(documents.annexOne(order), 0, 5)).isEqualTo("%PDF-"); // the permit was given back
    }
}
