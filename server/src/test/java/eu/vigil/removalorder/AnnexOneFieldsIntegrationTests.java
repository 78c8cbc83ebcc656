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
            new String[] {"A.issuing_member_state", "Member State of the issuing competent authority"},
            new String[] {"A.addressee", "Addressee (hosting service provider)"},
            new String[] {"A.legal_representative", "Legal representative, where relevant"},
            new String[] {"A.contact_points", "Contact point"},
            new String[] {"A.host_member_state", "Member State of the main establishment or of the legal representative of the hosting service provider"},
            new String[] {"A.issued_at", "Time and date of issuing"},
            new String[] {"A.reference", "Reference number of the removal order"},
            new String[] {"B.items", "URL(s) and any additional information enabling the identification and exact location of the content"},
            new String[] {"B.reasons", "Reasons why the material is considered terrorist content in accordance with Article 2(7)"},
            new String[] {"B.statement_of_reasons", "Additional information on the reasons why the material is considered terrorist content"},
            new String[] {"C.non_disclosure", "For reasons of public security, the addressee must refrain from informing the content provider whose content is being removed or to which access has been disabled (Article 11(3))"},
            new String[] {"D.host_member_state_differs", "The Member State of the main establishment or of the legal representative of the hosting service provider is different from the Member State of the issuing competent authority"},
            new String[] {"D.copy_sent_to_host_member_state", "A copy of the removal order is sent to the competent authority of the Member State where the hosting service provider has its main establishment or its legal representative (Article 4(1))"},
            new String[] {"E.authority_type", "Type of competent authority"},
            new String[] {"E.issuing_authority", "Name of the competent authority"},
            new String[] {"E.representative_name", "Name of its representative certifying the removal order"},
            new String[] {"E.representative_post", "Post or grade of the representative"},
            new String[] {"E.file_number", "File number"},
            new String[] {"E.address", "Address"},
            new String[] {"E.telephone", "Telephone number (country code) (area/city code)"},
            new String[] {"E.fax", "Fax number (country code) (area/city code)"},
            new String[] {"E.email", "E-mail"},
            new String[] {"E.date", "Date"},
            new String[] {"E.seal", "Official stamp (if any) and signature"},
            new String[] {"F.issuing_authority_email", "E-mail of the issuing competent authority for feedback on the time of removal or disabling and for clarification"},
            new String[] {"F.issuing_authority_telephone", "Telephone of the issuing competent authority"},
            new String[] {"F.host_authority", "Competent authority of the Member State of the main establishment or of the legal representative"},
            new String[] {"F.host_authority_email", "E-mail of that competent authority"},
            new String[] {"F.host_authority_telephone", "Telephone of that competent authority"},
            new String[] {"G.redress_body", "Competent body or court for challenging the removal order"},
            new String[] {"G.redress_deadline", "Deadline for challenging the removal order (period and start)"},
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
        return all.toString().replaceAll("\\s+", " ").replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
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
                "law enforcement authority", "Rua Gomes Freire 174, 1169-007 Lisboa", "+351 21 000 0000", "+351 21 000 0001",
                annex.get("E.email").asString(), annex.get("F.host_authority").asString(),
                "https://redress.example.eu/PT", java.time.LocalDate.parse(annex.get("E.date").asString())
                        .format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                                .withLocale(java.util.Locale.UK)));
        assertThat(pdf).doesNotContain("LAW_ENFORCEMENT", "2(7)(a) ");
    }
}
