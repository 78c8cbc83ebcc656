package eu.vigil.demo;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import eu.vigil.deconfliction.Deconfliction;
import eu.vigil.deconfliction.InvestigationFlag;
import eu.vigil.identity.Actor;
import eu.vigil.referral.ActionDays;
import eu.vigil.referral.Referral;
import eu.vigil.referral.ReferralRequest;
import eu.vigil.referral.Referrals;

/**
 * Non-binding referrals for the demo (issue 14), so the referral pages, the provider's queue and every crime area's
 * dashboard have data: Europol refers terrorist propaganda to Kestrel (partly answered) and migrant-smuggling offers to
 * Harbour (answered); BKA refers trafficking advertisements to Pixelbay (one left online with a reason); OFAC and BKA
 * both refer the same drug shop to Nubo (a duplicate: Nubo sees both senders); a Europol referral to Aurora is held
 * because Garda flagged its URL as under investigation; and an action day sends 36 rows to six providers (three
 * refused), some already answered; BKA refers two grooming chat rooms of one account to Parlo (one removed). All URLs
 * are fictional.
 */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoReferrals {

    private final Referrals referrals;
    private final ActionDays days;
    private final Deconfliction deconfliction;
    private final DemoOrders orders;

    DemoReferrals(Referrals referrals, ActionDays days, Deconfliction deconfliction, DemoOrders orders) {
        this.referrals = referrals;
        this.days = days;
        this.deconfliction = deconfliction;
        this.orders = orders;
    }

    void seed() {
        Actor europol = orders.actor("europol.iru");
        Actor bka = orders.actor("bka.officer");
        Actor ofac = orders.actor("ofac.officer");
        Actor garda = orders.actor("garda.officer");
        Actor kestrel = orders.actor("kestrel.admin");
        Actor harbour = orders.actor("harbour.admin");
        Actor pixelbay = orders.actor("pixelbay.admin");
        Actor nubo = orders.actor("nubo.admin");

        Referral propaganda = send(europol, kestrel, "TERRORIST_PROPAGANDA", "ar", 24,
                "Community guidelines: dangerous organisations", null,
                "https://kestrel.example/watch/a81f|@nashir_media", "https://kestrel.example/watch/a820|@nashir_media",
                "https://kestrel.example/watch/b117|@al_bayan_mirror");
        answer(kestrel, propaganda, 1, "ACTIONED", "REMOVED", List.of(), null);
        answer(kestrel, propaganda, 2, "ACTIONED", "GEO_BLOCKED", List.of("AT", "DE"), null);

        Referral smuggling = send(europol, harbour, "SMUGGLING_OFFER", "ar", 72, "Rules: illegal goods and services", null,
                "https://harbour.example/status/77120|@crossing_now", "https://harbour.example/status/77188|@crossing_now");
        answer(harbour, smuggling, 1, "ACTIONED", "REMOVED", List.of(), null);
        answer(harbour, smuggling, 2, "ACTIONED", "RESTRICTED", List.of(), null);

        Referral trafficking = send(bka, pixelbay, "EXPLOITATION_ADVERTISEMENT", "de", 48,
                "Terms 6.3: sexual services and exploitation", null,
                "https://pixelbay.example/b/escort/4411|girls_berlin_24", "https://pixelbay.example/b/jobs/882|modeljobs_eu");
        answer(pixelbay, trafficking, 1, "ACTIONED", "REMOVED", List.of(), null);
        answer(pixelbay, trafficking, 2, "NOT_ACTIONED", null, List.of(),
                "A modelling agency with a registered address; no sign of exploitation in the post");

        send(ofac, nubo, "DRUG_SALE_OFFER", "fr", 48, "CGU art. 9 : produits illicites", null,
                "https://nubo.example/s/pharma-shop-menu.pdf|", "https://nubo.example/s/deliveries-paris.pdf|");
        send(bka, nubo, "DRUG_SALE_OFFER", "de", 48, "CGU art. 9 : produits illicites", null,
                "https://NUBO.example/s/pharma-shop-menu.pdf?utm_source=telegram|");

        Referral grooming = send(bka, orders.actor("parlo.admin"), "GROOMING", "de", 12,
                "Nutzungsbedingungen 4.1: Schutz von Minderjährigen", null,
                "https://parlo.example/c/room-5512|teen_chat_helper", "https://parlo.example/c/room-5518|teen_chat_helper");
        answer(orders.actor("parlo.admin"), grooming, 1, "ACTIONED", "REMOVED", List.of(), null);

        String flagged = "https://aurora.example/p/kokous-2211";
        deconfliction.flag(garda, InvestigationFlag.Kind.URL, flagged, "GARDA-CT-2026-031", null);
        send(europol, orders.actor("aurora.admin"), "TERRORIST_RECRUITMENT", "fi", 72, "Yhteisön säännöt 2.1", null,
                flagged + "|@uusi_kalifaatti");

        var imported = days.importCsv(europol, new ActionDays.Campaign("Action day against propaganda targeting minors (demo)",
                "action-day-demo.csv", "TERRORIST_PROPAGANDA", "Dangerous organisations and individuals", 72, null),
                actionDayCsv());
        imported.rows().stream().filter(r -> r.referral() != null && r.provider().startsWith("Kestrel")).limit(4)
                .forEach(r -> referrals.answer(kestrel, new eu.vigil.referral.ReferralId(r.referral()), List.of(
                        new Referrals.Feedback(r.position(), "ACTIONED", "REMOVED", List.of(), null))));
        imported.rows().stream().filter(r -> r.referral() != null && r.provider().startsWith("Hashtag")).limit(3)
                .forEach(r -> referrals.answer(harbour, new eu.vigil.referral.ReferralId(r.referral()), List.of(
                        new Referrals.Feedback(r.position(), r.position() == 3 ? "NOT_APPLICABLE" : "ACTIONED",
                                r.position() == 3 ? null : "REMOVED", List.of(), null))));
    }

    private String actionDayCsv() {
        String[][] hosts = {{"Kestrel Video Inc.", "kestrel.example/watch"}, {"Parlo Chat GmbH", "parlo.example/c"},
                {"Hashtag Harbour Inc.", "harbour.example/status"}, {"Aurora Social Oy", "aurora.example/p"},
                {"Veloce Streaming S.p.A.", "veloce.example/live"}, {"Mikro Fórum s.r.o.", "mikro.example/t"}};
        StringBuilder csv = new StringBuilder("provider,url,language,account\n");
        for (int i = 0; i < 33; i++) {
            String[] h = hosts[i % hosts.length];
            csv.append('"').append(h[0]).append("\",https://").append(h[1]).append("/ad-").append(1000 + i)
                    .append(",").append(i % 3 == 0 ? "en" : "de").append(",@youth_front_").append(i % 5).append('\n');
        }
        csv.append("Unknown Host Ltd,https://unknown.example/x/1,en,\n");
        csv.append("Kestrel Video Inc.,kestrel.example/no-scheme,en,\n");
        csv.append("Kestrel Video Inc.,https://kestrel.example/watch/ad-1000,en,\n");
        return csv.toString();
    }

    private Referral send(Actor sender, Actor provider, String category, String language, int hours, String clause,
            String override, String... items) {
        List<ReferralRequest.Item> list = java.util.Arrays.stream(items).map(i -> {
            String[] p = i.split("\\|", -1);
            return new ReferralRequest.Item(p[0], null, null, clause, p.length > 1 && !p[1].isEmpty() ? p[1] : null);
        }).toList();
        UUID providerId = provider.organisationId().value();
        return referrals.send(sender, new ReferralRequest(providerId, category, language, hours, null, list), override)
                .referral();
    }

    private void answer(Actor provider, Referral r, int position, String outcome, String action, List<String> states,
            String reason) {
        referrals.answer(provider, r.id(), List.of(new Referrals.Feedback(position, outcome, action, states, reason)));
    }
}
