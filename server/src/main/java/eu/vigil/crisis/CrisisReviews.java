package eu.vigil.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.Organisations;

/**
 * The post-crisis review of a crisis to its participants (R41): the figures computed from its audit trail
 * ({@link CrisisReview}), the review text once the coordinator recorded it, when it is due and whether it is overdue.
 */
@Service
public class CrisisReviews {

    /**
     * What the review page and its exports show.
     *
     * @param names      organisation names by id (as text), for the figures that name an organisation
     * @param dueAt      when the review is due, once an activated crisis was closed
     * @param flagged    whether the review is overdue now
     * @param mayRecord  whether the reader may record the review now (the coordinator of a closed crisis)
     * @param computedAt when the figures were computed
     */
    public record Review(CrisisCase crisis, CrisisReview figures, Map<String, String> names, Optional<Instant> dueAt,
            boolean flagged, boolean mayRecord, Instant computedAt) {

        /** The name of an organisation given by id, or the text itself when it is not one we know. */
        public String name(String organisation) {
            return names.getOrDefault(organisation, organisation);
        }
    }

    private final Crises crises;
    private final AuditLog audit;
    private final CrisisParticipants participants;
    private final Organisations organisations;
    private final CrisisSettings settings;
    private final Clock clock;

    CrisisReviews(Crises crises, AuditLog audit, CrisisParticipants participants, Organisations organisations,
            CrisisSettings settings, Clock clock) {
        this.crises = crises;
        this.audit = audit;
        this.participants = participants;
        this.organisations = organisations;
        this.settings = settings;
        this.clock = clock;
    }

    /** The review of a crisis, to a participant. */
    public Review of(Actor actor, CrisisId id) {
        CrisisCase crisis = crises.get(actor, id);
        Instant now = clock.instant();
        Map<String, String> names = new HashMap<>();
        organisations.all().forEach(o -> names.put(o.id().value().toString(), o.name()));
        var figures = CrisisReview.of(audit.trail("crisis_case", id.toString()), participants.all(),
                settings.sitrepInterval(), now);
        Optional<Instant> due = crisis.wasActivated() && crisis.closedAt() != null
                ? Optional.of(settings.reviewPeriod().dueAt(crisis.closedAt())) : Optional.empty();
        return new Review(crisis, figures, Map.copyOf(names), due, crisis.reviewFlaggedAt(now, settings.reviewPeriod()),
                crisis.steps(CrisisParticipants.coordinator(actor)).contains(CrisisStep.RECORD_REVIEW), now);
    }

    /** Those of {@code cases} whose post-crisis review is overdue now (R41), for the list of crises. */
    public Set<CrisisId> flagged(List<CrisisCase> cases) {
        Instant now = clock.instant();
        return cases.stream().filter(c -> c.reviewFlaggedAt(now, settings.reviewPeriod())).map(CrisisCase::id)
                .collect(Collectors.toUnmodifiableSet());
    }
}
