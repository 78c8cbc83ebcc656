package eu.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.ContactChannel;
import eu.vigil.registry.ContactPoint;
import eu.vigil.registry.LegalRepresentative;
import eu.vigil.registry.ProviderDeclaration;
import eu.vigil.registry.SizeClass;
import eu.vigil.shared.CsvReader;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/** CSV exports never hand a spreadsheet a formula: cells beginning with = + - @ tab or CR start with a quote. */
class CsvExportIntegrationTests extends IntegrationTest {

    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    private static List<List<String>> parse(String csv) throws Exception {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static void assertNoFormula(List<List<String>> rows) {
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(cell).as(row.toString()).doesNotMatch("(?s)[=+\\-@\t\r].*");
            }
        }
    }

    @Test
    void theLegalRepresentativeOverviewNeutralisesFormulas() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var provider = providers.register(platformAdmin(), new ProviderDeclaration(FORMULA + " " + suffix, "hosting",
                SizeClass.SMALL, true, null, new LegalRepresentative("@SUM(1+1)*cmd|' /C calc'!A0", "IE",
                        "-2+3 Dublin", "+rep@example.eu", null),
                List.of(new ContactPoint(ContactChannel.EMAIL, "tco@" + suffix + ".example", List.of("en"), true)), null));
        var viewer = tenant(OrganisationKind.COMMISSION, null, "Csv Reader");
        for (String path : List.of("/api/v1/legal-representatives/overview.csv")) {
            var csv = http().bearer(viewer.token()).get(path);
            assertThat(csv.status()).isEqualTo(200);
            List<List<String>> rows = parse(csv.body());
            assertNoFormula(rows);
            List<String> row = rows.stream().filter(r -> r.contains(provider.id().toString())).findFirst().orElseThrow();
            assertThat(row).contains("'" + FORMULA + " " + suffix, "'@SUM(1+1)*cmd|' /C calc'!A0", "'-2+3 Dublin",
                    "'+rep@example.eu");
        }
        Http browser = http();
        browser.login(viewer.username(), PASSWORD);
        var page = browser.get("/registry/legal-representatives.csv");
        assertThat(page.status()).isEqualTo(200);
        assertNoFormula(parse(page.body()));
        assertThat(page.body()).contains("'" + FORMULA.replace("\"", "\"\"") + " " + suffix);
    }

    @Test
    void theBankExportNeutralisesFormulasAndItsImportReadsThemBack() throws Exception {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Csv Banker");
        Http http = http().bearer(authority.token());
        String bank = createBank(http);
        for (String sourceId : List.of(FORMULA, "-1+1", "'=already quoted", "\tcmd")) {
            var r = http.postJson("/api/v1/banks/" + bank + "/entries", Map.of("signalType", "URL",
                    "value", "https://x.example/" + UUID.randomUUID(), "labels", List.of(), "source", "ORDER",
                    "sourceId", sourceId));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        var export = http.get("/api/v1/banks/" + bank + "/export?format=csv");
        assertThat(export.status()).isEqualTo(200);
        List<List<String>> rows = parse(export.body());
        assertNoFormula(rows);
        assertThat(rows.stream().map(r -> r.get(4)).toList()).contains("'" + FORMULA, "'-1+1", "''=already quoted",
                "'\tcmd");

        String copy = createBank(http);
        var imported = http.post("/api/v1/banks/" + copy + "/import", "text/csv", export.body());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var entries = http.get("/api/v1/banks/" + copy + "/entries?size=50").body();
        assertThat(entries).contains(tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(FORMULA)).contains("\"-1+1\"", "\"'=already quoted\"");
        // (The import strips surrounding white space, so "\tcmd" comes back as "cmd", quote removed.)
        assertThat(entries).contains("\"cmd\"").doesNotContain("'cmd", "'-1+1", "'=HYPERLINK");
    }

    private static String createBank(Http http) {
        var r = http.postJson("/api/v1/banks", Map.of("name", "Csv " + UUID.randomUUID(), "purpose", "tests",
                "signalTypes", List.of("URL"), "sharing", "PRIVATE"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }
}
