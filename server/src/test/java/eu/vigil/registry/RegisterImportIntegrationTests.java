package eu.vigil.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Loading register updates: per-row errors, good rows kept, versions added, Commission-only. */
class RegisterImportIntegrationTests extends IntegrationTest {

    private static final String HEADER = "code,member_state,name,abbreviation,issue,scrutinise,specific_measures,"
            + "penalties,contact_point,contact_email,contact_phone,source,confidence,quality_note,valid_from\n";

    @Test
    void goodRowsAreAppliedAndBadRowsReportedWithRowAndColumn() {
        var commission = tenant(OrganisationKind.COMMISSION, null, "Register Keeper");
        Http http = http().bearer(commission.token());
        String csv = HEADER
                + "MT-MSIU,MT,Malta Security Intelligence Unit,MSIU,x,,,,yes,tco@msiu.example,,register 2026,CONFIRMED,,2026-01-01\n"
                + "XX-BAD,XX,Nowhere,,x,,,,,,,,,,2026-01-01\n"
                + "MT-MCA,MT,Malta Communications Authority,MCA,,x,x,maybe,,not-an-email,,,,,2026-01-01\n"
                + "MT-DATE,MT,\"Agency, with comma\",,,,,,,,,,,,31/12/2026\n";
        var dry = http.post("/api/v1/authorities/import?dryRun=true", "text/csv", csv).json();
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("created").asInt()).isZero();
        assertThat(http.get("/api/v1/member-states/MT").json().get("canIssue").asBoolean()).isFalse();

        JsonNode report = http.post("/api/v1/authorities/import", "text/csv", csv).json();
        assertThat(report.get("rows").asInt()).isEqualTo(4);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("errors").toString())
                .contains("\"row\":2,\"column\":\"member_state\"")
                .contains("\"row\":3,\"column\":\"penalties\"")
                .contains("\"row\":3,\"column\":\"contact_email\"")
                .contains("\"row\":4,\"column\":\"valid_from\"");
        assertThat(http.get("/api/v1/member-states/MT").json().get("canIssue").asBoolean()).isTrue();

        // The same file again changes nothing; an amendment adds a version and keeps the old one.
        assertThat(http.post("/api/v1/authorities/import", "text/csv", csv).json().get("unchanged").asInt()).isEqualTo(1);
        String amendment = HEADER + "MT-MSIU,MT,Malta Security Intelligence Unit,MSIU,x,x,,,yes,tco@msiu.example,,register 2026,CONFIRMED,,2026-06-01\n";
        assertThat(http.post("/api/v1/authorities/import", "text/csv", amendment).json().get("amended").asInt()).isEqualTo(1);
        String id = http.get("/api/v1/authorities?memberState=MT&at=2026-07-01").json().get("items").get(0).get("id").asString();
        assertThat(http.get("/api/v1/authorities/" + id + "/history").json().size()).isEqualTo(2);
        String backdated = HEADER + "MT-MSIU,MT,Malta Security Intelligence Unit,MSIU,,,,,,,,register,CONFIRMED,,2025-01-01\n";
        assertThat(http.post("/api/v1/authorities/import", "text/csv", backdated).json().get("errors").toString())
                .contains("valid_from");
    }

    @Test
    void jsonFilesUseTheSameKeys() {
        var commission = tenant(OrganisationKind.COMMISSION, null, "Json Keeper");
        String json = """
                [{"code":"SI-POLICE","member_state":"SI","name":"Slovenian Police","issue":"true","contact_point":"true",
                  "valid_from":"2026-02-01","confidence":"PARTIAL","quality_note":"from press release"},
                 {"code":"SI","member_state":"SI","name":"Bad key","valid_from":"2026-02-01"},
                 "not an object"]""";
        JsonNode report = http().bearer(commission.token()).post("/api/v1/authorities/import", "application/json", json).json();
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("errors").toString()).contains("\"row\":2,\"column\":\"code\"").contains("\"row\":3");
        JsonNode si = http().bearer(commission.token()).get("/api/v1/member-states/SI").json();
        assertThat(si.get("canIssue").asBoolean()).isTrue();
        assertThat(si.get("needsVerification").asBoolean()).isTrue();
    }

    @Test
    void aFileThatCannotBeReadIsRejectedAsAWhole() {
        var commission = tenant(OrganisationKind.COMMISSION, null, "Broken File");
        var noHeader = http().bearer(commission.token()).post("/api/v1/authorities/import", "text/csv", "a,b,c\n1,2,3\n");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.json().get("errors").toString()).contains("header").contains("missing columns");
        var notJson = http().bearer(commission.token()).post("/api/v1/authorities/import", "application/json", "{oops");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.isProblem()).isTrue();
    }

    @Test
    void onlyTheCommissionAndPlatformAdminsUpdateTheRegister() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Ambitious Authority");
        var r = http().bearer(authority.token()).post("/api/v1/authorities/import", "text/csv", HEADER);
        assertThat(r.status()).isEqualTo(403);
    }
}
