package eu.vigil.referral.internal;

import java.util.ArrayList;
import java.util.List;

import eu.vigil.referral.Referral;
import eu.vigil.referral.ReferralItem;
import eu.vigil.report.PdfDocument;
import eu.vigil.web.Shell;

/**
 * A referral as a PDF for the provider's or the sender's files: headed, before anything else, by its non-binding
 * label, then its facts and its items with their answers, in the reader's language and time zone.
 */
final class ReferralDocument {

    private ReferralDocument() {
    }

    static byte[] pdf(Referral r, Shell shell) {
        var pdf = new PdfDocument(shell.t("referral.one", r.reference()));
        pdf.heading(shell.t("referral.nonBinding").toUpperCase(java.util.Locale.ROOT));
        pdf.paragraph(shell.t("referral.notAnOrder"));
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of(shell.t("referral.from"), r.senderName() + (r.senderMemberState() == null ? "" : " (" + r.senderMemberState() + ")")));
        facts.add(List.of(shell.t("referral.provider"), r.providerName()));
        facts.add(List.of(shell.t("referral.category"), shell.tOr("category." + r.category().name(), r.category().title())));
        facts.add(List.of(shell.t("referral.state"), shell.t("referral.state." + r.state().name())));
        facts.add(List.of(shell.t("referral.outcomeLabel"), shell.t("referral.outcome." + r.outcome().name())));
        facts.add(List.of(shell.t("referral.sent"), r.sentAt() == null ? "—" : shell.time(r.sentAt())));
        facts.add(List.of(shell.t("referral.requested"), shell.t("referral.hours", r.requestedResponse().toHours())
                + r.respondBy().map(t -> " · " + shell.t("referral.respondBy") + " " + shell.time(t)).orElse("")
                + " (" + shell.t("referral.noLegalClock") + ")"));
        r.responseTime().ifPresent(t -> facts.add(List.of(shell.t("referral.measured"), shell.t("referral.minutes", t.toMinutes()))));
        pdf.facts(facts);
        pdf.heading(shell.t("referral.items"));
        List<List<String>> rows = new ArrayList<>();
        for (ReferralItem i : r.items()) {
            String answer = i.feedback() == null ? shell.t("referral.open")
                    : shell.t("referral.feedback." + i.feedback().outcome().name())
                            + (i.feedback().action() == null ? "" : " · " + shell.t("referral.action." + i.feedback().action().name()))
                            + (i.feedback().memberStates().isEmpty() ? "" : " · " + String.join(", ", i.feedback().memberStates()))
                            + (i.feedback().reason() == null ? "" : " · " + i.feedback().reason());
            rows.add(List.of(String.valueOf(i.position()), i.url() + (i.hash() == null ? "" : "\n" + i.hash().type().label()
                    + ": " + i.hash().abbreviated()), i.termsClause(), answer));
        }
        pdf.table(List.of("#", shell.t("referral.item"), shell.t("referral.termsClause"), shell.t("referral.answer")), rows);
        pdf.note(shell.t("referral.nonBinding") + " · " + r.reference());
        return pdf.finish();
    }
}
