package eu.vigil.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.vigil.client.ApiModel.BankChanges;
import eu.vigil.client.ApiModel.BankEntry;
import eu.vigil.client.ApiModel.BankSnapshot;
import eu.vigil.client.OnDeviceMatcher.Result;
import eu.vigil.client.OnDeviceMatcher.Verdict;
import eu.vigil.hashing.ExactHashes;
import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.Signal;
import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.pdq.PdqHasher;

/**
 * The on-device matcher on the golden vectors: a bank holding the original photo of {@code bridge-mods} (and two
 * other originals and one exact SHA-256), synced into a replica, turned into a filter; then every edited variant
 * is found without any network, and unrelated images are not flagged.
 */
class OnDeviceMatcherTests {

    static final String BANK = "5e2b8c7a-1f3d-4e6a-9b2c-7d8e9f0a1b2c";
    static final String ORIGINAL = "images/bridge-mods/aaa-orig.jpg";
    static final List<String> OTHER_ORIGINALS = List.of("images/reg-test-input/labelme-subset/q0003.jpg",
            "images/reg-test-input/labelme-subset/q0004.jpg");
    static final String EXACT = "images/reg-test-input/labelme-subset/q0122.jpg";

    static BankReplica replica;
    static OnDeviceFilter filter;

    static PdqHash hashOf(String file) throws Exception {
        return new PdqHasher().hash(new ImageIoDecoder().decode(TestImages.bytes(file))).hash();
    }

    /** A bank feed in memory: the snapshot holds the originals; the delta feed is empty. */
    static BankFeed feed(List<BankEntry> entries) {
        return new BankFeed() {
            @Override
            public BankSnapshot snapshot(String bankId) {
                return new BankSnapshot(bankId, "Golden originals", 31, false, entries.size(), entries);
            }

            @Override
            public BankChanges changes(String bankId, long since, int limit) {
                return new BankChanges(bankId, since, since, false, List.of());
            }
        };
    }

    @BeforeAll
    static void syncAndBuild() throws Exception {
        List<BankEntry> entries = new ArrayList<>();
        long id = 1;
        for (String f : concat(List.of(ORIGINAL), OTHER_ORIGINALS)) {
            entries.add(new BankEntry(id, "PDQ", hashOf(f).toText(), List.of("TVE-3"), true, id));
            id++;
        }
        entries.add(new BankEntry(id, "SHA256", ExactHashes.sha256(TestImages.bytes(EXACT)).toText(), List.of("TVE-1"),
                true, id));
        replica = new BankReplica(feed(entries), List.of(BANK));
        replica.sync();
        filter = OnDeviceFilter.of(replica);
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The edited variants of the original: bridge-mods, the same photo in other colour modes, and another copy. */
    static List<String> variants() {
        List<String> out = new ArrayList<>(TestImages.images("images/bridge-mods"));
        out.remove(ORIGINAL);
        out.addAll(TestImages.images("images/misc-images/modes"));
        out.add("images/reg-test-input/dih/bridge-1-original.jpg");
        return out;
    }

    static List<String> unrelated() {
        List<String> out = new ArrayList<>();
        out.addAll(TestImages.images("images/reg-test-input/labelme-subset"));
        out.addAll(TestImages.images("images/misc-images"));
        out.addAll(TestImages.images("images/reg-test-input/exif-rotn-small"));
        out.add("images/reg-test-input/pen-and-coaster.png");
        // rotated and mirrored copies of the bridge: PDQ is not rotation-invariant and the matcher does not query
        // the dihedral variants, so these are far (106-128 bits) from the original
        out.addAll(TestImages.images("images/reg-test-input/dih"));
        out.remove("images/reg-test-input/dih/bridge-1-original.jpg");
        out.addAll(TestImages.images("synthetic"));
        out.removeAll(OTHER_ORIGINALS);
        out.remove(EXACT);
        return out;
    }

    @Test
    void findsEveryEditedVariantOfTheOriginalWithoutNetwork() throws Exception {
        AtomicInteger confirmations = new AtomicInteger();
        Confirmer local = Confirmer.local(replica);
        OnDeviceMatcher matcher = new OnDeviceMatcher(filter, c -> {
            confirmations.incrementAndGet();
            return local.confirm(c);
        });
        PdqHash original = hashOf(ORIGINAL);
        List<String> variants = variants();
        assertThat(variants).hasSizeGreaterThanOrEqualTo(18);
        StringBuilder report = new StringBuilder();
        for (String f : variants) {
            Result r = matcher.check(TestImages.bytes(f));
            int distance = r.pdq().hash().distance(original);
            report.append(String.format("%-50s distance %2d  %s%n", f, distance, r.verdict()));
            assertThat(r.verdict()).as(f + " at distance " + distance).isEqualTo(Verdict.MATCH);
            assertThat(r.matches()).extracting(ApiModel.MatchHit::entryId).contains(1L);
            assertThat(r.sent()).containsExactly(r.pdq().hash()); // only the candidate hash leaves the device
        }
        System.out.print(report);
        assertThat(confirmations).hasValue(variants.size());
        assertThat(matcher.check(TestImages.bytes(EXACT)).verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void doesNotFlagUnrelatedImagesAndRarelyAsksTheServer() throws Exception {
        List<List<Signal>> sent = new ArrayList<>();
        Confirmer local = Confirmer.local(replica);
        OnDeviceMatcher matcher = new OnDeviceMatcher(filter, c -> {
            sent.add(c);
            return local.confirm(c);
        });
        List<String> unrelated = unrelated();
        assertThat(unrelated).hasSizeGreaterThan(20);
        List<String> maybes = new ArrayList<>();
        for (String f : unrelated) {
            Result r = matcher.check(TestImages.bytes(f));
            assertThat(r.verdict()).as(f).isNotEqualTo(Verdict.MATCH);
            if (r.verdict() == Verdict.NOT_CONFIRMED) {
                maybes.add(f);
            }
        }
        System.out.printf("unrelated golden images: %d, filter said maybe for %d %s%n", unrelated.size(), maybes.size(),
                maybes);
        assertThat(sent).hasSize(maybes.size());
        assertThat(maybes.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void findsRotatedAndMirroredCopiesOnlyWhenAskedTo() throws Exception {
        Confirmer local = Confirmer.local(replica);
        OnDeviceMatcher matcher = new OnDeviceMatcher(filter, local);
        List<String> turned = TestImages.images("images/reg-test-input/dih").stream()
                .filter(f -> !f.endsWith("bridge-1-original.jpg")).toList();
        assertThat(turned).hasSize(7);
        for (String file : turned) {
            byte[] image = TestImages.bytes(file);
            assertThat(matcher.check(image).matched()).as("plain check: " + file).isFalse();
            OnDeviceMatcher.Result all = matcher.checkAllOrientations(image);
            assertThat(all.verdict()).as(file).isEqualTo(OnDeviceMatcher.Verdict.MATCH);
            assertThat(all.matches()).extracting(ApiModel.MatchHit::distance).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(31));
        }
        for (String file : unrelated().stream().filter(f -> !f.contains("/dih/")).toList()) {
            assertThat(matcher.checkAllOrientations(TestImages.bytes(file)).verdict()).as(file)
                    .isNotEqualTo(OnDeviceMatcher.Verdict.MATCH);
        }
    }

    @Test
    void confirmsWithTheServerSendingOnlyTheCandidateHash() throws Exception {
        try (FakeVigil server = new FakeVigil()) {
            server.on("POST /api/v1/match", r -> new FakeVigil.Answer(200, """
                    {"results":[{"index":0,"signalType":"PDQ","value":"x","matches":[{"entryId":1,"bank":"%s",
                     "bankName":"Golden","signalType":"PDQ","value":"y","labels":[],"distance":6}],"suppressedBy":[]}]}"""
                    .formatted(BANK)));
            OnDeviceMatcher matcher = new OnDeviceMatcher(filter, Confirmer.server(new VigilClient(server.url(), "t")));
            for (String f : unrelated().subList(0, 6)) {
                matcher.check(TestImages.bytes(f));
            }
            int before = server.requests.size();
            Result r = matcher.check(TestImages.bytes("images/bridge-mods/blur-a-lot.jpg"));
            assertThat(r.verdict()).isEqualTo(Verdict.MATCH);
            assertThat(server.requests).hasSize(before + 1);
            assertThat(server.requests.getLast().body())
                    .isEqualTo("{\"signals\":[{\"signalType\":\"PDQ\",\"value\":\"" + r.pdq().hash().toText() + "\"}]}");
            assertThat(before).as("requests for unrelated images").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void filterRoundTripsAndHoldsNoHashInClear() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        filter.writeTo(out);
        OnDeviceFilter copy = OnDeviceFilter.readFrom(new ByteArrayInputStream(out.toByteArray()));
        for (String f : concat(variants(), unrelated())) {
            PdqHash h = hashOf(f);
            assertThat(copy.mayContain(h)).as(f).isEqualTo(filter.mayContain(h));
        }
        String hex = java.util.HexFormat.of().formatHex(out.toByteArray());
        for (PdqHash h : replica.pdqHashes()) {
            for (int s = 0; s < OnDeviceFilter.SEGMENTS; s++) {
                String segment = String.format("%08x", OnDeviceFilter.segment(h, s));
                assertThat(hex).as("segment in clear").doesNotContain(segment);
            }
        }
    }

    /**
     * Measures the filter on the golden vectors: every hash of pdq_expected.csv against a bank of the originals,
     * split into true neighbours (distance <= 31) and the rest.
     */
    @Test
    void measuresRecallAndFalsePositivesOnTheGoldenVectors() {
        List<String[]> rows = TestImages.expected();
        List<PdqHash> bank = replica.pdqHashes();
        int near = 0;
        int found = 0;
        int far = 0;
        int maybe = 0;
        for (String[] row : rows) {
            PdqHash h = PdqHash.parse(row[1]);
            int d = bank.stream().mapToInt(h::distance).min().orElseThrow();
            if (d <= OnDeviceFilter.RADIUS) {
                near++;
                found += filter.mayContain(h) ? 1 : 0;
            } else {
                far++;
                maybe += filter.mayContain(h) ? 1 : 0;
            }
        }
        System.out.printf("golden vectors vs %d originals: recall %d/%d, false positives %d/%d%n", bank.size(), found,
                near, maybe, far);
        assertThat(found).isEqualTo(near);
        assertThat(near).isGreaterThanOrEqualTo(12);
        assertThat(maybe).isLessThanOrEqualTo(2);
    }

    /** Uniform random hashes: no false negative up to distance 31, and the false-positive rate by bank size. */
    @Test
    void measuresTheFilterOnRandomHashes() {
        Random random = new Random(20261127);
        for (int n : new int[] {1_000, 10_000}) {
            List<PdqHash> bank = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                bank.add(new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()));
            }
            OnDeviceFilter f = OnDeviceFilter.build(bank, List.of(), random);
            int queries = 1_000;
            int fp = 0;
            long start = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                fp += f.mayContain(new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(),
                        random.nextLong())) ? 1 : 0;
            }
            double micros = (System.nanoTime() - start) / 1e3 / queries;
            int recall = 0;
            int tried = 300;
            for (int i = 0; i < tried; i++) {
                PdqHash h = bank.get(random.nextInt(n));
                int[] bits = random.ints(0, PdqHash.BITS).distinct().limit(OnDeviceFilter.RADIUS).toArray();
                for (int b : bits) {
                    h = h.flip(b);
                }
                recall += f.mayContain(h) ? 1 : 0;
            }
            System.out.printf("random bank of %,d: filter %,d KiB, k=%d, fill %.3f; false positives %d/%d; "
                    + "recall at distance 31 %d/%d; %.0f us per negative query%n", n, f.sizeInBytes() / 1024,
                    f.hashFunctions(), f.fillRatio(), fp, queries, recall, tried, micros);
            assertThat(recall).isEqualTo(tried);
            double expected = 1 - Math.exp(-8.0 * 5489 * n / Math.pow(2, 32));
            assertThat((double) fp / queries).isLessThan(expected * 2 + 0.01);
        }
    }
}
