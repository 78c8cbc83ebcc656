package eu.vigil.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import eu.vigil.identity.Actor;
import eu.vigil.notice.Notice;
import eu.vigil.notice.NoticeRequest;
import eu.vigil.notice.Notices;
import eu.vigil.notice.TrustedFlaggers;
import eu.vigil.statements.StatementDraft;

/**
 * DSA notices for the demo (issue 14): the Commission loads its list of trusted flaggers, which awards the Dutch
 * hotline for child sexual abuse and trafficking in human beings; the hotline's trafficking notice to Pixelbay is
 * prioritised in Pixelbay's queue and removed (with its statement of reasons), a second one waits prioritised in
 * Pixelbay's queue, its drug-sales notice to Nubo lies
 * outside its expertise and is not prioritised; an anonymous notice on grooming (the one category that may waive the
 * notifier's name and e-mail) reaches Parlo; the Dutch authority notifies Harbour of a courier-recruitment post, which
 * Harbour restricts. All URLs are fictional.
 */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoNotices {

    private final Notices notices;
    private final TrustedFlaggers flaggers;
    private final DemoOrders orders;

    DemoNotices(Notices notices, TrustedFlaggers flaggers, DemoOrders orders) {
        this.notices = notices;
        this.flaggers = flaggers;
        this.orders = orders;
    }

    void seed() {
        Actor commission = orders.actor("commission.monitor");
        Actor hotline = orders.actor("hotline.analyst");
        Actor atkm = orders.actor("atkm.officer");
        flaggers.importFile(commission, false, """
                name,member_state,areas_of_expertise,organisation_id,status,status_date
                "%s",NL,child-sexual-abuse;trafficking-in-human-beings,%s,AWARDED,2024-09-12
                Stichting Veilig Online (demo),NL,drug-sales,,AWARDED,2025-02-03
                Jugendschutz Netzwerk (demo),DE,child-sexual-abuse,,SUSPENDED,2026-06-30
                """.formatted(hotline.organisationName(), hotline.organisationId().value()), "trusted-flaggers-demo.csv");

        Notice thb = send(hotline, "pixelbay.admin", "EXPLOITATION_ADVERTISEMENT", "nl",
                "The advert offers 'new girls from abroad' with a phone number that our analysts linked to a trafficking "
                        + "case; the photos show a minor.", false,
                "https://pixelbay.example/b/escort/5120", "https://pixelbay.example/b/escort/5121");
        decide(orders.actor("pixelbay.admin"), thb, "REMOVED", "Art. 273f Wetboek van Strafrecht (trafficking)",
                List.of("IMAGE", "TEXT"));
        send(hotline, "pixelbay.admin", "TRAFFICKING_RECRUITMENT", "nl",
                "A 'hostess job in Amsterdam, travel and flat paid' posted by the same number as the removed adverts.",
                false, "https://pixelbay.example/b/jobs/930");
        send(hotline, "nubo.admin", "DRUG_SALE_OFFER", "nl", "A price list for MDMA and cocaine with delivery by post.",
                false, "https://nubo.example/s/menu-amsterdam.pdf");
        send(hotline, "parlo.admin", "GROOMING", "nl", "An adult offers gifts to a twelve-year-old for pictures.", true,
                "https://parlo.example/c/room-7781");
        Notice couriers = send(atkm, "harbour.admin", "DRUG_COURIER_RECRUITMENT", "nl",
                "The post recruits minors as couriers ('easy money, 16+') for a drug network.", false,
                "https://harbour.example/status/99120");
        decide(orders.actor("harbour.admin"), couriers, "RESTRICTED", "Rules 4.2: illegal goods and services",
                List.of("TEXT"));
    }

    private Notice send(Actor sender, String providerLogin, String category, String language, String explanation,
            boolean anonymous, String... urls) {
        return notices.submit(sender, new NoticeRequest(orders.actor(providerLogin).organisationId().value(), category,
                explanation, language, anonymous ? null : sender.displayName(),
                anonymous ? null : sender.name() + "@demo.example", anonymous, true,
                java.util.Arrays.stream(urls).map(u -> new NoticeRequest.Location(u, null, null)).toList())).notice();
    }

    private void decide(Actor provider, Notice notice, String measure, String groundText, List<String> contentTypes) {
        boolean terms = measure.equals("RESTRICTED");
        notices.decide(provider, notice.id(), new Notices.Decision(List.of(), measure, null,
                terms ? "INCOMPATIBLE_CONTENT" : "ILLEGAL_CONTENT", groundText, null,
                new StatementDraft(contentTypes, null, LocalDate.of(2026, 11, 28), null, null, false)));
    }
}
