package eu.vigil.removalorder.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderQuery;
import eu.vigil.removalorder.AnsweringRemovalOrders;
import eu.vigil.removalorder.Feedback;
import eu.vigil.removalorder.Impossibility;
import eu.vigil.removalorder.ImpossibilityReason;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.OrderItem;
import eu.vigil.removalorder.OrderRefusal;
import eu.vigil.removalorder.OrderTypes;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.RemovalOrders;
import eu.vigil.removalorder.SealCheck;
import eu.vigil.removalorder.ScrutinyProceedings;
import eu.vigil.shared.InvalidInput;

/** Pages of removal orders: the list (the provider's inbox), the issuing form, and one order with its clock. */
@Controller
class OrderPages {

    private final IssuingRemovalOrders issuing;
    private final AnsweringRemovalOrders answering;
    private final RemovalOrders orders;
    private final OrderTypes types;
    private final SealCheck seals;
    private final HostingServiceProviders providers;
    private final Clock clock;
    private final ScrutinyProceedings scrutiny;
    private final eu.vigil.removalorder.OrderDocuments documents;
    private final eu.vigil.removalorder.Preservation preservation;
    private final eu.vigil.removalorder.Complaints complaints;
    private final eu.vigil.removalorder.Finality finality;
    private final eu.vigil.removalorder.WithdrawingRemovalOrders withdrawing;
    private final eu.vigil.audit.AuditLog audit;
    private final eu.vigil.audit.AuditSentences sentences;
    private final IssueWizard wizard;

    /**
     * Audit events told in an order's history: its life and its scrutiny, which the order page shows anyway to
     * whoever may open it. Preservation, content-provider and complaint records stay on the audit view, under its
     * access rules (their sections of the page have rules of their own).
     */
    static final java.util.Set<String> HISTORY = java.util.Set.of("removal_order.issued", "removal_order.acknowledged",
            "removal_order.feedback_given", "removal_order.executed", "removal_order.impossibility_notified",
            "removal_order.clarified", "removal_order.clock_restarted", "removal_order.deadline_warning",
            "removal_order.overdue", "removal_order.no_legal_effect", "removal_order.withdrawn", "removal_order.reissued",
            "removal_order.final", "removal_order.copied_to_host", "removal_order.copy_undeliverable",
            "removal_order.appealed", "removal_order.non_disclosure_extended", "removal_order.non_disclosure_ended",
            "scrutiny.started", "scrutiny.request_joined", "scrutiny.notice_of_intention", "scrutiny.decided",
            "scrutiny.decision_overdue", "scrutiny.reinstated", "scrutiny.reinstatement_overdue");

    OrderPages(IssuingRemovalOrders issuing, AnsweringRemovalOrders answering, RemovalOrders orders, OrderTypes types,
            SealCheck seals, HostingServiceProviders providers, Clock clock, ScrutinyProceedings scrutiny,
            eu.vigil.removalorder.OrderDocuments documents, eu.vigil.removalorder.Preservation preservation,
            eu.vigil.removalorder.Complaints complaints, eu.vigil.removalorder.Finality finality,
            eu.vigil.removalorder.WithdrawingRemovalOrders withdrawing, eu.vigil.audit.AuditLog audit,
            eu.vigil.audit.AuditSentences sentences, IssueWizard wizard) {
        this.wizard = wizard;
        this.withdrawing = withdrawing;
        this.audit = audit;
        this.sentences = sentences;
        this.issuing = issuing;
        this.answering = answering;
        this.orders = orders;
        this.types = types;
        this.seals = seals;
        this.providers = providers;
        this.clock = clock;
        this.scrutiny = scrutiny;
        this.documents = documents;
        this.preservation = preservation;
        this.complaints = complaints;
        this.finality = finality;
    }

    /** The issuing form prefilled from an order the provider found a manifest error in (Art. 3(8)). */
    @GetMapping("/orders/{id}/reissue")
    String reissueForm(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.get();
        RemovalOrder first = orders.get(actor, new RemovalOrderId(id));
        if (!orders.actions(actor, first).reissue()) {
            return detail(model, id, List.of(new InvalidInput.FieldError(OrderRefusal.NO_MANIFEST_ERROR_NOTICE.name(),
                    "a corrected order replaces one suspended by an Annex III notice of manifest error")));
        }
        return wizard.details(model, IssueForm.correcting(first), List.of(), null, null);
    }

    @GetMapping("/orders/{id}")
    String order(@PathVariable UUID id, Model model) {
        return detail(model, id, List.of());
    }

    @GetMapping(value = "/orders/{id}/annex-i.json", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    java.util.Map<String, Object> annexOne(@PathVariable UUID id) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        return eu.vigil.removalorder.AnnexOne.export(order);
    }

    @GetMapping(value = "/orders/{id}/annex-i.pdf", produces = "application/pdf")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<byte[]> annexOnePdf(@PathVariable UUID id) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        return Documents.pdf(documents.annexOne(order), order.reference() + "-annex-I.pdf");
    }

    @GetMapping(value = "/orders/{id}/answers/{answerId}.pdf", produces = "application/pdf")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<byte[]> answerPdf(@PathVariable UUID id, @PathVariable UUID answerId) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        return Documents.answerPdf(documents, order, Documents.answer(orders, order, answerId));
    }

    @GetMapping("/orders/{id}/clock")
    String clockFragment(@PathVariable UUID id, Model model) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        model.addAttribute("view", OrderView.of(order, clock.instant(), true, List.of()));
        return "orders/clock";
    }

    @PostMapping("/orders/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, @RequestParam(required = false) String providerReference, Model model) {
        return act(model, id, () -> answering.acknowledge(CurrentActor.get(), new RemovalOrderId(id), providerReference));
    }

    @PostMapping("/orders/{id}/feedback")
    String feedback(@PathVariable UUID id, @RequestParam(required = false) List<Integer> position,
            @RequestParam(required = false) String action, @RequestParam(required = false) String actionAt,
            @RequestParam(required = false) String zone, @RequestParam(required = false) String occurrence,
            @RequestParam(required = false) String authorisedPerson, Model model) {
        return act(model, id, () -> {
            Instant at = parseLocal(actionAt, zone, occurrence, "actionAt");
            OrderItem.ItemStatus status = action == null ? null : OrderItem.ItemStatus.valueOf(action);
            List<Feedback.Action> actions = position == null ? List.of()
                    : position.stream().map(p -> new Feedback.Action(p, status, at)).toList();
            answering.feedback(CurrentActor.get(), new RemovalOrderId(id), new Feedback(actions, null, authorisedPerson));
        });
    }

    @PostMapping("/orders/{id}/impossibility")
    String impossibility(@PathVariable UUID id, @RequestParam(required = false) ImpossibilityReason reason,
            @RequestParam(required = false) String details, @RequestParam(required = false) String clarificationRequired,
            @RequestParam(required = false) String authorisedPerson, Model model) {
        return act(model, id, () -> answering.impossibility(CurrentActor.get(), new RemovalOrderId(id),
                new Impossibility(reason, details, clarificationRequired, authorisedPerson)));
    }

    @PostMapping("/orders/{id}/grounds-ceased")
    String groundsCeased(@PathVariable UUID id, @RequestParam(required = false) String ceasedAt,
            @RequestParam(required = false) String zone, @RequestParam(required = false) String occurrence, Model model) {
        return act(model, id, () -> answering.groundsCeased(CurrentActor.get(), new RemovalOrderId(id),
                parseLocal(ceasedAt, zone, occurrence, "ceasedAt")));
    }

    @PostMapping("/orders/{id}/clarification")
    String clarify(@PathVariable UUID id, @RequestParam(required = false) String clarification, Model model) {
        return act(model, id, () -> answering.clarify(CurrentActor.get(), new RemovalOrderId(id), clarification));
    }

    @PostMapping("/orders/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String grounds, Model model) {
        return act(model, id, () -> withdrawing.withdraw(CurrentActor.get(), new RemovalOrderId(id), grounds));
    }

    @PostMapping("/orders/{id}/scrutiny-request")
    String requestScrutiny(@PathVariable UUID id, @RequestParam(required = false) String reasons, Model model) {
        return act(model, id, () -> scrutiny.requestByProvider(CurrentActor.get(), new RemovalOrderId(id), reasons));
    }

    @PostMapping("/orders/{id}/scrutiny")
    String startScrutiny(@PathVariable UUID id, @RequestParam(required = false) String reasons, Model model) {
        return act(model, id, () -> scrutiny.startByHostAuthority(CurrentActor.get(), new RemovalOrderId(id),
                eu.vigil.removalorder.Scrutiny.Initiator.OWN_INITIATIVE, reasons, null));
    }

    @PostMapping("/orders/{id}/scrutiny/notice-of-intention")
    String notice(@PathVariable UUID id, @RequestParam(required = false) String notice, Model model) {
        return act(model, id, () -> scrutiny.noticeOfIntention(CurrentActor.get(), new RemovalOrderId(id), notice));
    }

    @PostMapping("/orders/{id}/scrutiny/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) eu.vigil.removalorder.Scrutiny.Outcome outcome,
            @RequestParam(required = false) String reasons, Model model) {
        return act(model, id, () -> scrutiny.decide(CurrentActor.get(), new RemovalOrderId(id), outcome, reasons));
    }

    @PostMapping("/orders/{id}/reinstatement")
    String reinstated(@PathVariable UUID id, Model model) {
        return act(model, id, () -> scrutiny.confirmReinstatement(CurrentActor.get(), new RemovalOrderId(id)));
    }

    @GetMapping("/orders/{id}/items/{position}/preserved-copy")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<byte[]> preservedCopy(@PathVariable UUID id, @PathVariable int position,
            @RequestParam(required = false) eu.vigil.removalorder.PreservedItem.Purpose purpose) {
        var copy = preservation.access(CurrentActor.get(), new RemovalOrderId(id), position, purpose);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(copy.contentType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"preserved-item-"
                        + position + "\"")
                .body(copy.content());
    }

    @PostMapping("/orders/{id}/complaints/{complaintId}/outcome")
    String complaintOutcome(@PathVariable UUID id, @PathVariable UUID complaintId,
            @RequestParam(required = false) eu.vigil.removalorder.Complaint.Outcome outcome,
            @RequestParam(required = false) String reasons, @RequestParam(required = false) String redressInformation,
            Model model) {
        return act(model, id, () -> complaints.decide(CurrentActor.get(), complaintId, outcome, reasons, redressInformation));
    }

    @PostMapping("/orders/{id}/appeal")
    String appeal(@PathVariable UUID id, @RequestParam(required = false) String court,
            @RequestParam(required = false) String lodgedAt, Model model) {
        return act(model, id, () -> finality.appealLodged(CurrentActor.get(), new RemovalOrderId(id), utc(lodgedAt), court));
    }

    @PostMapping("/orders/{id}/appeal/outcome")
    String appealOutcome(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed, Model model) {
        return act(model, id, () -> finality.appealDecided(CurrentActor.get(), new RemovalOrderId(id), confirmed));
    }

    /** A {@code datetime-local} value read as UTC; null when empty or malformed (the service names the field). */
    private static java.time.Instant utc(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDateTime.parse(text.strip()).toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Runs a step on the order; rule refusals and field errors are shown on the order page at its own address
     * (post-redirect-get, issue 12), with what was typed.
     */
    private String act(Model model, UUID id, Runnable step) {
        String page = "/orders/" + id;
        try {
            step.run();
            return "redirect:" + page;
        } catch (eu.vigil.shared.RefusedForm e) {
            throw e;
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm(page, e.errors());
        } catch (eu.vigil.shared.RuleViolation e) {
            throw eu.vigil.shared.RefusedForm.of(page, e.reason(), e.getMessage());
        } catch (eu.vigil.shared.StateConflict e) {
            throw eu.vigil.shared.RefusedForm.of(page, e.reason(), e.getMessage());
        }
    }

    private String detail(Model model, UUID id, List<InvalidInput.FieldError> errors) {
        Actor actor = CurrentActor.get();
        RemovalOrder order = orders.get(actor, new RemovalOrderId(id));
        model.addAttribute("view", OrderView.of(order, clock.instant(), seals.intact(order), orders.answers(order.id()),
                scrutiny.find(order.id()).orElse(null), seals.amendmentsIntact(order), orders.life(order.id()),
                orders.actions(actor, order)));
        model.addAttribute("isProvider", actor.organisationId().value().equals(order.providerId()));
        model.addAttribute("scrutinyActions", scrutiny.actions(actor, order));
        model.addAttribute("isIssuer", RemovalOrders.isIssuer(actor, order));
        model.addAttribute("errors", errors);
        model.addAttribute("also", orders.alsoSentBy(order));
        if (!model.containsAttribute(IssueWizardPages.DUPLICATE_WARNINGS)) {
            model.addAttribute(IssueWizardPages.DUPLICATE_WARNINGS, List.of());
        }
        model.addAttribute("preserved", preservation.of(actor, order.id()));
        model.addAttribute("complaints", complaints.of(actor, order.id()));
        model.addAttribute("finalAt", finality.finalAt(order.id()));
        model.addAttribute("appeal", finality.appeal(order.id()).orElse(null));
        model.addAttribute("history", sentences.describe(audit.trail("removal_order", order.id().toString()).stream()
                .filter(r -> HISTORY.contains(r.action())).toList(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "orders/order";
    }

    /** A {@code datetime-local} value in the viewer's zone, or now when empty; a repeated hour needs a choice. */
    private Instant parseLocal(String local, String zone, String occurrence, String field) {
        if (local == null || local.isBlank()) {
            return clock.instant();
        }
        java.time.ZoneId viewer;
        try {
            viewer = java.time.ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone);
        } catch (java.time.DateTimeException e) {
            throw InvalidInput.of(field, "unknown time zone " + zone);
        }
        return eu.vigil.shared.WallClockTime.resolve(local, viewer, occurrence, field);
    }
}
