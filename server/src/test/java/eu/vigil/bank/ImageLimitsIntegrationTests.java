package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.IntegrationTest;

/**
 * ADR 0020: image matching is bounded work. Oversized images are refused from their header, at most
 * {@code vigil.match.decode-permits} images are decoded at once (the test profile sets one permit and a short
 * wait), the rest are answered 503 with Retry-After, and orders are still issued promptly meanwhile.
 */
class ImageLimitsIntegrationTests extends IntegrationTest {

    @Autowired
    ImageHashing images;

    @Autowired
    CompetentAuthorities authorities;

    /** A 16-bit grey PNG of noise-free rows written by hand: 10000 x 10000 compresses to well under 1 MB. */
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat)) {
            byte[] row = new byte[1 + width * 2];
            for (int y = 0; y < height; y++) {
                row[1 + (y % width) * 2] = (byte) y; // one varying sample per row, so the image is not all one value
                z.write(row);
                row[1 + (y % width) * 2] = 0;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(out);
        d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {16, 0, 0, 0, 0}); // 16-bit, greyscale, deflate, no filter method variants, no interlace
        chunk(d, "IHDR", ihdr.toByteArray());
        chunk(d, "IDAT", idat.toByteArray());
        chunk(d, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    private HttpResponse<String> upload(String token, byte[] image) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/match")).header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(image)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHostilePngIsRefusedFromItsHeaderNamingTheLimit() throws Exception {
        var t = tenant(OrganisationKind.HOSTING_SERVICE_PROVIDER, null, "Png sender");
        byte[] hostile = png(10_000, 10_000);
        assertThat(hostile.length).isLessThan(1024 * 1024);
        long start = System.nanoTime();
        var r = upload(t.token(), hostile);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[limits] 10000x10000 16-bit PNG (%d bytes) refused in %d ms%n", hostile.length, took.toMillis());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"image\"", "10000x10000", "vigil.match.max-image-pixels");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void parallelUploadsBeyondThePermitsAreAnswered503AndOrdersStayResponsive() throws Exception {
        var t = tenant(OrganisationKind.HOSTING_SERVICE_PROVIDER, null, "Parallel sender");
        var since = clock.instant().minus(Duration.ofDays(1));
        var org = OrderFixture.authority(authorities, organisations, "LU", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(org, "lu.load." + org.id().toString().substring(0, 8));
        var hsp = provider("Luxembourg Host", "LU", "fr", "en");
        // largest image allowed: 5000 x 5000 = 25 MP, 16-bit
        byte[] largest = png(5_000, 5_000);
        int parallel = images.permits() + 5;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                uploads.add(pool.submit(() -> {
                    start.await();
                    return upload(t.token(), largest);
                }));
            }
            start.countDown();
            Thread.sleep(300); // the decodes are running
            long issueStart = System.nanoTime();
            var issued = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                    OrderFixture.order(java.util.UUID.fromString(hsp.id()), "en", true, "https://lu.example/1"));
            Duration issuing = Duration.ofNanos(System.nanoTime() - issueStart);
            assertThat(issued.status()).isEqualTo(201);
            int ok = 0;
            int busy = 0;
            for (var f : uploads) {
                var r = f.get();
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                    assertThat(r.headers().firstValue("Retry-After")).isPresent();
                    assertThat(r.body()).contains("https://vigil.example.eu/problems/busy", "vigil.match.decode-permits");
                    busy++;
                }
            }
            System.out.printf("[limits] %d parallel 25 MP uploads: %d decoded, %d busy; order issued in %d ms%n",
                    parallel, ok, busy, issuing.toMillis());
            assertThat(ok).isGreaterThanOrEqualTo(1);
            assertThat(busy).isGreaterThanOrEqualTo(1);
            assertThat(images.peakConcurrency()).isLessThanOrEqualTo(images.permits());
            assertThat(issuing).isLessThan(Duration.ofSeconds(5));
        } finally {
            pool.shutdownNow();
        }
    }
}
