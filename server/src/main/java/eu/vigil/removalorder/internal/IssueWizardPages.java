package eu.vigil.removalorder.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.IssueOutcome;
import eu.vigil.removalorder.IssuePreview;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.WithdrawingRemovalOrders;
import eu.vigil.shared.InvalidInput;

/**
 * The issuing wizard's pages (issue 12, point 3): {@code GET /orders/new} opens step 1; each step posts the whole
 * form back to {@code /orders/new} with the step it asks for ({@code choose}, {@code details}, {@code review},
 * {@code edit}); only the review step's {@code issue} button (or a post without a step, as scripts send it) issues.
 * The address stays {@code /orders/new} throughout, and nothing typed is lost going back.
 */
@Controller
class IssueWizardPages {

    /** Flash attributes: the form carried over a recording of prior information, and its confirmation. */
    private static final String CARRIED = "carriedIssueForm";
    private static final String PRIOR_INFORMATION_NOTICE = "priorInformationNotice";

    private final IssuingRemovalOrders issuing;
    private final WithdrawingRemovalOrders withdrawing;
    private final IssueWizard wizard;

    IssueWizardPages(IssuingRemovalOrders issuing, WithdrawingRemovalOrders withdrawing, IssueWizard wizard) {
        this.issuing = issuing;
        this.withdrawing = withdrawing;
        this.wizard = wizard;
    }

    /** Step 1, or step 2 for {@code ?step=details&orderType=…&providerId=…} (a link naming the addressee). */
    @GetMapping("/orders/new")
    String start(@RequestParam(required = false) String step, @RequestParam(required = false) String orderType,
            @RequestParam(required = false) String providerId, Model model) {
        Instant notice = (Instant) model.asMap().get(PRIOR_INFORMATION_NOTICE);
        if (model.asMap().get(CARRIED) instanceof IssueForm carried) {
            return wizard.details(model, carried, List.of(), null, notice);
        }
        IssueForm form = IssueForm.empty().choosing(orderType, providerId);
        return "details".equals(step) ? wizard.details(model, form, List.of(), null, notice)
                : wizard.choose(model, form, List.of(), notice);
    }

    /** The prior-information panel for the chosen type and addressee, fetched by htmx as soon as they are chosen. */
    @GetMapping("/orders/new/prior-information")
    String priorInformationPanel(@RequestParam(required = false) String orderType,
            @RequestParam(required = false) String providerId, Model model) {
        return panel(model, IssueForm.empty().choosing(orderType, providerId), null);
    }

    @PostMapping("/orders/new")
    String step(@ModelAttribute IssueForm form, @RequestParam(required = false) String step, Model model,
            RedirectAttributes flash) {
        return switch (step == null ? "issue" : step) {
            case "choose" -> wizard.choose(model, form, List.of(), null);
            case "details", "edit" -> wizard.details(model, form, List.of(), null, null);
            case "review" -> review(form, model);
            default -> issue(form, model, flash);
        };
    }

    private String review(IssueForm form, Model model) {
        IssueForm typed = wizard.type(form).map(form::forType).orElse(form);
        try {
            return switch (issuing.preview(CurrentActor.get(), typed.toRequest())) {
                case IssuePreview.Draft draft -> wizard.review(model, typed, draft);
                case IssuePreview.Refused refused -> wizard.details(model, typed, List.of(), refused.refusal().message(),
                        null);
            };
        } catch (InvalidInput e) {
            return wizard.details(model, typed, e.errors(), null, null);
        }
    }

    /** Flash attribute with the issuer's duplicate warnings (R37) for the order page after issuing. */
    static final String DUPLICATE_WARNINGS = "orderDuplicates";

    private String issue(IssueForm form, Model model, RedirectAttributes flash) {
        IssueForm typed = wizard.type(form).map(form::forType).orElse(form);
        try {
            IssueOutcome outcome = typed.replaces() == null || typed.replaces().isBlank()
                    ? issuing.issue(CurrentActor.get(), typed.toRequest(), typed.deconflictionOverride(),
                            typed.idempotencyKey())
                    : withdrawing.reissue(CurrentActor.get(), new RemovalOrderId(UUID.fromString(typed.replaces().strip())),
                            typed.toRequest());
            return switch (outcome) {
                // the confirmation ("… issued and sent to … at …") follows from the committed event (relay.Confirmations)
                case IssueOutcome.Issued issued -> {
                    flash.addFlashAttribute(DUPLICATE_WARNINGS, issued.duplicates());
                    yield "redirect:/orders/" + issued.order().id();
                }
                case IssueOutcome.Refused refused when refused.refusal() == IssueOutcome.Refusal.IDEMPOTENCY_KEY_REUSED ->
                        wizard.details(model, typed.withNewToken(), List.of(), "This form was already submitted"
                                + (refused.existing() == null ? "" : " and issued order /orders/" + refused.existing())
                                + "; the fields were changed since. Submit again to issue a further order.", null);
                case IssueOutcome.Refused refused -> wizard.details(model, typed, List.of(), refused.message(), null);
            };
        } catch (InvalidInput e) {
            return wizard.details(model, typed, e.errors(), null, null);
        } catch (eu.vigil.shared.StateConflict e) {
            return wizard.details(model, typed, List.of(), e.getMessage(), null);
        }
    }

    /**
     * Records the Art. 3(2) prior information to the chosen addressee. From htmx: answers the updated panel. From a
     * plain post of the wizard's form: back to its step 2 with everything typed, and the confirmation.
     */
    @PostMapping("/orders/prior-information")
    String priorInformation(@ModelAttribute IssueForm form, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model, RedirectAttributes flash) {
        UUID provider = form.provider();
        if (provider == null) {
            throw new eu.vigil.shared.RefusedForm("/orders/new", List.of(new InvalidInput.FieldError("providerId",
                    "choose the addressee")));
        }
        try {
            Instant sent = issuing.recordPriorInformation(CurrentActor.get(), provider);
            if (htmx != null) {
                return panel(model, form, sent);
            }
            flash.addFlashAttribute(PRIOR_INFORMATION_NOTICE, sent);
            flash.addFlashAttribute(CARRIED, form.choosing(form.orderType(), form.providerId()));
            return "redirect:/orders/new";
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/orders/new", e.errors());
        } catch (eu.vigil.shared.RuleViolation e) {
            throw eu.vigil.shared.RefusedForm.of("/orders/new", e.reason(), e.getMessage());
        }
    }

    private String panel(Model model, IssueForm form, Instant recordedAt) {
        var provider = wizard.provider(form).orElse(null);
        model.addAttribute("provider", provider);
        model.addAttribute("form", form);
        model.addAttribute("recordedAt", recordedAt);
        model.addAttribute("prior", wizard.type(form).map(t -> wizard.priorInformation(t.code(), provider)).orElse(null));
        return "orders/issuePrior";
    }
}
