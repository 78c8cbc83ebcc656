package eu.vigil.removalorder;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Role;
import eu.vigil.registry.AuthorityId;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;

/**
 * Issuing removal orders (Art. 3): checks Annex I completeness (R1, R2), the issuing role (R3), the
 * 12-hour prior information (R5), the language (R6) and non-disclosure limits (R9); seals the order (R4),
 * delivers it to the provider's inbox with sending and receipt times (R7) and, for a cross-border order,
 * copies it to the host Member State in the same transaction (R8). The order type decides which of these TCO rules
 * apply and which Member State's authorities may issue it (issue 11, defect 6); a key makes issuing idempotent
 * (Build 7).
 */
@Service
public class IssuingRemovalOrders {

    /** Art. 3(2): prior information at least this long before a first order. */
    public static final Duration PRIOR_INFORMATION = Duration.ofHours(12);
    /** Art. 4(3): own-initiative scrutiny window. */
    public static final Duration SCRUTINY_WINDOW = Duration.ofHours(72);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final CompetentAuthorities authorities;
    private final HostingServiceProviders providers;
    private final OrderTypes types;
    private final OrderSeal seal;
    private final RemovalOrders orders;
    private final AnnexOneRules rules;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final eu.vigil.deconfliction.Deconfliction deconfliction;
    private final OrderLedger ledger;
    private final IdempotencyKeys keys;
    private final HostMemberStateCopies copies;
    private final OrderReferences references;
    private final PriorInformations priorInformations;
    private final CrisisChoice crises;
    private final eu.vigil.deconfliction.Duplicates duplicates;

    IssuingRemovalOrders(JdbcClient jdbc, Clock clock, AuditLog audit, CompetentAuthorities authorities,
            HostingServiceProviders providers, OrderTypes types, OrderSeal seal, RemovalOrders orders,
            AnnexOneRules rules, org.springframework.context.ApplicationEventPublisher events,
            eu.vigil.deconfliction.Deconfliction deconfliction, OrderLedger ledger, IdempotencyKeys keys,
            HostMemberStateCopies copies, OrderReferences references,
            PriorInformations priorInformations, CrisisChoice crises, eu.vigil.deconfliction.Duplicates duplicates) {
        this.crises = crises;
        this.duplicates = duplicates;
        this.priorInformations = priorInformations;
        this.references = references;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.authorities = authorities;
        this.providers = providers;
        this.types = types;
        this.seal = seal;
        this.orders = orders;
        this.rules = rules;
        this.events = events;
        this.deconfliction = deconfliction;
        this.keys = keys;
        this.copies = copies;
    }

    /** The issuing authority of an actor at {@code at}, if the actor may issue (R3). */
    public Optional<CompetentAuthority> issuingAuthorityOf(Actor actor, Instant at) {
        if (actor.kind() != OrganisationKind.COMPETENT_AUTHORITY
                || !actor.has(Role.OPERATOR)) {
            return Optional.empty();
        }
        return authorities.find(new AuthorityId(actor.organisationId().value()), at)
                .filter(a -> a.holds(AuthorityRole.ISSUE));
    }

    /** The actor's competent authority at {@code at}, whatever its roles, for order types outside Art. 12(1)(a). */
    private Optional<CompetentAuthority> registeredAuthorityOf(Actor actor, Instant at) {
        if (actor.kind() != OrganisationKind.COMPETENT_AUTHORITY || !actor.has(Role.OPERATOR)) {
            return Optional.empty();
        }
        return authorities.find(new AuthorityId(actor.organisationId().value()), at);
    }

    /** Records that the actor's authority informed a provider of procedures and deadlines (Art. 3(2)). */
    @Transactional
    public Instant recordPriorInformation(Actor actor, UUID providerId) {
        Instant now = clock.instant();
        CompetentAuthority issuer = issuingAuthorityOf(actor, now)
                .orElseThrow(() -> new Forbidden("only authorities designated under Art. 12(1)(a) inform providers"));
        providers.asOf(new ProviderId(providerId), now).orElseThrow(() -> new NotFound("provider " + providerId));
        int added = jdbc.sql("""
                insert into prior_information (authority_id, provider_id, sent_at, sent_by) values (?,?,?,?)
                on conflict do nothing""")
                .params(issuer.id().value(), providerId, Timestamp.from(now), actor.auditor().label()).update();
        if (added == 1) {
            audit.append(actor.auditor(), new AuditEvent("prior_information.sent", "hosting_service_provider",
                    providerId.toString(), null, null, Map.of("authority", issuer.code(), "sentAt", now)));
            return now;
        }
        return jdbc.sql("select sent_at from prior_information where authority_id = ? and provider_id = ?")
                .params(issuer.id().value(), providerId).query(Timestamp.class).single().toInstant();
    }

    /**
     * Issues an order.
     *
     * @throws eu.vigil.shared.InvalidInput naming every missing or malformed Annex I field (R1, R2, R9)
     */
    @Transactional
    public IssueOutcome issue(Actor actor, IssueRequest request) {
        return issue(actor, request, null);
    }

    /**
     * Issues an order at most once per idempotency key of the actor's organisation (Build 7): the same key with the
     * same request answers the order that request issued ({@link IssueOutcome.Issued#repeated()}), without a second
     * order or clock; the same key with another request is refused. A refused request gives its key back.
     *
     * @param idempotencyKey the client's key for this request, or null/blank to issue without one
     * @throws eu.vigil.shared.InvalidInput for a malformed key, and as {@link #issue(Actor, IssueRequest, String)}
     */
    @Transactional
    public IssueOutcome issue(Actor actor, IssueRequest request, String deconflictionOverride, String idempotencyKey) {
        Optional<String> key = IdempotencyKeys.checked(idempotencyKey);
        if (key.isEmpty()) {
            return issue(actor, request, deconflictionOverride);
        }
        UUID organisation = actor.organisationId().value();
        switch (keys.claim(organisation, key.get(), IdempotencyKeys.hash(request, deconflictionOverride), clock.instant())) {
            case IdempotencyKeys.Claim.Repeat r -> {
                return new IssueOutcome.Issued(orders.find(r.order()).orElseThrow(), true);
            }
            case IdempotencyKeys.Claim.Reused r -> {
                String reference = r.order() == null ? null : orders.find(r.order()).map(RemovalOrder::reference).orElse(null);
                return new IssueOutcome.Refused(IssueOutcome.Refusal.IDEMPOTENCY_KEY_REUSED, IdempotencyKeys.HEADER
                        + ": this key was already used for a different request"
                        + (reference == null ? "" : ", which issued order " + reference)
                        + ". Send a new key for a new order.", r.order());
            }
            case IdempotencyKeys.Claim.Fresh f -> {
            }
        }
        IssueOutcome outcome = issue(actor, request, deconflictionOverride);
        switch (outcome) {
            case IssueOutcome.Issued issued -> keys.bind(organisation, key.get(), issued.order().id());
            case IssueOutcome.Refused refused -> keys.release(organisation, key.get());
        }
        return outcome;
    }

    /**
     * Issues an order, overriding a deconfliction hold with a justification that is recorded for both parties.
     *
     * @param deconflictionOverride why the order must go out although an item is under investigation, or null
     */
    @Transactional
    public IssueOutcome issue(Actor actor, IssueRequest request, String deconflictionOverride) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Checked checked = checked(actor, request, now);
        if (checked.refused() != null) {
            return checked.refused();
        }
        OrderType type = checked.type();
        CompetentAuthority authority = checked.authority();
        HostingServiceProvider provider = checked.provider();
        String language = checked.language();
        List<eu.vigil.shared.ItemHash> hashes = request.items().stream().map(IssueRequest.Item::typedHash).toList();
        var hits = deconfliction.check(authority.id().value(), request.items().stream().map(IssueRequest.Item::url).toList(),
                hashes.stream().filter(h -> h != null && h.type() != eu.vigil.shared.ItemHash.Type.TMK_PDQF)
                        .map(eu.vigil.shared.ItemHash::value).toList());
        if (!hits.isEmpty()) {
            boolean override = deconflictionOverride != null && !deconflictionOverride.isBlank();
            deconfliction.recordHits(actor, hits, override ? "overridden: " + deconflictionOverride.strip() : "held");
            if (!override) {
                return new IssueOutcome.Refused(IssueOutcome.Refusal.DECONFLICTION_HOLD, "On hold for deconfliction: "
                        + hits.stream().map(h -> h.value() + " is under investigation by " + h.organisationName())
                                .distinct().reduce((a, b) -> a + "; " + b).orElse("")
                        + ". Both sides have been told. Coordinate with them, or issue with a recorded override.");
            }
        }
        // R37: open items of any sender's orders, referrals and notices that name the same content warn the issuer; a
        // binding order is not held for them (ADR 0035)
        List<eu.vigil.deconfliction.Duplicate> duplicated = duplicates.check(java.util.stream.IntStream
                .range(0, request.items().size()).mapToObj(i -> new eu.vigil.deconfliction.CaseItem(i + 1,
                        request.items().get(i).url().strip(), hashes.get(i))).toList());
        RemovalOrderId id = new RemovalOrderId(UUID.randomUUID());
        String host = provider.hostMemberState().orElse(null);
        boolean crossBorder = host != null && !host.equals(authority.memberState());
        Duration limit = type.authoritySetsDeadline() ? Duration.ofMinutes(request.deadlineMinutes()) : type.deadline();
        Duration warning = type.authoritySetsDeadline() ? Duration.ZERO : type.warning();
        String reference = references.next(authority, request.reference(), now);
        ledger.insert(id, reference, type, authority, provider, host, crossBorder, language, request, limit, warning, now,
                actor);
        ledger.annexParties(id, AnnexParties.of(authority, provider, authorities, now).json());
        if (!request.territorialScope().isEmpty()) {
            ledger.territorialScope(id, request.territorialScope().stream().map(c -> c.strip().toUpperCase())
                    .distinct().sorted().toArray(String[]::new));
        }
        if (crossBorder && type.opensCrossBorderScrutiny()) {
            // before sealing: Section D says whether the copy could be delivered
            copies.copy(id, reference, authority.id().value(), host, now, actor);
        }
        RemovalOrder unsealed = orders.find(id).orElseThrow();
        String payload = AnnexOne.payload(unsealed);
        ledger.seal(id, payload, seal.sign(authority.id().value(), payload, now));
        RemovalOrder issued = orders.find(id).orElseThrow();
        duplicates.register(actor, issued.caseRef(), issued.providerId(),
                issued.items().stream().map(OrderItem::asCaseItem).toList());
        crises.issued(actor, request, issued);
        events.publishEvent(new OrderIssued(issued, AnnexOne.fields(unsealed), Map.of("reference", reference,
                "provider", provider.name(), "sentAt", now, "receivedAt", now, "crossBorder", crossBorder,
                "emergency", request.emergency(),
                "emergencyJustification", request.emergency() ? request.emergencyJustification().strip() : ""),
                "Removal order " + reference + " from " + authority.label() + ": remove or disable the content within "
                        + limit.toMinutes() + " minutes of receipt (due " + now.plus(limit) + ").", now, actor.auditor()));
        return new IssueOutcome.Issued(issued, false, duplicated);
    }


    /** The request's order type, issuer, addressee and language once every rule before deconfliction passed. */
    private record Checked(OrderType type, CompetentAuthority authority, HostingServiceProvider provider,
            String language, IssueOutcome.Refused refused) {

        static Checked refusing(IssueOutcome.Refused refused) {
            return new Checked(null, null, null, null, refused);
        }
    }

    /**
     * The rules of issuing except deconfliction, shared by {@link #issue} and {@link #preview}.
     *
     * @throws eu.vigil.shared.InvalidInput as {@link #issue(Actor, IssueRequest)}
     */
    private Checked checked(Actor actor, IssueRequest request, Instant now) {
        OrderType type = crises.checked(actor, request, () -> rules.check(request, now));
        Optional<CompetentAuthority> issuer = type.requiresIssuingRole() ? issuingAuthorityOf(actor, now)
                : registeredAuthorityOf(actor, now);
        if (issuer.isEmpty()) {
            return Checked.refusing(new IssueOutcome.Refused(IssueOutcome.Refusal.NOT_AN_ISSUING_AUTHORITY, type.requiresIssuingRole()
                    ? "Your organisation is not registered for Art. 12(1)(a) on " + LocalDate.ofInstant(now, ZoneOffset.UTC)
                            + ", so it cannot issue removal orders."
                    : "Your organisation is not a competent authority in the register on "
                            + LocalDate.ofInstant(now, ZoneOffset.UTC) + ", so it cannot issue " + type.name() + "."));
        }
        CompetentAuthority authority = issuer.get();
        if (!type.issuableFrom(authority.memberState())) {
            throw eu.vigil.shared.InvalidInput.of("orderType", "Order type: " + type.name() + " is an order under the law"
                    + " of " + type.memberState() + " (" + type.legalBasis() + "); only authorities of " + type.memberState()
                    + " issue it, not " + authority.label() + " (" + authority.memberState() + ")");
        }
        Optional<RemovalOrderId> sameReference = request.reference() == null || request.reference().isBlank()
                ? Optional.empty() : references.orderWith(authority, request.reference().strip());
        if (sameReference.isPresent()) {
            return Checked.refusing(new IssueOutcome.Refused(IssueOutcome.Refusal.REFERENCE_ALREADY_USED, "Reference "
                    + request.reference().strip() + " is already the reference of an order of your authority; nothing"
                    + " new was issued. Leave it empty to get the next number.", sameReference.get()));
        }
        Optional<HostingServiceProvider> found = providers.asOf(new ProviderId(request.providerId()), now);
        if (found.isEmpty()) {
            return Checked.refusing(new IssueOutcome.Refused(IssueOutcome.Refusal.UNKNOWN_PROVIDER,
                    "No hosting service provider " + request.providerId() + " in the register on this date."));
        }
        HostingServiceProvider provider = found.get();
        String language = request.language().strip().toLowerCase();
        if (!provider.acceptedLanguages().contains(language)) {
            return Checked.refusing(new IssueOutcome.Refused(IssueOutcome.Refusal.LANGUAGE_NOT_ACCEPTED, provider.name()
                    + " accepts orders only in " + String.join(", ", provider.acceptedLanguages()) + " (Art. 15(2))."));
        }
        Optional<IssueOutcome.Refused> prior = type.requiresPriorInformation()
                ? priorInformationRefusal(authority, provider, request, now) : Optional.empty();
        if (prior.isPresent()) {
            return Checked.refusing(prior.get());
        }
        return new Checked(type, authority, provider, language, null);
    }

    private Optional<IssueOutcome.Refused> priorInformationRefusal(CompetentAuthority authority,
            HostingServiceProvider provider, IssueRequest request, Instant now) {
        PriorInformation prior = priorInformations.weigh(authority, provider, now);
        if (prior.met() || request.emergency()) {
            return Optional.empty();
        }
        if (prior.status() == PriorInformation.Status.MISSING) {
            return Optional.of(new IssueOutcome.Refused(IssueOutcome.Refusal.PRIOR_INFORMATION_MISSING,
                    "This is your first order to " + provider.name() + ": send the prior information on procedures "
                            + "and deadlines at least 12 hours before issuing (Art. 3(2)), or mark a justified emergency."));
        }
        return Optional.of(new IssueOutcome.Refused(IssueOutcome.Refusal.PRIOR_INFORMATION_MISSING,
                "Prior information was sent at " + prior.informedAt() + "; a first order may be issued from "
                        + prior.issuableFrom() + " (Art. 3(2)), or earlier only in a justified emergency."));
    }

    /** The open crisis cases the actor may issue an order under (issue 13), newest first. */
    public List<IssuedUnderCrisis.OpenCrisis> crisesOpenTo(Actor actor) {
        return crises.openTo(actor);
    }

    /**
     * Where the actor's authority stands with the Art. 3(2) prior information towards a provider for an order of
     * {@code orderType} (blank: the TCO removal order), as issuing would weigh it now (R5).
     *
     * @throws Forbidden if the actor's organisation is not designated to issue under Art. 12(1)(a)
     * @throws NotFound  for an unknown provider or order type
     */
    public PriorInformation priorInformation(Actor actor, String orderType, UUID providerId) {
        Instant now = clock.instant();
        String code = orderType == null || orderType.isBlank() ? OrderType.TCO : orderType.strip();
        OrderType type = types.find(code).orElseThrow(() -> new NotFound("order type " + code));
        CompetentAuthority issuer = issuingAuthorityOf(actor, now)
                .orElseThrow(() -> new Forbidden("only authorities designated under Art. 12(1)(a) issue removal orders"));
        HostingServiceProvider provider = providers.asOf(new ProviderId(providerId), now)
                .orElseThrow(() -> new NotFound("provider " + providerId));
        return type.requiresPriorInformation() ? priorInformations.weigh(issuer, provider, now)
                : new PriorInformation(PriorInformation.Status.NOT_REQUIRED, null, null);
    }

    /**
     * What issuing {@code request} now would give, storing nothing: the unsaved order with its Annex I, or the rule
     * that would refuse it. Deconfliction is weighed only when the order is issued.
     *
     * @throws eu.vigil.shared.InvalidInput naming every missing or malformed Annex I field, as issuing would
     */
    @Transactional(readOnly = true)
    public IssuePreview preview(Actor actor, IssueRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Checked c = checked(actor, request, now);
        if (c.refused() != null) {
            return new IssuePreview.Refused(c.refused());
        }
        return new IssuePreview.Draft(DraftOrders.draft(c.type(), c.authority(), c.provider(), c.language(), request,
                AnnexParties.of(c.authority(), c.provider(), authorities, now), copies.planned(c.authority(), c.provider(),
                        c.type(), now), now));
    }
}
