package eu.vigil.removalorder.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.AnnexOne;
import eu.vigil.removalorder.AnsweringRemovalOrders;
import eu.vigil.removalorder.Feedback;
import eu.vigil.removalorder.Impossibility;
import eu.vigil.removalorder.IssueOutcome;
import eu.vigil.removalorder.IssueRequest;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.OrderType;
import eu.vigil.removalorder.OrderTypes;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.RemovalOrders;
import eu.vigil.removalorder.SealCheck;
import eu.vigil.removalorder.Scrutiny;
import eu.vigil.removalorder.ScrutinyProceedings;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.PagedList;
import eu.vigil.shared.ProblemTypes;
import eu.vigil.shared.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.vigil.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** REST API of removal orders: issuing, the provider's inbox and answers, the issuer's clarification. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Removal orders")
class RemovalOrderApi {

    private final IssuingRemovalOrders issuing;
    private final AnsweringRemovalOrders answering;
    private final RemovalOrders orders;
    private final OrderTypes types;
    private final SealCheck seals;
    private final Clock clock;
    private final ScrutinyProceedings scrutiny;
    private final eu.vigil.removalorder.OrderDocuments documents;
    private final eu.vigil.removalorder.Preservation preservation;
    private final eu.vigil.removalorder.Complaints complaints;

    RemovalOrderApi(IssuingRemovalOrders issuing, AnsweringRemovalOrders answering, RemovalOrders orders,
            OrderTypes types, SealCheck seals, Clock clock, ScrutinyProceedings scrutiny,
            eu.vigil.removalorder.OrderDocuments documents, eu.vigil.removalorder.Preservation preservation,
            eu.vigil.removalorder.Complaints complaints) {
        this.issuing = issuing;
        this.answering = answering;
        this.orders = orders;
        this.types = types;
        this.seals = seals;
        this.clock = clock;
        this.scrutiny = scrutiny;
        this.documents = documents;
        this.preservation = preservation;
        this.complaints = complaints;
    }

    @Operation(summary = "Configured order types and their deadline rules (R53)")
    @GetMapping("/order-types")
    List<OrderType> orderTypes() {
        return types.all();
    }

    @Operation(summary = "Issue a removal order (Annex I); items carry a typed hash (hashType PDQ, MD5, SHA256 or"
            + " TMK_PDQF with hash, or hash written type:value; a bare 32-digit value is an MD5, a bare 64-digit one is"
            + " refused as ambiguous, R38). 201 issued, with duplicates: open cases of any sender that already name an"
            + " item (R37, a warning: the order is issued), 400 incomplete or a malformed hash, 403 not an issuing authority,"
            + " 409 reference already used, 422 refused by a rule or Idempotency-Key reused for another request. With an"
            + " Idempotency-Key header the same request is issued once: repeating it answers the first order again"
            + " (201, same Location, Idempotent-Replayed: true)")
    @PostMapping("/removal-orders")
    ResponseEntity<?> issue(@RequestBody @Valid IssueRequest request,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String deconflictionOverride,
            @org.springframework.web.bind.annotation.RequestHeader(name = "Idempotency-Key", required = false)
            String idempotencyKey) {
        return switch (issuing.issue(CurrentActor.get(), request, deconflictionOverride, idempotencyKey)) {
            case IssueOutcome.Issued issued -> ResponseEntity.created(location(issued.order().id()))
                    .header("Idempotent-Replayed", String.valueOf(issued.repeated()))
                    .body(view(issued.order(), issued.duplicates()));
            case IssueOutcome.Refused refused -> refusal(refused);
        };
    }

    private static URI location(RemovalOrderId id) {
        return URI.create("/api/v1/removal-orders/" + id);
    }

    @Operation(summary = "Record the Art. 3(2) prior information to a provider (needed 12 h before a first order)")
    @PostMapping("/prior-information")
    Map<String, Object> priorInformation(@RequestBody Map<String, UUID> body) {
        UUID provider = body.get("providerId");
        if (provider == null) {
            throw eu.vigil.shared.InvalidInput.of("providerId", "is required");
        }
        Instant sent = issuing.recordPriorInformation(CurrentActor.get(), provider);
        return Map.of("providerId", provider, "sentAt", sent, "firstOrderFrom", sent.plus(IssuingRemovalOrders.PRIOR_INFORMATION));
    }

    @Operation(summary = "Orders visible to the caller (R34), newest first; paged (page, size up to "
            + ResultPage.MAX_SIZE + "), total in X-Total-Count, links in Link")
    @GetMapping("/removal-orders")
    ResponseEntity<List<OrderView>> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(orders.visibleTo(CurrentActor.get(), page, size).map(this::view));
    }

    @Operation(summary = "The provider's removal orders: orders addressed to the caller whose seal verifies, newest first; "
            + "paged (page, size up to " + ResultPage.MAX_SIZE + "), total in X-Total-Count, links in Link. The one queue "
            + "of orders, referrals and notices is GET /api/v1/inbox")
    @GetMapping("/removal-orders/inbox")
    ResponseEntity<List<OrderView>> inbox(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        Actor actor = CurrentActor.get();
        if (actor.kind() != eu.vigil.identity.OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            throw new Forbidden("the inbox belongs to hosting service providers");
        }
        ResultPage<OrderView> views = orders.visibleTo(actor, page, size).map(this::view);
        return PagedList.of(new ResultPage<>(views.items().stream().filter(OrderView::sealValid).toList(), page, size,
                views.total()));
    }

    @Operation(summary = "One order")
    @GetMapping("/removal-orders/{id}")
    OrderView get(@PathVariable UUID id) {
        return view(orders.get(CurrentActor.get(), new RemovalOrderId(id)));
    }

    @Operation(summary = "The order as structured JSON with stable Annex I field identifiers (R10)")
    @GetMapping("/removal-orders/{id}/annex-i")
    Map<String, Object> annexOne(@PathVariable UUID id) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        return AnnexOne.export(order);
    }

    @Operation(summary = "The order as a PDF laid out like Annex I (R10)")
    @GetMapping(path = "/removal-orders/{id}/annex-i.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> annexOnePdf(@PathVariable UUID id) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        return Documents.pdf(documents.annexOne(order), order.reference() + "-annex-I.pdf");
    }

    @Operation(summary = "An Annex II feedback or Annex III notice as JSON with stable field identifiers (R10)")
    @GetMapping("/removal-orders/{id}/answers/{answerId}")
    Map<String, Object> answer(@PathVariable UUID id, @PathVariable UUID answerId) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        return Documents.fields(order, Documents.answer(orders, order, answerId));
    }

    @Operation(summary = "An Annex II feedback or Annex III notice as a PDF laid out like its Annex (R10)")
    @GetMapping(path = "/removal-orders/{id}/answers/{answerId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> answerPdf(@PathVariable UUID id, @PathVariable UUID answerId) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        return Documents.answerPdf(documents, order, Documents.answer(orders, order, answerId));
    }

    @Operation(summary = "Preservation records of the order's removed items (Art. 6)")
    @GetMapping("/removal-orders/{id}/preservation")
    List<eu.vigil.removalorder.PreservedItem> preservation(@PathVariable UUID id) {
        return preservation.of(CurrentActor.get(), new RemovalOrderId(id));
    }

    @Operation(summary = "Provider: upload the preserved copy of a removed item (kept six months, then deleted)")
    @org.springframework.web.bind.annotation.PutMapping(path = "/removal-orders/{id}/items/{position}/preserved-copy",
            consumes = MediaType.ALL_VALUE)
    eu.vigil.removalorder.PreservedItem uploadCopy(@PathVariable UUID id, @PathVariable int position,
            @org.springframework.web.bind.annotation.RequestHeader(name = "Content-Type", required = false) String type,
            @RequestBody byte[] content) {
        return preservation.upload(CurrentActor.get(), new RemovalOrderId(id), position, type, content);
    }

    @Operation(summary = "The preserved copy, for a stated purpose (REVIEW, COMPLAINT, TERRORISM_INVESTIGATION); every access is logged")
    @GetMapping("/removal-orders/{id}/items/{position}/preserved-copy")
    ResponseEntity<byte[]> copy(@PathVariable UUID id, @PathVariable int position,
            @org.springframework.web.bind.annotation.RequestParam(required = false) eu.vigil.removalorder.PreservedItem.Purpose purpose) {
        var copy = preservation.access(CurrentActor.get(), new RemovalOrderId(id), position, purpose);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(copy.contentType())).body(copy.content());
    }

    /** Body of a preservation extension. */
    record Extension(Instant until, @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String proceedingReference,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String authorisingBody) {
    }

    @Operation(summary = "Authority: extend preservation for review proceedings (Art. 6(2))")
    @PostMapping("/removal-orders/{id}/items/{position}/preservation-extension")
    eu.vigil.removalorder.PreservedItem extend(@PathVariable UUID id, @PathVariable int position, @RequestBody @Valid Extension body) {
        return preservation.extend(CurrentActor.get(), new RemovalOrderId(id), position, body.until(),
                body.proceedingReference(), body.authorisingBody());
    }

    /** Body of a complaint. */
    record ComplaintFiling(Integer position, @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String complainantReference,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String grounds, Instant receivedAt) {
    }

    /** Body of a complaint outcome. */
    record ComplaintOutcome(eu.vigil.removalorder.Complaint.Outcome outcome, @Size(max = Limits.TEXT, message = Limits.CHARS) String reasons,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String redressInformation) {
    }

    @Operation(summary = "Refused (422, reason NOT_AN_ART_10_REMOVAL): an Art. 10 complaint concerns a removal under "
            + "specific measures (POST /specific-measure-removals/{id}/complaints); a removal order is challenged before "
            + "the courts of the issuing Member State (Art. 9) or through scrutiny (Art. 4)")
    @PostMapping("/removal-orders/{id}/complaints")
    eu.vigil.removalorder.Complaint complain(@PathVariable UUID id, @RequestBody @Valid ComplaintFiling body) {
        return complaints.refuseAgainstOrder(CurrentActor.get(), new RemovalOrderId(id));
    }

    @Operation(summary = "Complaints recorded against an order before issue 11 (read-only; an open one may still be "
            + "decided); paged (page, size), total in X-Total-Count")
    @GetMapping("/removal-orders/{id}/complaints")
    ResponseEntity<List<eu.vigil.removalorder.Complaint>> complaints(@PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(complaints.of(CurrentActor.get(), new RemovalOrderId(id)), page, size);
    }

    @Operation(summary = "Provider: outcome of a complaint (Art. 10(2)); a rejection needs reasons and redress information; "
            + "409 COMPLAINT_DECIDED (state: the outcome that stands) once decided")
    @PostMapping("/complaints/{complaintId}/outcome")
    eu.vigil.removalorder.Complaint decideComplaint(@PathVariable UUID complaintId, @RequestBody @Valid ComplaintOutcome body) {
        return complaints.decide(CurrentActor.get(), complaintId, body.outcome(), body.reasons(), body.redressInformation());
    }

    /** Body of an acknowledgement. */
    record Acknowledgement(@Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String providerReference) {
    }

    @Operation(summary = "Acknowledge receipt")
    @PostMapping("/removal-orders/{id}/acknowledgement")
    OrderView acknowledge(@PathVariable UUID id, @RequestBody(required = false) @Valid Acknowledgement body) {
        return view(answering.acknowledge(CurrentActor.get(), new RemovalOrderId(id),
                body == null ? null : body.providerReference()));
    }

    @Operation(summary = "Annex II feedback: items removed or disabled and when")
    @PostMapping("/removal-orders/{id}/feedback")
    OrderView feedback(@PathVariable UUID id, @RequestBody @Valid Feedback body) {
        return view(answering.feedback(CurrentActor.get(), new RemovalOrderId(id), body));
    }

    @Operation(summary = "Annex III notice: the order cannot be executed (suspends the clock)")
    @PostMapping("/removal-orders/{id}/impossibility")
    OrderView impossibility(@PathVariable UUID id, @RequestBody @Valid Impossibility body) {
        return view(answering.impossibility(CurrentActor.get(), new RemovalOrderId(id), body));
    }

    /** Body of the end of force majeure. */
    record GroundsCeased(Instant ceasedAt) {
    }

    @Operation(summary = "Force majeure has ceased: the clock restarts from that moment")
    @PostMapping("/removal-orders/{id}/grounds-ceased")
    OrderView groundsCeased(@PathVariable UUID id, @RequestBody @Valid GroundsCeased body) {
        return view(answering.groundsCeased(CurrentActor.get(), new RemovalOrderId(id), body.ceasedAt()));
    }

    /** Body of a clarification. */
    record Clarification(@Size(max = Limits.TEXT, message = Limits.CHARS) String clarification) {
    }

    @Operation(summary = "The issuer's clarification after an Annex III request: the clock restarts on delivery")
    @PostMapping("/removal-orders/{id}/clarification")
    OrderView clarify(@PathVariable UUID id, @RequestBody @Valid Clarification body) {
        return view(answering.clarify(CurrentActor.get(), new RemovalOrderId(id), body.clarification()));
    }

    /** Body of a scrutiny request or start. */
    record ScrutinyStart(Scrutiny.Initiator initiatedBy, @Size(max = Limits.TEXT, message = Limits.CHARS) String reasons,
            Instant contentProviderInformedAt) {
    }

    /** Body of a notice of intention. */
    record Notice(@Size(max = Limits.TEXT, message = Limits.CHARS) String notice) {
    }

    /** Body of a scrutiny decision. */
    record Decision(Scrutiny.Outcome outcome, @Size(max = Limits.TEXT, message = Limits.CHARS) String reasons) {
    }

    @Operation(summary = "Provider: request scrutiny by the host Member State within 48 hours of receipt (R17)")
    @PostMapping("/removal-orders/{id}/scrutiny-request")
    OrderView requestScrutiny(@PathVariable UUID id, @RequestBody @Valid ScrutinyStart body) {
        scrutiny.requestByProvider(CurrentActor.get(), new RemovalOrderId(id), body.reasons());
        return get(id);
    }

    @Operation(summary = "Host authority: start scrutiny on own initiative (72-hour window) or record a content provider's request")
    @PostMapping("/removal-orders/{id}/scrutiny")
    OrderView startScrutiny(@PathVariable UUID id, @RequestBody @Valid ScrutinyStart body) {
        scrutiny.startByHostAuthority(CurrentActor.get(), new RemovalOrderId(id),
                body.initiatedBy() == null ? Scrutiny.Initiator.OWN_INITIATIVE : body.initiatedBy(), body.reasons(),
                body.contentProviderInformedAt());
        return get(id);
    }

    @Operation(summary = "Host authority: notice of intention to the issuer before deciding (Art. 4(5), R19)")
    @PostMapping("/removal-orders/{id}/scrutiny/notice-of-intention")
    OrderView notice(@PathVariable UUID id, @RequestBody @Valid Notice body) {
        scrutiny.noticeOfIntention(CurrentActor.get(), new RemovalOrderId(id), body.notice());
        return get(id);
    }

    @Operation(summary = "Host authority: scrutiny decision; an infringement ends the order's legal effect (R20)")
    @PostMapping("/removal-orders/{id}/scrutiny/decision")
    OrderView decide(@PathVariable UUID id, @RequestBody @Valid Decision body) {
        scrutiny.decide(CurrentActor.get(), new RemovalOrderId(id), body.outcome(), body.reasons());
        return get(id);
    }

    @Operation(summary = "Provider: confirm reinstatement after an infringement finding")
    @PostMapping("/removal-orders/{id}/reinstatement")
    OrderView reinstated(@PathVariable UUID id) {
        scrutiny.confirmReinstatement(CurrentActor.get(), new RemovalOrderId(id));
        return get(id);
    }

    private OrderView view(RemovalOrder order) {
        return view(order, List.of());
    }

    /** The order as the API shows it, with the duplicates warned about at issuing and its items' other senders (R37). */
    private OrderView view(RemovalOrder order, List<eu.vigil.deconfliction.Duplicate> warned) {
        return OrderView.of(order, clock.instant(), seals.intact(order), orders.answers(order.id()),
                scrutiny.find(order.id()).orElse(null), seals.amendmentsIntact(order), orders.life(order.id()),
                orders.actions(CurrentActor.get(), order)).with(warned, orders.alsoSentBy(order));
    }

    static ResponseEntity<ProblemDetail> refusal(IssueOutcome.Refused refused) {
        HttpStatus status = switch (refused.refusal()) {
            case NOT_AN_ISSUING_AUTHORITY -> HttpStatus.FORBIDDEN;
            case REFERENCE_ALREADY_USED -> HttpStatus.CONFLICT;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.message());
        switch (refused.refusal()) {
            case NOT_AN_ISSUING_AUTHORITY -> {
                problem.setType(ProblemTypes.FORBIDDEN);
                problem.setTitle("Forbidden");
            }
            case REFERENCE_ALREADY_USED -> {
                problem.setType(ProblemTypes.REFERENCE_ALREADY_USED);
                problem.setTitle("Reference already used");
            }
            case IDEMPOTENCY_KEY_REUSED -> {
                problem.setType(ProblemTypes.IDEMPOTENCY_KEY_REUSED);
                problem.setTitle("Idempotency-Key reused for another request");
            }
            default -> {
                problem.setType(ProblemTypes.RULE_VIOLATED);
                problem.setTitle("Refused by a rule of the Regulation");
            }
        }
        problem.setProperty("reason", refused.refusal().name());
        if (refused.existing() != null) {
            problem.setProperty("existing", location(refused.existing()).toString());
        }
        var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refused.existing() != null && status == HttpStatus.CONFLICT) {
            answer = answer.location(location(refused.existing()));
        }
        return answer.body(problem);
    }
}
