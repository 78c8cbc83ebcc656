package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.IntegrationTest;

/**
 * Defect 15: the sealed Annex I carries every field of the official form (legal requirements §1.5), taken from the
 * register at issue time, in the JSON export and in the PDF.
 */
class AnnexOneFieldsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;

    /** The §1.5 fields, section by section, with the label the PDF shows for each. */
    private static final List<String[]> FIELDS = List.of(
            new String[] {"A.issuing_member_state", "Member State of the issuing authority"},
            new String[] {"A.addressee", "Addressee"},
            new String[] {"A.legal_representative", "Legal representative"},
            new String[] {"A.contact_points", "Contact point"},
            new String[] {"A.host_member_state", "Member State of main establishment or legal representative"},
            new String[] {"A.issued_at", "Time and date of issuing"},
            new String[] {"A.reference", "Reference number of the removal order"},
            new String[] {"B.items", "URL(s) and additional information"},
            new String[] {"B.reasons", "Reasons (Article 2(7))"},
            new String[] {"B.statement_of_reasons", "Statement of reasons"},
            new String[] {"C.non_disclosure", "Not to be disclosed to the content provider"},
            new String[] {"D.host_member_state_differs", "Host Member State differs from the issuing Member State"},
            new String[] {"D.copy_sent_to_host_member_state", "Copy sent to the competent authority of the host Member State"},
            new String[] {"E.authority_type", "Type of authority"},
            new String[] {"E.issuing_authority", "Authority"},
            new String[] {"E.representative_name", "Certifying person"},
            new String[] {"E.representative_post", "Post or grade"},
            new String[] {"E.file_number", "File number"},
            new String[] {"E.address", "Address"},
            new String[] {"E.telephone", "Telephone"},
            new String[] {"E.fax", "Fax"},
            new String[] {"E.email", "E-mail"},
            new String[] {"E.date", "Date"},
            new String[] {"E.seal", "Official stamp and signature"},
            new String[] {"F.issuing_authority_email", "E-mail of the issuing authority for feedback and clarification"},
            new String[] {"F.issuing_authority_telephone", "Telephone of the issuing authority"},
            new String[] {"F.host_authority", "Competent authority of the host Member State"},
            new String[] {"F.host_authority_email", "Its e-mail"},
            new String[] {"F.host_authority_telephone", "Its telephone"},
            new String[] {"G.redress_body", "Competent body or court"},
            new String[] {"G.redress_deadline", "Deadline for challenging the order"},
            new String[] {"G.national_provisions", "National provisions on redress"});

    private byte[] pdf(String token, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    @Test
    void theSealedAnnexOneCarriesEveryFieldOfTheOfficialFormFromTheRegister() throws Exception {
        var since = clock.instant().minus(Duration.ofDays(1));
        var org = OrderFixture.authorityWithDetails(authorities, organisations, "PT", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(org, "pt.annex." + org.id().toString().substring(0, 8));
        // the host Member State of a provider outside the Union is that of its legal representative (IE)
        OrderFixture.authorityWithDetails(authorities, organisations, "IE", EnumSet.of(AuthorityRole.SCRUTINISE), since);
        var hsp = provider("Annex Fields Host", null, "en");
        var issued = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String id = issued.json().get("order").get("id").asString();
        assertThat(issued.json().get("sealValid").asBoolean()).isTrue();

        var annex = http().bearer(hsp.token()).get("/api/v1/removal-orders/" + id + "/annex-i").json();
        for (String[] field : FIELDS) {
            assertThat(annex.has(field[0])).as("JSON has " + field[0]).isTrue();
            if (!field[0].equals("C.non_disclosure")) {
                assertThat(annex.get(field[0]).isNull()).as(field[0] + " is filled from the register or the order")
                        .isFalse();
            }
        }
        assertThat(annex.get("A.legal_representative").asString()).isEqualTo("Rep of Annex Fields Host");
        assertThat(annex.get("A.contact_points").get(0).get("address").asString()).startsWith("tco@");
        assertThat(annex.get("E.authority_type").asString()).isEqualTo("LAW_ENFORCEMENT");
        assertThat(annex.get("E.address").asString()).isEqualTo("Rua Gomes Freire 174, 1169-007 Lisboa");
        assertThat(annex.get("E.fax").asString()).isEqualTo("+351 21 000 0001");
        assertThat(annex.get("E.date").asString())
                .isEqualTo(clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString());
        assertThat(annex.get("F.host_authority_member_state").asString()).isEqualTo("IE");
        assertThat(annex.get("G.national_provisions").asString()).isEqualTo("https://redress.example.eu/PT");

        var seal = http().bearer(hsp.token()).get("/api/v1/removal-orders/" + id + "/seal").json();
        assertThat(seal.get("canonicalForm").asString()).as("the register details are sealed")
                .contains("\"E.address\":\"Rua Gomes Freire 174, 1169-007 Lisboa\"")
                .contains("\"A.legal_representative\":\"Rep of Annex Fields Host\"");

        byte[] document = pdf(hsp.token(), "/api/v1/removal-orders/" + id + "/annex-i.pdf");
        Path out = Path.of("target/documents");
        Files.createDirectories(out);
        Files.write(out.resolve("annex-i-all-fields.pdf"), document);
        String pdf = text(document);
        assertThat(pdf).contains("SECTION A", "SECTION B", "SECTION C", "SECTION D", "SECTION E", "SECTION F",
                "SECTION G");
        for (String[] field : FIELDS) {
            assertThat(pdf).as("PDF shows " + field[1]).contains(field[1]);
        }
        assertThat(pdf).contains("Rep of Annex Fields Host", annex.get("A.contact_points").get(0).get("address").asString(),
                "LAW_ENFORCEMENT", "Rua Gomes Freire 174, 1169-007 Lisboa", "+351 21 000 0000", "+351 21 000 0001",
                annex.get("E.email").asString(), annex.get("F.host_authority").asString(),
                "https://redress.example.eu/PT", annex.get("E.date").asString());
    }
}
