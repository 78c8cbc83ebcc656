package eu.vigil.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.vigil.testing.IntegrationTest;

/** Request bodies the referral tests share: a referral of some URLs to a provider, an item's answer. */
public final class ReferralFixture {

    private ReferralFixture() {
    }

    /** A terrorist-propaganda referral of the URLs (each {@code url} or {@code url|hash}) to the provider. */
    public static Map<String, Object> referral(IntegrationTest.Tenant provider, String... items) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String item : items) {
            String[] parts = item.split("\\|");
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("url", parts[0]);
            if (parts.length > 1) {
                i.put("hash", parts[1]);
            }
            i.put("termsClause", "Dangerous organisations policy, section 3");
            list.add(i);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerId", provider.id());
        body.put("category", "TERRORIST_PROPAGANDA");
        body.put("language", "ar");
        body.put("requestedResponseHours", 24);
        body.put("items", list);
        return body;
    }

    /** The same body with a deconfliction override's justification. */
    static Map<String, Object> overriding(Map<String, Object> body, String justification) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("deconflictionOverride", justification);
        return copy;
    }

    /** An answer that the item was actioned in the given way. */
    public static Map<String, Object> actioned(String action) {
        return Map.of("outcome", "ACTIONED", "action", action);
    }
}
