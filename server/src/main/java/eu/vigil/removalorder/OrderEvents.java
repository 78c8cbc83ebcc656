package eu.vigil.removalorder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.vigil.shared.CanonicalJson;

/** Webhook payloads of order events, in the Standard Webhooks shape {@code {type, timestamp, data}}. */
final class OrderEvents {

    private OrderEvents() {
    }

    static String payload(String type, Instant at, Map<String, ?> data, RemovalOrderId id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", at.toString());
        Map<String, Object> d = new LinkedHashMap<>(data);
        d.put("order_id", id.toString());
        d.put("href", "/api/v1/removal-orders/" + id);
        body.put("data", d);
        return CanonicalJson.write(body);
    }
}
