package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import eu.vigil.identity.OrganisationId;

/** The words the match-test and search pages give for a hit or a miss, from the match model, in EN, FR and DE. */
class MatchReasonUnitTests {

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void aPdqHitSaysItsDistanceAndTheBanksThreshold() {
        MatchHit hit = hit(SignalKind.PDQ, 4, 31);
        assertThat(say(MatchReason.of(hit), Locale.ENGLISH)).isEqualTo("distance 4 ≤ threshold 31");
        assertThat(say(MatchReason.of(hit), Locale.FRENCH)).isEqualTo("distance 4 ≤ seuil 31");
        assertThat(say(MatchReason.of(hit), Locale.GERMAN)).isEqualTo("Distanz 4 ≤ Schwelle 31");
        assertThat(say(MatchReason.of(hit(SignalKind.PDQ, 0, 10)), Locale.ENGLISH)).isEqualTo("distance 0 ≤ threshold 10");
    }

    @Test
    void anExactHitSaysTheHashIsIdentical() {
        assertThat(say(MatchReason.of(hit(SignalKind.SHA256, 0, 0)), Locale.ENGLISH)).isEqualTo("identical SHA-256");
        assertThat(say(MatchReason.of(hit(SignalKind.MD5, 0, 0)), Locale.ENGLISH)).isEqualTo("identical MD5");
        assertThat(say(MatchReason.of(hit(SignalKind.SHA256, 0, 0)), Locale.FRENCH)).isEqualTo("SHA-256 identique");
        assertThat(say(MatchReason.of(hit(SignalKind.MD5, 0, 0)), Locale.GERMAN)).isEqualTo("identischer MD5");
    }

    @Test
    void aMissSaysWithinWhichThresholdOfHowManyBanksNothingWasFound() {
        List<Bank> one = List.of(bank(Set.of(SignalKind.PDQ), 31), bank(Set.of(SignalKind.URL), 5));
        MatchOutcome pdq = miss(SignalKind.PDQ, Matching.searched(one, SignalKind.PDQ));
        assertThat(pdq.searched()).isEqualTo(new MatchOutcome.Searched(1, 31, 31));
        assertThat(say(MatchReason.ofMiss(pdq), Locale.ENGLISH)).isEqualTo("no entry within threshold 31 (1 bank searched)");
        assertThat(say(MatchReason.ofMiss(pdq), Locale.GERMAN))
                .isEqualTo("kein Eintrag innerhalb der Schwelle 31 (1 Bank durchsucht)");

        List<Bank> two = List.of(bank(Set.of(SignalKind.PDQ), 31), bank(Set.of(SignalKind.PDQ, SignalKind.MD5), 31));
        assertThat(say(MatchReason.ofMiss(miss(SignalKind.PDQ, Matching.searched(two, SignalKind.PDQ))), Locale.ENGLISH))
                .isEqualTo("no entry within threshold 31 (2 banks searched)");

        List<Bank> mixed = List.of(bank(Set.of(SignalKind.PDQ), 10), bank(Set.of(SignalKind.PDQ), 31),
                bank(Set.of(SignalKind.PDQ), 20));
        assertThat(say(MatchReason.ofMiss(miss(SignalKind.PDQ, Matching.searched(mixed, SignalKind.PDQ))), Locale.ENGLISH))
                .isEqualTo("no entry within the thresholds of the banks, 10 to 31 (3 banks searched)");

        MatchOutcome sha = miss(SignalKind.SHA256, Matching.searched(two, SignalKind.SHA256));
        assertThat(sha.searched()).isEqualTo(MatchOutcome.Searched.NONE);
        assertThat(say(MatchReason.ofMiss(sha), Locale.ENGLISH)).isEqualTo("none of the banks you may read holds SHA-256 signals");
        MatchOutcome md5 = miss(SignalKind.MD5, Matching.searched(two, SignalKind.MD5));
        assertThat(md5.searched()).isEqualTo(new MatchOutcome.Searched(1, 0, 0));
        assertThat(say(MatchReason.ofMiss(md5), Locale.ENGLISH)).isEqualTo("no identical MD5 (1 bank searched)");
        assertThat(say(MatchReason.ofMiss(md5), Locale.FRENCH)).isEqualTo("aucun MD5 identique (1 banque consultée)");
    }

    @Test
    void theMissMessageWrapsTheReason() {
        String reason = say(MatchReason.ofMiss(miss(SignalKind.PDQ, new MatchOutcome.Searched(2, 31, 31))), Locale.ENGLISH);
        assertThat(messages.getMessage("bank.match.miss", new Object[] {reason}, Locale.ENGLISH))
                .isEqualTo("No match: no entry within threshold 31 (2 banks searched).");
    }

    private String say(MatchReason reason, Locale locale) {
        return messages.getMessage(reason.key(), reason.args(), locale);
    }

    private static MatchHit hit(SignalKind kind, int distance, int threshold) {
        return new MatchHit(7, new BankId(UUID.randomUUID()), "Bank", kind, "value", List.of(), distance, threshold);
    }

    private static MatchOutcome miss(SignalKind kind, MatchOutcome.Searched searched) {
        return new MatchOutcome(0, kind, "value", List.of(), List.of(), searched);
    }

    private static Bank bank(Set<SignalKind> kinds, int threshold) {
        return new Bank(new BankId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), "Owner", "Bank", "tests",
                kinds, threshold, false, Sharing.PRIVATE, List.of(), Instant.EPOCH);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
