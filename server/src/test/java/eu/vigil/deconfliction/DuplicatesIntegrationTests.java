package eu.vigil.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.ItemHash;
import eu.vigil.testing.IntegrationTest;

/** The register of open case items on the real database (R37, R11). */
class DuplicatesIntegrationTests extends IntegrationTest {

    @Autowired
    Duplicates duplicates;
    @Autowired
    TransactionTemplate transactions;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private CaseRef register(Tenant sender, CaseKind kind, UUID provider, List<CaseItem> items) {
        CaseRef ref = new CaseRef(kind, UUID.randomUUID(), kind + "-" + unique());
        transactions.executeWithoutResult(s -> duplicates.register(sender.admin(), ref, provider, items));
        return ref;
    }

    @Test
    void anItemSentByAnAuthorityOfAnotherMemberStateIsADuplicateWhateverItsSpelling() {
        var bka = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Duplicates BKA");
        var garda = tenant(OrganisationKind.COMPETENT_AUTHORITY, "IE", "Duplicates Garda");
        String host = "dup-" + unique() + ".example";
        UUID provider = UUID.randomUUID();
        CaseRef order = register(bka, CaseKind.ORDER, provider, List.of(
                new CaseItem(1, "https://" + host + "/watch/a1?v=9", null),
                new CaseItem(2, "https://" + host + "/other", null)));

        var found = duplicates.check(List.of(
                new CaseItem(1, "HTTP://" + host.toUpperCase() + ":80/watch/a1/?utm_campaign=x&v=9&fbclid=z", null),
                new CaseItem(2, "https://" + host + ":443/watch/a1?v=9", null),
                new CaseItem(3, "https://" + host + "/Other", null)));
        assertThat(found).extracting(Duplicate::position).containsExactly(1, 2);
        assertThat(found.getFirst().existing()).isEqualTo(order);
        assertThat(found.getFirst().existingPosition()).isEqualTo(1);
        assertThat(found.getFirst().senderName()).isEqualTo(bka.organisation().name());
        assertThat(found.getFirst().senderMemberState()).isEqualTo("DE");
        assertThat(found.getFirst().matchedBy()).isEqualTo(MatchedBy.URL);

        CaseRef referral = register(garda, CaseKind.REFERRAL, provider, List.of(
                new CaseItem(1, "https://" + host + "/watch/a1/?v=9", null)));
        var also = duplicates.alsoSentBy(order);
        assertThat(also).containsOnlyKeys(1);
        assertThat(also.get(1)).singleElement().satisfies(d -> {
            assertThat(d.existing()).isEqualTo(referral);
            assertThat(d.sender()).isEqualTo(garda.organisation().name() + " (IE)");
        });
        assertThat(duplicates.alsoSentBy(referral).get(1)).extracting(Duplicate::existing).containsExactly(order);
        CaseRef elsewhere = register(garda, CaseKind.NOTICE, UUID.randomUUID(), List.of(
                new CaseItem(1, "https://" + host + "/watch/a1?v=9", null)));
        assertThat(duplicates.alsoSentBy(order).get(1)).as("a case to another provider is not shown")
                .extracting(Duplicate::existing).containsExactly(referral);
        assertThat(duplicates.check(List.of(new CaseItem(1, "https://" + host + "/watch/a1?v=9", null))))
                .extracting(Duplicate::existing).containsExactlyInAnyOrder(order, referral, elsewhere);
    }

    @Test
    void pdqHashesMatchWithinTheDistanceAndOtherHashesByTypeAndValue() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "FR", "Duplicates OCLCTIC");
        String pdq = SameItemTests.pdqAt(0).substring(0, 56) + unique();
        String sha = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        CaseRef order = register(authority, CaseKind.ORDER, UUID.randomUUID(), List.of(
                new CaseItem(1, "https://a-" + unique() + ".example/1", ItemHash.of(ItemHash.Type.PDQ, pdq)),
                new CaseItem(2, "https://a-" + unique() + ".example/2", ItemHash.of(ItemHash.Type.SHA256, sha))));
        var near = eu.vigil.hashing.PdqHash.parse(pdq);
        var far = near;
        for (int b = 0; b < 40; b++) {
            far = far.flip(b * 5 + 3);
            if (b == 20) {
                near = far;
            }
        }
        var found = duplicates.check(List.of(
                new CaseItem(1, "https://b-" + unique() + ".example/1", ItemHash.of(ItemHash.Type.PDQ, near.toText())),
                new CaseItem(2, "https://b-" + unique() + ".example/2", ItemHash.of(ItemHash.Type.PDQ, far.toText())),
                new CaseItem(3, "https://b-" + unique() + ".example/3", ItemHash.of(ItemHash.Type.SHA256, sha)),
                new CaseItem(4, "https://b-" + unique() + ".example/4", ItemHash.of(ItemHash.Type.PDQ, sha))));
        assertThat(found.stream().filter(d -> d.existing().equals(order)))
                .extracting(Duplicate::position, Duplicate::existingPosition, Duplicate::pdqDistance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, 21),
                        org.assertj.core.groups.Tuple.tuple(3, 2, null));
    }

    @Test
    void closedItemsAndCasesOutsideTheWindowAreNotReported() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "NL", "Duplicates Politie");
        String host = "closed-" + unique() + ".example";
        CaseRef order = register(authority, CaseKind.ORDER, UUID.randomUUID(), List.of(
                new CaseItem(1, "https://" + host + "/1", null), new CaseItem(2, "https://" + host + "/2", null)));
        List<CaseItem> probe = List.of(new CaseItem(1, "https://" + host + "/1", null),
                new CaseItem(2, "https://" + host + "/2", null), new CaseItem(3, "https://" + host + "/3", null));
        assertThat(duplicates.check(probe)).extracting(Duplicate::position).containsExactly(1, 2);
        duplicates.close(order, 1);
        assertThat(duplicates.check(probe)).extracting(Duplicate::position).containsExactly(2);
        duplicates.closeAll(order);
        assertThat(duplicates.check(probe)).isEmpty();

        clock.advance(duplicates.window().plus(Duration.ofHours(1)).negated());
        try {
            register(authority, CaseKind.REFERRAL, null, List.of(new CaseItem(1, "https://" + host + "/3", null)));
        } finally {
            clock.advance(duplicates.window().plus(Duration.ofHours(1)));
        }
        assertThat(duplicates.check(probe)).as("registered before the window").isEmpty();
        register(authority, CaseKind.REFERRAL, null, List.of(new CaseItem(1, "https://" + host + "/3", null)));
        assertThat(duplicates.check(probe)).extracting(Duplicate::position).containsExactly(3);
    }

    @Test
    void anActionDayOfFiveThousandItemsIsCheckedInOneCallAndFindsEachRegisteredItem() {
        var europol = tenant(OrganisationKind.EUROPOL, null, "Duplicates IRU");
        String host = "day-" + unique() + ".example";
        List<CaseItem> items = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            items.add(new CaseItem(i, "https://" + host + "/post/" + i, i % 2 == 0 ? null
                    : ItemHash.of(ItemHash.Type.MD5, String.format("%032x", (long) i * 7919 + host.hashCode()))));
        }
        register(europol, CaseKind.REFERRAL, UUID.randomUUID(), items.subList(0, 2500));
        var found = duplicates.check(items);
        assertThat(found.stream().map(Duplicate::position).distinct()).hasSize(2500);
        assertThat(found).allSatisfy(d -> assertThat(d.senderMemberState()).isNull());
    }
}
