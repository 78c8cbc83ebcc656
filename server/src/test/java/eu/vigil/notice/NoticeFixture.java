package eu.vigil.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.testing.IntegrationTest;

/** Request bodies the notice tests share: a notice of some URLs to a provider, a trusted-flagger list. */
public final class NoticeFixture {

    private NoticeFixture() {
    }

    /** A URL no other test sends (the duplicate register is shared by every test of the run). */
    public static String unique(String path) {
        return "https://market.example/" + path + "/" + UUID.randomUUID();
    }

    /** A notice of {@code category} with the notifier's name and e-mail and the good-faith statement. */
    public static Map<String, Object> notice(IntegrationTest.Tenant provider, String category, String... urls) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String url : urls) {
            items.add(Map.of("url", url));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerId", provider.id());
        body.put("category", category);
        body.put("explanation", "The listing offers the sale of cocaine with delivery by post; see the price list.");
        body.put("language", "nl");
        body.put("notifierName", "Analyst J. de Vries");
        body.put("notifierEmail", "analyst@hotline.example");
        body.put("goodFaith", true);
        body.put("items", items);
        return body;
    }

    /** The same notice with the notifier's name and e-mail left out under the waiver. */
    public static Map<String, Object> anonymous(Map<String, Object> notice) {
        Map<String, Object> copy = new LinkedHashMap<>(notice);
        copy.remove("notifierName");
        copy.remove("notifierEmail");
        copy.put("anonymous", true);
        return copy;
    }

    /** The same notice with one field replaced. */
    public static Map<String, Object> with(Map<String, Object> notice, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(notice);
        copy.put(field, value);
        return copy;
    }

    /** A CSV list naming the organisation as an awarded trusted flagger in the areas ({@code ;}-separated). */
    public static String listCsv(IntegrationTest.Tenant flagger, String memberState, String areas) {
        return "name,member_state,areas_of_expertise,organisation_id,status,status_date\n"
                + "\"" + flagger.organisation().name() + "\"," + memberState + "," + areas + "," + flagger.id()
                + ",AWARDED,2024-05-02\n";
    }
}
