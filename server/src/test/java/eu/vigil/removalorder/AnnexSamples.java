package eu.vigil.removalorder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.vigil.registry.ContactChannel;
import eu.vigil.registry.ContactPoint;

/** A complete cross-border order by a German authority, with every Annex field filled, and its answers (no Spring). */
final class AnnexSamples {

    /** 14:05 in Berlin (UTC+01:00) on 3 December 2026. */
    static final Instant ISSUED = Instant.parse("2026-12-03T13:05:00Z");

    private AnnexSamples() {
    }

    static RemovalOrder order(String language) {
        Instant t = ISSUED;
        List<OrderItem> items = List.of(
                new OrderItem(1, "https://video.kestrel.example/watch?v=abc123", "video at 01:23", eu.vigil.shared.ItemHash.of(eu.vigil.shared.ItemHash.Type.SHA256, "ab".repeat(32)),
                        OrderItem.ItemStatus.REMOVED, t.plus(Duration.ofMinutes(20))),
                new OrderItem(2, "https://video.kestrel.example/watch?v=def456", "whole video", null,
                        OrderItem.ItemStatus.DISABLED, t.plus(Duration.ofMinutes(25))),
                new OrderItem(3, "https://video.kestrel.example/watch?v=ghi789", null, null,
                        OrderItem.ItemStatus.PENDING, null));
        AnnexParties parties = new AnnexParties("Kestrel Legal Representative Ltd", "IE", "1 Grand Canal Square, Dublin 2",
                "legal@kestrel.example", List.of(new ContactPoint(ContactChannel.EMAIL, "tco@kestrel.example",
                        List.of("de", "en"), true), new ContactPoint(ContactChannel.API, "https://api.kestrel.example/tco",
                        List.of("en"), true)), "LAW_ENFORCEMENT", "Thaerstraße 11, 65193 Wiesbaden", "+49 611 55 0",
                "+49 611 55 1", "tco@bka.example.de", "https://www.gesetze-im-internet.de/vwgo/",
                "An Garda Síochána Internet Referral Unit", "IE", "iru@garda.example.ie", "+353 1 666 0000");
        return new RemovalOrder(new RemovalOrderId(UUID.fromString("7a1d5c2e-0000-4000-8000-000000000001")),
                "DE-BKA-2026-00005",
                new OrderType("TCO_REMOVAL", "TCO", "Regulation (EU) 2021/784, Article 3", Duration.ofHours(1),
                        Duration.ofMinutes(45), true, false),
                UUID.randomUUID(), "Bundeskriminalamt", "DE", UUID.randomUUID(), "Kestrel Video Inc.", 3, "IE", true,
                language, EnumSet.of(TerroristContentType.INCITEMENT, TerroristContentType.INSTRUCTION),
                "The video glorifies the attack of 3 March and explains how to build the device used.",
                "Kommissarin Anna Schmidt", "Head of the referral unit", "AZ 123/26", "Verwaltungsgericht Wiesbaden",
                "one month from receipt", true, LocalDate.parse("2027-03-01"), false, null, false, Duration.ofHours(1),
                Duration.ofMinutes(45), t, t.plusSeconds(2), t.plusSeconds(3), t.plusSeconds(60), t.plusSeconds(3), null,
                null, null, OrderState.OPEN, items, Optional.empty(), List.of(), List.of(), parties);
    }

    static OrderAnswer acknowledgement() {
        return new OrderAnswer(UUID.randomUUID(), OrderAnswer.Kind.ACKNOWLEDGEMENT, null, null, "KV-2026-0042", null,
                ISSUED.plusSeconds(60), "kestrel.admin", ISSUED.plusSeconds(60));
    }

    static OrderAnswer feedback() {
        return new OrderAnswer(UUID.randomUUID(), OrderAnswer.Kind.FEEDBACK, null, null, null, "Jordan Reyes",
                ISSUED.plus(Duration.ofMinutes(30)), "kestrel.admin", ISSUED.plus(Duration.ofMinutes(30)));
    }

    static OrderAnswer impossibility() {
        return new OrderAnswer(UUID.randomUUID(), OrderAnswer.Kind.IMPOSSIBILITY, ImpossibilityReason.MANIFEST_ERROR,
                "Item 3 points to a video that was never on our service" + AnnexAnswers.CLARIFICATION
                        + "Which video is meant by item 3?", null, "Jordan Reyes", ISSUED.plus(Duration.ofMinutes(31)),
                "kestrel.admin", ISSUED.plus(Duration.ofMinutes(31)));
    }

    /** The export map of each Annex for {@code o}, with Section D's undeliverable copy stated (as in such orders). */
    static Map<AnnexForm, Map<String, Object>> fields(RemovalOrder o) {
        Map<String, Object> one = new java.util.LinkedHashMap<>(AnnexOne.export(o));
        one.put("order_id", o.id().toString());
        one.put("D.copy_undeliverable", AnnexOne.undeliverable("IE"));
        OrderAnswer ack = acknowledgement();
        return Map.of(AnnexForm.ANNEX_I, one,
                AnnexForm.ANNEX_II, AnnexAnswers.annexTwo(o, AnnexAnswers.withAcknowledgedReference(feedback(), List.of(ack))),
                AnnexForm.ANNEX_III, AnnexAnswers.annexThree(o,
                        AnnexAnswers.withAcknowledgedReference(impossibility(), List.of(ack))));
    }
}
