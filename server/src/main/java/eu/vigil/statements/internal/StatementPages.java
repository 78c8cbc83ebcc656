package eu.vigil.statements.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.OrderItem;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.RemovalOrders;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;
import eu.vigil.statements.ConnectionSettings;
import eu.vigil.statements.StatementDraft;
import eu.vigil.statements.StatementId;
import eu.vigil.statements.StatementOfReasons;
import eu.vigil.statements.StatementReview;
import eu.vigil.statements.StatementsOfReasons;
import eu.vigil.statements.TransparencyDatabaseConnections;
import eu.vigil.statements.TransparencyDatabaseSchema;
import eu.vigil.statements.TransparencyDatabaseSubmissions;

/**
 * The provider's statements page: draft from an order, review what the check held, export batches, set the
 * connection to the Transparency Database and follow each statement's submission (R47).
 */
@Controller
class StatementPages {

    private final StatementsOfReasons statements;
    private final RemovalOrders orders;
    private final TransparencyDatabaseConnections connections;
    private final TransparencyDatabaseSubmissions submissions;

    StatementPages(StatementsOfReasons statements, RemovalOrders orders, TransparencyDatabaseConnections connections,
            TransparencyDatabaseSubmissions submissions) {
        this.statements = statements;
        this.orders = orders;
        this.connections = connections;
        this.submissions = submissions;
    }

    @GetMapping("/statements")
    String list(Model model) {
        return render(model, List.of(), null);
    }

    @PostMapping("/statements/draft")
    String draft(@RequestParam(required = false) UUID order, @RequestParam(required = false) List<String> contentTypes,
            @RequestParam(required = false) String contentTypeOther, @RequestParam(required = false) String contentDate,
            @RequestParam(required = false) String contentLanguage, @RequestParam(required = false) String decisionFacts,
            @RequestParam(defaultValue = "false") boolean automatedDetection, Model model) {
        try {
            if (order == null) {
                throw new InvalidInput(List.of(new InvalidInput.FieldError("order", "choose an order")));
            }
            LocalDate posted = parseDate(contentDate);
            statements.draft(CurrentActor.get(), new RemovalOrderId(order), new StatementDraft(contentTypes,
                    contentTypeOther, posted, contentLanguage, decisionFacts, automatedDetection));
            return "redirect:/statements";
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/statements", e.errors());
        } catch (RuleViolation e) {
            throw eu.vigil.shared.RefusedForm.of("/statements", e.reason(), e.getMessage());
        }
    }

    @PostMapping("/statements/{id}/review")
    String review(@PathVariable UUID id, @RequestParam(required = false) String decisionFacts,
            @RequestParam(required = false) String illegalContentExplanation,
            @RequestParam(defaultValue = "false") boolean confirmNoPersonalData, @RequestParam(required = false) String note,
            Model model) {
        try {
            statements.review(CurrentActor.get(), new StatementId(id), new StatementReview(decisionFacts,
                    illegalContentExplanation, confirmNoPersonalData, note));
            return "redirect:/statements#statement-" + id;
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/statements", e.errors());
        } catch (RuleViolation e) {
            throw eu.vigil.shared.RefusedForm.of("/statements", e.reason(), e.getMessage());
        }
    }

    @PostMapping("/statements/export")
    String export(Model model) {
        try {
            var export = statements.export(CurrentActor.get());
            return "redirect:/statements#export-" + export.id();
        } catch (RuleViolation e) {
            throw eu.vigil.shared.RefusedForm.of("/statements", e.reason(), e.getMessage());
        }
    }

    /** The token is posted as {@code tokenSecret}, a name the refused form's copy of the input leaves out. */
    @PostMapping("/statements/transparency-database")
    String connect(@RequestParam(required = false) String baseUrl, @RequestParam(required = false) String tokenSecret) {
        try {
            connections.set(CurrentActor.get(), new ConnectionSettings(baseUrl, tokenSecret));
            return "redirect:/statements#transparency-database";
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/statements", e.errors());
        }
    }

    @GetMapping("/statements/exports/{id}.json")
    ResponseEntity<String> download(@PathVariable UUID id) {
        var export = statements.export(CurrentActor.get(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statements-" + id + ".json\"")
                .body(export.body());
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("contentDate", "a date YYYY-MM-DD")));
        }
    }

    private String render(Model model, List<InvalidInput.FieldError> errors, String refusal) {
        Actor actor = CurrentActor.get();
        List<StatementOfReasons> all = statements.list(actor, Optional.empty());
        Map<UUID, LocalDate> withheld = new HashMap<>();
        all.stream().map(StatementOfReasons::orderId).filter(java.util.Objects::nonNull).distinct()
                .forEach(o -> statements.withheldUntil(o).ifPresent(d -> withheld.put(o, d)));
        List<RemovalOrder> actionable = orders.visibleTo(actor).stream()
                .filter(o -> o.items().stream().anyMatch(i -> i.status() != OrderItem.ItemStatus.PENDING))
                .toList();
        model.addAttribute("statements", all);
        model.addAttribute("withheld", withheld);
        model.addAttribute("exports", statements.exports(actor));
        model.addAttribute("connection", connections.of(actor).orElse(null));
        model.addAttribute("submissions", submissions.byStatement(actor));
        model.addAttribute("orders", actionable);
        model.addAttribute("contentTypes", TransparencyDatabaseSchema.CONTENT_TYPES);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "statements/list";
    }
}
