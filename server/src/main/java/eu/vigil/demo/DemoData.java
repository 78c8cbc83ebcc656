package eu.vigil.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.Actor;
import eu.vigil.identity.Credential;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.identity.Users;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.ContactChannel;
import eu.vigil.registry.ContactPoint;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.LegalRepresentative;
import eu.vigil.registry.ProviderDeclaration;
import eu.vigil.registry.SizeClass;

/** Seeds a believable EU for {@code ./vigil demo} and prints the URL and logins when the server is ready. */
@Component
@ConditionalOnProperty(name = "vigil.demo.enabled", havingValue = "true")
class DemoData {

    /** Password of every demo login. */
    static final String PASSWORD = "vigil-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organisations organisations;
    private final Users users;
    private final CompetentAuthorities authorities;
    private final HostingServiceProviders providers;
    private final Clock clock;
    private final Environment environment;
    private final DemoOrders demoOrders;
    private final DemoCrisis demoCrisis;
    private final DemoReferrals demoReferrals;
    private final DemoNotices demoNotices;
    private final DemoYear demoYear;
    private final List<String[]> logins = new ArrayList<>();

    DemoData(Organisations organisations, Users users, CompetentAuthorities authorities,
            HostingServiceProviders providers, Clock clock, Environment environment, DemoOrders demoOrders,
            DemoCrisis demoCrisis, DemoReferrals demoReferrals, DemoNotices demoNotices, DemoYear demoYear) {
        this.demoYear = demoYear;
        this.demoCrisis = demoCrisis;
        this.demoReferrals = demoReferrals;
        this.demoNotices = demoNotices;
        this.organisations = organisations;
        this.users = users;
        this.authorities = authorities;
        this.providers = providers;
        this.clock = clock;
        this.environment = environment;
        this.demoOrders = demoOrders;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seedAndAnnounce() {
        if (users.findByUsername("bka.officer").isEmpty()) {
            // the register and the users exist from the start of the year of history, which comes first
            demoYear.at(demoYear.start(), this::seed);
            demoYear.seed();
            demoOrders.seed();
            demoCrisis.seed();
            demoReferrals.seed();
            demoNotices.seed();
            log.info("Demo data seeded");
        }
        announce();
    }

    private void seed() {
        Auditor system = Auditor.system("demo data");
        Organisation admin = organisations.all().stream().filter(o -> o.kind() == OrganisationKind.PLATFORM_ADMIN)
                .findFirst().orElseThrow();
        Actor seeder = new Actor(java.util.UUID.randomUUID(), "demo-seeder", "Demo seeder", Credential.PASSWORD,
                admin.id(), admin.name(), OrganisationKind.PLATFORM_ADMIN, null, Set.of(Role.ADMIN));
        authority(system, "DE-BKA", "bka.officer", "Anna Schmidt");
        authority(system, "DE-BNETZA", "bnetza.officer", "Jonas Weber");
        authority(system, "FR-OFAC", "ofac.officer", "Camille Martin");
        authority(system, "NL-ATKM", "atkm.officer", "Sanne de Vries");
        irishScrutinyDesignation(system);
        authority(system, "IE-GARDA", "garda.officer", "Aoife Byrne");
        authority(system, "ES-CITCO", "citco.officer", "Lucía García");
        organisation(system, OrganisationKind.EUROPOL, "Europol — EU Internet Referral Unit", null, "europol.iru",
                "Marek Nowak");
        organisation(system, OrganisationKind.COMMISSION, "European Commission — DG HOME", null, "commission.monitor",
                "Elena Rossi");
        organisation(system, OrganisationKind.NOTIFIER, "Meldpunt Online — Dutch hotline (demo)", "NL",
                "hotline.analyst", "Noor Jansen");

        provider(seeder, system, "kestrel", "Kestrel Video Inc.", "video hosting", SizeClass.LARGE, null,
                rep("Kestrel EU Representative Ltd", "IE", "1 Grand Canal Quay, Dublin 2", "eu-rep@kestrel.example"),
                List.of(cp(ContactChannel.EMAIL, "tco@kestrel.example", true, "en", "ga"),
                        cp(ContactChannel.API, "https://api.kestrel.example/tco", true, "en")));
        provider(seeder, system, "parlo", "Parlo Chat GmbH", "group chat with public channels", SizeClass.MEDIUM, "DE",
                null, List.of(cp(ContactChannel.EMAIL, "behoerden@parlo.example", true, "de", "en")));
        provider(seeder, system, "nubo", "Nubo Fichiers SAS", "file sharing", SizeClass.SMALL, "FR", null,
                List.of(cp(ContactChannel.WEBFORM, "https://nubo.example/autorites", false, "fr", "en")));
        provider(seeder, system, "harbour", "Hashtag Harbour Inc.", "microblogging", SizeClass.LARGE, null,
                rep("Harbour Legal B.V.", "NL", "Keizersgracht 100, Amsterdam", "legal@harbour.example"),
                List.of(cp(ContactChannel.EMAIL, "orders@harbour.example", true, "en", "nl"),
                        cp(ContactChannel.PHONE, "+31 20 000 0000", true, "en")));
        provider(seeder, system, "mikro", "Mikro Fórum s.r.o.", "discussion forum", SizeClass.MICRO, "CZ", null,
                List.of(cp(ContactChannel.EMAIL, "spravce@mikro.example", false, "cs")));
        provider(seeder, system, "aurora", "Aurora Social Oy", "social network", SizeClass.MEDIUM, "FI", null,
                List.of(cp(ContactChannel.EMAIL, "viranomaiset@aurora.example", true, "fi", "sv", "en")));
        provider(seeder, system, "pixelbay", "Pixelbay Pte. Ltd.", "image boards", SizeClass.MEDIUM, null,
                rep("Pixelbay Europe S.à r.l.", "LU", "2 rue du Fort, Luxembourg", "europe@pixelbay.example"),
                List.of(cp(ContactChannel.EMAIL, "abuse@pixelbay.example", false, "fr", "de", "en")));
        provider(seeder, system, "veloce", "Veloce Streaming S.p.A.", "live streaming", SizeClass.LARGE, "IT", null,
                List.of(cp(ContactChannel.PERCI, "PERCI: Veloce Streaming", true, "it", "en"),
                        cp(ContactChannel.EMAIL, "autorita@veloce.example", true, "it", "en")));
        provider(seeder, system, "cyclops", "Cyclops Paste LLC", "text paste service", SizeClass.SMALL, null, null,
                List.of(cp(ContactChannel.EMAIL, "admin@cyclops.example", false, "en")));
        provider(seeder, system, "quill", "Quill Blogs Ltd.", "blog hosting", SizeClass.SMALL, null,
                rep("Quill Representación S.L.", "ES", "Calle Mayor 1, Madrid", "rep@quill.example"),
                List.of(cp(ContactChannel.EMAIL, "legal@quill.example", false, "es", "en")));
        provider(seeder, system, "atlas", "Atlas Cloud Hosting Corp.", "cloud and web hosting", SizeClass.VLOP, null,
                rep("Atlas Cloud Ireland Ltd", "IE", "Sir John Rogerson's Quay, Dublin 2", "tco-rep@atlas.example"),
                List.of(cp(ContactChannel.EMAIL, "tco@atlas.example", true, "en", "ga"),
                        cp(ContactChannel.API, "https://atlas.example/api/tco", true, "en")));
    }

    /**
     * The register does not say who holds role (b) in Ireland (legal spec §5.1: the scope of S.I. No. 375/2025 is
     * unverified), so no copy of an order to an Irish-represented provider could be delivered and nobody could
     * show a scrutiny. The demo records, as an unverified version of its own, that the Garda holds role (b); a
     * real installation takes the role from the Commission's register instead.
     */
    private void irishScrutinyDesignation(Auditor system) {
        var garda = authorities.findByCode("IE-GARDA", clock.instant()).orElseThrow();
        var roles = java.util.EnumSet.copyOf(garda.roles());
        roles.add(eu.vigil.registry.AuthorityRole.SCRUTINISE);
        authorities.apply(system, new eu.vigil.registry.AuthorityEntry(garda.code(), garda.memberState(), garda.name(),
                garda.abbreviation(), roles, garda.contactPoint(), garda.contactEmail(), garda.contactPhone(),
                "Vigil demo data (not the Commission's register)", eu.vigil.registry.Confidence.UNVERIFIED,
                "Demo assumption: role (b) taken from the further designation S.I. No. 375/2025, whose scope is"
                        + " unverified", clock.instant().minusSeconds(60), garda.type(), garda.postalAddress(),
                garda.fax(), garda.redressProvisions()));
    }

    private void authority(Auditor system, String code, String username, String name) {
        var authority = authorities.findByCode(code, clock.instant()).orElseThrow();
        var org = organisations.register(system, new OrganisationId(authority.id().value()),
                OrganisationKind.COMPETENT_AUTHORITY, authority.label(), authority.memberState());
        user(system, org.id(), username, name, authority.label());
    }

    private void organisation(Auditor system, OrganisationKind kind, String name, String ms, String username,
            String person) {
        var org = organisations.register(system, new OrganisationId(java.util.UUID.randomUUID()), kind, name, ms);
        user(system, org.id(), username, person, name);
    }

    private void provider(Actor seeder, Auditor system, String key, String name, String services, SizeClass size,
            String mainEstablishment, LegalRepresentative rep, List<ContactPoint> contacts) {
        var p = providers.register(seeder, new ProviderDeclaration(name, services, size, true, mainEstablishment, rep,
                contacts, null));
        user(system, new OrganisationId(p.id().value()), key + ".admin", "Trust & Safety lead, " + name, name);
    }

    private void user(Auditor system, OrganisationId org, String username, String name, String organisation) {
        users.createUnchecked(system, org, new Users.NewUser(username, name, username + "@demo.example", PASSWORD,
                Set.of(Role.ADMIN, Role.OPERATOR)));
        logins.add(new String[] {username, organisation});
    }

    private static LegalRepresentative rep(String name, String ms, String address, String email) {
        return new LegalRepresentative(name, ms, address, email, LocalDate.of(2022, 6, 7));
    }

    private static ContactPoint cp(ContactChannel channel, String address, boolean always, String... languages) {
        return new ContactPoint(channel, address, List.of(languages), always);
    }

    private void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder out = new StringBuilder();
        out.append("\n================================================================\n");
        out.append(" Vigil demo is running:  http://localhost:").append(port).append("/\n");
        out.append(" API docs:               http://localhost:").append(port).append("/swagger-ui.html\n");
        out.append(" Every demo login has the password: ").append(PASSWORD).append("\n");
        if (logins.isEmpty()) {
            for (String u : List.of("admin", "bka.officer", "bnetza.officer", "ofac.officer", "atkm.officer",
                    "garda.officer", "citco.officer", "europol.iru", "commission.monitor", "kestrel.admin",
                    "parlo.admin", "harbour.admin", "cyclops.admin", "hotline.analyst")) {
                out.append("   ").append(u).append('\n');
            }
        } else {
            out.append("   admin  (platform administration)\n");
            for (String[] l : logins) {
                out.append("   ").append(String.format("%-20s", l[0])).append(" (").append(l[1]).append(")\n");
            }
        }
        out.append("================================================================\n");
        System.out.println(out);
    }
}
