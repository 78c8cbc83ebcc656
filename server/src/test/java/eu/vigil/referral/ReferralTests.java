package eu.vigil.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.identity.Actor;
import eu.vigil.identity.Credential;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Role;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;

/** The referral's own rules (R36), without a database. */
class ReferralTests {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final UUID EUROPOL = UUID.randomUUID();
    static final UUID HOST = UUID.randomUUID();

    static Actor actor(UUID org, OrganisationKind kind, Role... roles) {
        return new Actor(UUID.randomUUID(), "u", "U", Credential.PASSWORD, new OrganisationId(org), "Org", kind, null,
                Set.of(roles));
    }

    static final Actor PROVIDER = actor(HOST, OrganisationKind.HOSTING_SERVICE_PROVIDER, Role.OPERATOR);
    static final Actor SENDER = actor(EUROPOL, OrganisationKind.EUROPOL, Role.OPERATOR);

    static Referral referral(ReferralState state, int items) {
        List<ReferralItem> list = new java.util.ArrayList<>();
        for (int i = 1; i <= items; i++) {
            list.add(new ReferralItem(i, "https://host.example/p/" + i, null, "Community guidelines 4.2", null, false, null));
        }
        return new Referral(ReferralId.random(), "REF-EU-2026-00001", EUROPOL, "EU IRU", null, HOST, "Host",
                ContentCategory.TERRORIST_PROPAGANDA, "ar", Duration.ofHours(24), null, null, state, T0, "officer",
                state == ReferralState.HELD ? null : T0, null, null, null, list);
    }

    static ItemFeedback feedback(String outcome, String action, List<String> states, String reason) {
        return ItemFeedback.given("", outcome, action, states, reason, s -> s.matches("[A-Z]{2}") && !s.equals("XX"),
                T0.plusSeconds(60), "t&s");
    }

    @Test
    void aReferralIsNeverBindingAndHasOnlyARequestedResponseTime() {
        Referral r = referral(ReferralState.SENT, 1);
        assertThat(r.binding()).isFalse();
        assertThat(r.respondBy()).contains(T0.plus(Duration.ofHours(24)));
        assertThat(r.responseTime()).isEmpty();
        assertThat(referral(ReferralState.HELD, 1).respondBy()).as("held: not received yet").isEmpty();
    }

    @Test
    void theOutcomeFollowsFromTheItemsAndTheLastAnswerEndsTheReferral() {
        Referral r = referral(ReferralState.SENT, 3);
        assertThat(r.outcome()).isEqualTo(ReferralOutcome.OPEN);
        Instant at = T0.plus(Duration.ofHours(2));
        r = r.answered(PROVIDER, List.of(new Referral.Answer(1, feedback("ACTIONED", "REMOVED", List.of(), null))), at);
        assertThat(r.state()).isEqualTo(ReferralState.SENT);
        assertThat(r.openItems()).isEqualTo(2);
        r = r.answered(PROVIDER, List.of(new Referral.Answer(2, feedback("NOT_ACTIONED", null, List.of(), "satire, within our rules")),
                new Referral.Answer(3, feedback("NOT_APPLICABLE", null, List.of(), null))), at);
        assertThat(r.state()).isEqualTo(ReferralState.ANSWERED);
        assertThat(r.outcome()).isEqualTo(ReferralOutcome.PARTLY_ACTIONED);
        assertThat(r.responseTime()).contains(Duration.ofHours(2));
        assertThat(r.answeredInRequestedTime()).contains(true);
    }

    @ParameterizedTest
    @CsvSource({"ACTIONED|ACTIONED,ACTIONED", "ACTIONED|NOT_ACTIONED,PARTLY_ACTIONED", "NOT_ACTIONED|NOT_APPLICABLE,NOT_ACTIONED",
            "NOT_APPLICABLE|NOT_APPLICABLE,NOT_APPLICABLE"})
    void outcomes(String answers, ReferralOutcome expected) {
        String[] a = answers.split("\\|");
        Referral r = referral(ReferralState.SENT, a.length);
        for (int i = 0; i < a.length; i++) {
            r = r.answered(PROVIDER, List.of(new Referral.Answer(i + 1, feedback(a[i], a[i].equals("ACTIONED") ? "RESTRICTED" : null,
                    List.of(), "reason"))), T0);
        }
        assertThat(r.outcome()).isEqualTo(expected);
    }

    @Test
    void anAnswerIsFinalAndOnlyTheAddresseeAnswersWhileTheReferralIsWithIt() {
        Referral r = referral(ReferralState.SENT, 1)
                .answered(PROVIDER, List.of(new Referral.Answer(1, feedback("NOT_APPLICABLE", null, List.of(), null))), T0);
        Referral answered = r;
        assertThatThrownBy(() -> answered.answered(PROVIDER, List.of(new Referral.Answer(1,
                feedback("ACTIONED", "REMOVED", List.of(), null))), T0)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).reason()).isEqualTo("NOT_WITH_PROVIDER");
        Referral open = referral(ReferralState.SENT, 2);
        assertThat(open.refusalToAnswer(SENDER)).contains(ReferralRefusal.NOT_ADDRESSEE);
        assertThat(open.refusalToAnswer(actor(HOST, OrganisationKind.HOSTING_SERVICE_PROVIDER, Role.VIEWER)))
                .as("a viewer never writes").contains(ReferralRefusal.NOT_ADDRESSEE);
        assertThat(referral(ReferralState.HELD, 1).refusalToAnswer(PROVIDER)).contains(ReferralRefusal.NOT_WITH_PROVIDER);
        Referral once = open.answered(PROVIDER, List.of(new Referral.Answer(1, feedback("NOT_APPLICABLE", null, List.of(), null))), T0);
        assertThatThrownBy(() -> once.answered(PROVIDER, List.of(new Referral.Answer(1,
                feedback("ACTIONED", "REMOVED", List.of(), null))), T0)).extracting(e -> ((RuleViolation) e).reason())
                .isEqualTo("ALREADY_ANSWERED");
        assertThatThrownBy(() -> open.answered(PROVIDER, List.of(new Referral.Answer(9,
                feedback("ACTIONED", "REMOVED", List.of(), null))), T0)).extracting(e -> ((RuleViolation) e).reason())
                .isEqualTo("NO_SUCH_ITEM");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "-;-;-;-;outcome", "MAYBE;-;-;-;outcome", "ACTIONED;-;-;-;action", "ACTIONED;GEO_BLOCKED;-;-;memberStates",
            "ACTIONED;GEO_BLOCKED;XX;-;memberStates", "ACTIONED;REMOVED;DE;-;memberStates", "NOT_ACTIONED;-;-;-;reason",
            "NOT_APPLICABLE;REMOVED;-;-;action"})
    void feedbackIsRefusedNamingTheField(String outcome, String action, String states, String reason, String field) {
        assertThatThrownBy(() -> feedback(outcome, action, states == null ? List.of() : List.of(states), reason))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(InvalidInput.FieldError::field).contains(field));
    }

    @Test
    void aGeoBlockNamesItsMemberStates() {
        ItemFeedback f = feedback("actioned", "geo-blocked", List.of("de", " AT", "DE"), null);
        assertThat(f.action()).isEqualTo(ReferralAction.GEO_BLOCKED);
        assertThat(f.memberStates()).containsExactly("AT", "DE");
    }

    @Test
    void onlyTheSenderReleasesAHeldReferralAndWithdrawsAnOpenOne() {
        Referral held = referral(ReferralState.HELD, 1);
        assertThat(held.mayRelease(SENDER)).isTrue();
        assertThat(held.mayRelease(PROVIDER)).isFalse();
        assertThatThrownBy(() -> held.released(PROVIDER, "x", T0)).extracting(e -> ((RuleViolation) e).reason()).isEqualTo("NOT_SENDER");
        Referral sent = held.released(SENDER, "coordinated with BKA", T0.plusSeconds(600));
        assertThat(sent.state()).isEqualTo(ReferralState.SENT);
        assertThat(sent.sentAt()).isEqualTo(T0.plusSeconds(600));
        assertThatThrownBy(() -> sent.released(SENDER, "again", T0)).extracting(e -> ((RuleViolation) e).reason()).isEqualTo("NOT_HELD");
        Referral withdrawn = sent.withdrawn(SENDER, T0.plusSeconds(700));
        assertThat(withdrawn.state()).isEqualTo(ReferralState.WITHDRAWN);
        assertThatThrownBy(() -> withdrawn.withdrawn(SENDER, T0)).extracting(e -> ((RuleViolation) e).reason()).isEqualTo("NOT_OPEN");
        assertThat(ReferralState.ANSWERED.next()).isEmpty();
        assertThat(ReferralState.HELD.mayMoveTo(ReferralState.ANSWERED)).isFalse();
    }

    @Test
    void requestsAreCheckedWithTypedHashes() {
        var request = new ReferralRequest(HOST, "terrorist-propaganda", "ar", 48, null, List.of(
                new ReferralRequest.Item("https://host.example/v/1", null, "pdq:" + "f".repeat(64), "4.2", null),
                new ReferralRequest.Item("ftp://host.example/v/2", null, null, "4.2", null),
                new ReferralRequest.Item("https://host.example/v/3", null, "a".repeat(64), "4.2", null),
                new ReferralRequest.Item("https://host.example/v/4", "SHA256", "a".repeat(63), " ", null)));
        var v = request.check(new eu.vigil.shared.Violations());
        assertThat(v.isEmpty()).isTrue();
        var items = request.referralItems(v);
        assertThat(items.getFirst().hash().type()).isEqualTo(eu.vigil.shared.ItemHash.Type.PDQ);
        assertThat(v.errors()).extracting(InvalidInput.FieldError::field)
                .containsExactly("items[1].url", "items[2].hash", "items[3].hash", "items[3].termsClause");
        assertThat(v.errors().get(1).message()).contains("PDQ or a SHA-256");
        assertThat(new ReferralRequest(null, "nonsense", "arabic", 0, null, List.of()).check(new eu.vigil.shared.Violations())
                .errors()).extracting(InvalidInput.FieldError::field)
                .containsExactly("providerId", "category", "language", "requestedResponseHours", "items");
    }
}
