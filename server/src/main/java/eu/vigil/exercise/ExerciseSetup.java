package eu.vigil.exercise;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.audit.Auditor;
import eu.vigil.crisis.CrisisParticipants;
import eu.vigil.identity.Actor;
import eu.vigil.identity.Credential;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.identity.Users;
import eu.vigil.installation.InstallationClock;
import eu.vigil.installation.InstallationPurpose;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.ContactChannel;
import eu.vigil.registry.ContactPoint;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.LegalRepresentative;
import eu.vigil.registry.ProviderDeclaration;
import eu.vigil.registry.SizeClass;

/**
 * Starts the exercise of {@code vigil.exercise.scenario} ({@code ./vigil exercise run SCENARIO}). While the server
 * starts it refuses any database that is not an exercise database ({@link ExerciseRefused}), and one that holds
 * another scenario's exercise. When the server is ready on a database without an exercise it creates the scenario's
 * organisations and logins, opts the providers in to the Crisis Protocol, records the MSEL and starts scenario time;
 * on a restart it continues. Either way it prints the logins.
 */
@Component
@ConditionalOnProperty(name = "vigil.exercise.scenario")
class ExerciseSetup {

    private static final Logger log = LoggerFactory.getLogger(ExerciseSetup.class);

    private final Scenario scenario;
    private final String text;
    private final String password;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Organisations organisations;
    private final Users users;
    private final CompetentAuthorities authorities;
    private final HostingServiceProviders providers;
    private final CrisisParticipants crisis;
    private final Exercises exercises;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final eu.vigil.registry.ReferenceData reference;
    private final ExerciseDelivery delivery;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ExerciseSetup(@Value("${vigil.exercise.scenario}") String file,
            @Value("${vigil.exercise.password:vigil-exercise-2026}") String password, InstallationClock installation,
            Clock clock, JdbcClient jdbc, Organisations organisations, Users users, CompetentAuthorities authorities,
            HostingServiceProviders providers, CrisisParticipants crisis, Exercises exercises,
            ApplicationEventPublisher events, TransactionTemplate transaction, Environment environment,
            eu.vigil.registry.ReferenceData reference, ExerciseDelivery delivery) {
        this.reference = reference;
        this.delivery = delivery;
        this.scenario = ScenarioFile.read(Path.of(file));
        try {
            this.text = java.nio.file.Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.password = password;
        this.jdbc = jdbc;
        this.clock = clock;
        this.organisations = organisations;
        this.users = users;
        this.authorities = authorities;
        this.providers = providers;
        this.crisis = crisis;
        this.exercises = exercises;
        this.events = events;
        this.transaction = transaction;
        this.environment = environment;
        // The Clock bean was built first: the installation's purpose is known by now.
        if (installation.purpose().orElse(null) != InstallationPurpose.EXERCISE) {
            throw new ExerciseRefused("The exercise '" + scenario.name() + "' is refused: this database is "
                    + installation.purpose().map(p -> "a " + p + " database").orElse("a real one (no recorded purpose)")
                    + ". An exercise runs only on an exercise database of its own, recorded as one when "
                    + "./vigil exercise run first starts on it empty (data/exercise/<name>).");
        }
        exercises.run().ifPresent(run -> {
            if (!run.name().equals(scenario.name())) {
                throw new ExerciseRefused("The exercise '" + scenario.name() + "' is refused: this exercise database "
                        + "holds the exercise '" + run.name() + "'. Each exercise has a database of its own.");
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void startOrContinue() {
        List<String[]> logins = new ArrayList<>();
        if (exercises.run().isEmpty()) {
            transaction.executeWithoutResult(status -> create(logins));
            log.info("Exercise {} started: {} participants, {} injects", scenario.name(),
                    scenario.participants().size(), scenario.injects().size());
        } else {
            log.info("Exercise {} continues at scenario time {}", scenario.name(),
                    ScenarioTime.format(exercises.run().orElseThrow().now(clock)));
        }
        delivery.deliverDue(); // the injects at scenario time zero, without waiting for the schedule
        announce();
    }

    private void create(List<String[]> logins) {
        Auditor system = Auditor.system("exercise " + scenario.name());
        Organisation admin = organisations.all().stream().filter(o -> o.kind() == OrganisationKind.PLATFORM_ADMIN)
                .findFirst().orElseThrow();
        Actor seeder = new Actor(UUID.randomUUID(), "exercise-seeder", "Exercise seeder", Credential.PASSWORD,
                admin.id(), admin.name(), OrganisationKind.PLATFORM_ADMIN, null, Set.of(Role.ADMIN));
        Instant registered = clock.instant();
        int position = 0;
        Set<UUID> everyone = new LinkedHashSet<>();
        for (Scenario.Participant p : scenario.participants()) {
            OrganisationId org = switch (p.kind()) {
                case EUROPOL -> organisations.register(system, new OrganisationId(UUID.randomUUID()),
                        OrganisationKind.EUROPOL, p.name(), null).id();
                case AUTHORITY -> organisations.register(system, new OrganisationId(authority(p, registered).id().value()),
                        OrganisationKind.COMPETENT_AUTHORITY, p.name(), p.memberState()).id();
                case PROVIDER -> new OrganisationId(providers.register(seeder, declaration(p)).id().value());
            };
            for (Scenario.Person u : p.users()) {
                users.createUnchecked(system, org, new Users.NewUser(u.username(), u.name(),
                        u.username() + "@exercise.example", password, Set.of(Role.ADMIN, Role.OPERATOR)));
            }
            if (p.kind() == Scenario.Kind.PROVIDER) {
                Scenario.Person first = p.users().getFirst();
                var user = users.findByUsername(first.username()).orElseThrow();
                crisis.optIn(new Actor(user.id().value(), first.username(), first.name(), Credential.PASSWORD, org,
                        p.name(), OrganisationKind.HOSTING_SERVICE_PROVIDER, p.memberState(), user.roles()),
                        p.name() + " crisis desk (exercise)", "crisis@" + p.key() + ".exercise.example",
                        "+00 000 " + (1000 + position));
            }
            jdbc.sql("insert into exercise_participant (key, kind, name, organisation_id, position) values (?,?,?,?,?)")
                    .params(p.key(), p.kind().name(), p.name(), org.value(), position++).update();
            everyone.add(org.value());
        }
        for (var staff : List.of(Map.entry(Exercises.StaffRole.FACILITATOR, scenario.facilitators()),
                Map.entry(Exercises.StaffRole.EVALUATOR, scenario.evaluators()))) {
            for (Scenario.Person u : staff.getValue()) {
                users.createUnchecked(system, admin.id(), new Users.NewUser(u.username(), u.name(),
                        u.username() + "@exercise.example", password, Set.of(Role.ADMIN, Role.OPERATOR)));
                jdbc.sql("insert into exercise_staff (username, role) values (?, ?)")
                        .params(u.username(), staff.getKey().name()).update();
            }
        }
        // Scenario time starts once the logins exist: hashing their passwords takes real seconds, minutes at rate 120
        Instant now = clock.instant();
        jdbc.sql("""
                insert into exercise (id, name, title, scenario, clock_rate, started_at)
                values (1, ?, ?, ?, ?, ?)""")
                .params(scenario.name(), scenario.title(), text, scenario.clockRate(),
                        Timestamp.from(now))
                .update();
        for (Scenario.Inject i : scenario.injects()) {
            record(i);
        }
        everyone.addAll(exercises.staffOrganisations());
        events.publishEvent(new ExerciseEvent(ExerciseEvent.STARTED, null, now, system, everyone,
                "EXERCISE — " + scenario.title() + " has started (scenario time +00:00:00). This is an exercise: "
                        + "nothing on this installation is real.", Map.of("name", scenario.name(),
                        "title", scenario.title())));
    }

    private void record(Scenario.Inject i) {
        jdbc.sql("""
                insert into exercise_inject (id, at_seconds, targets, title, text, urls, status)
                values (?, ?, ?, ?, ?, ?, 'PENDING')""")
                .params(i.id(), i.at().toSeconds(), i.targets().toArray(String[]::new), i.title(), i.text(),
                        i.urls().toArray(String[]::new))
                .update();
        for (int n = 0; n < i.expect().size(); n++) {
            Scenario.Expectation e = i.expect().get(n);
            jdbc.sql("""
                    insert into exercise_expectation (inject_id, n, action, by_keys, within_seconds, note)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(i.id(), n, e.action().name(), e.by().toArray(String[]::new),
                            e.within() == null ? null : e.within().toSeconds(), e.note())
                    .update();
        }
        for (int n = 0; n < i.images().size(); n++) {
            Scenario.Image image = i.images().get(n);
            jdbc.sql("insert into exercise_image (inject_id, n, name, png, sha256) values (?, ?, ?, ?, ?)")
                    .params(i.id(), n, image.name(), image.bytes(),
                            eu.vigil.hashing.ExactHashes.sha256(image.bytes()).toText())
                    .update();
        }
    }

    private CompetentAuthority authority(Scenario.Participant p, Instant now) {
        if (p.authority() != null) {
            return authorities.findByCode(p.authority(), now).orElseThrow(() -> new ExerciseRefused(
                    "participant " + p.key() + ": no authority " + p.authority() + " in the register"));
        }
        return authorities.asOf(now).stream()
                .filter(a -> a.memberState().equals(p.memberState()) && a.holds(AuthorityRole.ISSUE))
                .sorted(CompetentAuthorities.BY_STATE_AND_NAME).findFirst()
                .orElseThrow(() -> new ExerciseRefused("participant " + p.key() + ": the register has no authority of "
                        + p.memberState() + " that issues removal orders; name one with authority:"));
    }

    private ProviderDeclaration declaration(Scenario.Participant p) {
        LegalRepresentative rep = p.memberState() != null ? null : new LegalRepresentative(p.name()
                + " EU representative (exercise)", scenario.memberStates().getFirst(), "Exercise street 1",
                "rep@" + p.key() + ".exercise.example", LocalDate.of(2022, 6, 7));
        return new ProviderDeclaration(p.name(), "exercise participant", SizeClass.MEDIUM, true, p.memberState(), rep,
                List.of(new ContactPoint(ContactChannel.EMAIL, "tco@" + p.key() + ".exercise.example",
                        languages(p.memberState() != null ? p.memberState() : scenario.memberStates().getFirst()),
                        true)), null);
    }

    /** English and the host Member State's official languages (Art. 15(2)). */
    private List<String> languages(String memberState) {
        var languages = new LinkedHashSet<>(List.of("en"));
        reference.memberState(memberState).ifPresent(ms -> languages.addAll(ms.languages()));
        return List.copyOf(languages);
    }

    private void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder out = new StringBuilder("\n================================================================\n");
        out.append(" EXERCISE ").append(scenario.name()).append(": ").append(scenario.title()).append('\n');
        out.append(" Running on an exercise database of its own at http://localhost:").append(port).append("/\n");
        out.append(" Facilitator's MSEL and after-action report: http://localhost:").append(port).append("/exercise\n");
        out.append(" Clock: ").append(scenario.clockRate().stripTrailingZeros().toPlainString())
                .append(" Vigil seconds per real second; scenario length ")
                .append(ScenarioTime.format(scenario.length())).append('\n');
        out.append(" Every exercise login has the password: ").append(password).append('\n');
        scenario.facilitators().forEach(u -> out.append(String.format("   %-22s (facilitator)%n", u.username())));
        scenario.evaluators().forEach(u -> out.append(String.format("   %-22s (evaluator)%n", u.username())));
        for (Scenario.Participant p : scenario.participants()) {
            p.users().forEach(u -> out.append(String.format("   %-22s (%s, %s)%n", u.username(), p.name(), p.key())));
        }
        out.append("================================================================\n");
        System.out.println(out);
    }
}
