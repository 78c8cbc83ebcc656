package eu.vigil.crisis;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.vigil.audit.Auditor;
import eu.vigil.bank.Access;
import eu.vigil.bank.Bank;
import eu.vigil.bank.BankId;
import eu.vigil.bank.BankSettings;
import eu.vigil.bank.Banks;
import eu.vigil.bank.Share;
import eu.vigil.bank.Sharing;
import eu.vigil.bank.SignalKind;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationId;

/**
 * The crisis hash list as a bank (R42, ADR 0031): the first activation of a crisis opens a bank owned by the
 * coordinator's organisation for PDQ, MD5, SHA-256 and URL signals, shared with WRITE access with every participant;
 * a provider that opts in later is given the share of every crisis bank. Re-escalation reuses the bank; closing the
 * crisis keeps it readable. Runs in the transaction of the step or of the opt-in.
 */
@Component
class CrisisBanks {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Banks banks;
    private final CrisisParticipants participants;

    CrisisBanks(JdbcClient jdbc, Clock clock, Banks banks, CrisisParticipants participants) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.banks = banks;
        this.participants = participants;
    }

    /** The crisis's bank, opened on its first activation by {@code coordinator}; the existing one afterwards. */
    BankId open(Actor coordinator, CrisisCase crisis) {
        Optional<BankId> existing = bankOf(crisis.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        List<Share> shares = participants.all().stream().filter(org -> !org.equals(coordinator.organisationId().value()))
                .map(org -> new Share(new OrganisationId(org), Access.WRITE)).toList();
        Bank bank = banks.create(coordinator, new BankSettings("Crisis list " + crisis.reference(),
                "Hash list of crisis " + crisis.reference() + " (" + crisis.title() + "), shared with every participant "
                        + "of the EU Crisis Protocol", EnumSet.of(SignalKind.PDQ, SignalKind.MD5, SignalKind.SHA256,
                        SignalKind.URL), null, false, Sharing.SHARED, shares));
        jdbc.sql("insert into crisis_bank (crisis_id, bank_id, opened_at) values (?,?,?)")
                .params(crisis.id().value(), bank.id().value(), Timestamp.from(clock.instant())).update();
        return bank.id();
    }

    /** The bank of a crisis, once activated. */
    Optional<BankId> bankOf(CrisisId crisis) {
        return jdbc.sql("select bank_id from crisis_bank where crisis_id = ?").param(crisis.value()).query(UUID.class)
                .optional().map(BankId::new);
    }

    /** A provider that opts in gets WRITE access to every crisis bank (the coordinator's share rule). */
    @EventListener
    void on(CrisisParticipants.OptedIn joined) {
        for (UUID bank : jdbc.sql("select bank_id from crisis_bank order by opened_at").query(UUID.class).list()) {
            banks.grant(joined.by(), new BankId(bank), new Share(new OrganisationId(joined.organisation()), Access.WRITE));
        }
    }

    /** Gives a participant that has no share yet (e.g. an authority registered after the activation) its share. */
    void ensureShare(Auditor by, BankId bank, UUID organisation) {
        banks.grant(by, bank, new Share(new OrganisationId(organisation), Access.WRITE));
    }
}
