package eu.vigil.removalorder.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;
import eu.vigil.registry.ProviderQuery;
import eu.vigil.removalorder.IssuePreview;
import eu.vigil.removalorder.IssuingRemovalOrders;
import eu.vigil.removalorder.OrderType;
import eu.vigil.removalorder.OrderTypes;
import eu.vigil.removalorder.PriorInformation;
import eu.vigil.shared.InvalidInput;

/**
 * The steps of the issuing wizard (issue 12, point 3): 1. order type and addressee, with the Art. 3(2) prior
 * information told as soon as the addressee is chosen; 2. the chosen type's fields, the language among those the
 * addressee accepts; 3. the Annex I as it will be sealed, then issue. Every step is a plain form; what the earlier
 * steps chose travels in hidden fields.
 */
@Component
class IssueWizard {

    /** The wizard's steps, in order. */
    enum Step {
        CHOOSE, DETAILS, REVIEW
    }

    private final IssuingRemovalOrders issuing;
    private final OrderTypes types;
    private final HostingServiceProviders providers;
    private final Clock clock;

    IssueWizard(IssuingRemovalOrders issuing, OrderTypes types, HostingServiceProviders providers, Clock clock) {
        this.issuing = issuing;
        this.types = types;
        this.providers = providers;
        this.clock = clock;
    }

    /** Step 1: the order type and the addressee. */
    String choose(Model model, IssueForm form, List<InvalidInput.FieldError> errors, java.time.Instant recordedAt) {
        return render(model, Step.CHOOSE, form, errors, null, recordedAt);
    }

    /** Step 2: the fields of the chosen type; without a known type or addressee, step 1 again, saying so. */
    String details(Model model, IssueForm form, List<InvalidInput.FieldError> errors, String refusal,
            java.time.Instant recordedAt) {
        return render(model, Step.DETAILS, form, errors, refusal, recordedAt);
    }

    /** Step 3: the Annex I of the unsaved order, and the button that issues it. */
    String review(Model model, IssueForm form, IssuePreview.Draft draft) {
        model.addAttribute("annex", draft.annexOne());
        model.addAttribute("official", draft.officialAnnexOne());
        model.addAttribute("draft", draft.order());
        return render(model, Step.REVIEW, form, List.of(), null, null);
    }

    /** The prior-information panel for a type and addressee, as the model weighs the rule now (null: no panel). */
    PriorInformation priorInformation(String orderType, HostingServiceProvider provider) {
        if (provider == null || issuing.issuingAuthorityOf(CurrentActor.get(), clock.instant()).isEmpty()) {
            return null;
        }
        return issuing.priorInformation(CurrentActor.get(), orderType, provider.id().value());
    }

    /** The addressee of {@code form} in the register now, if one is chosen. */
    Optional<HostingServiceProvider> provider(IssueForm form) {
        return Optional.ofNullable(form.provider()).flatMap(id -> providers.asOf(new ProviderId(id), clock.instant()));
    }

    /** The chosen type, or the TCO removal order when the code is unknown. */
    Optional<OrderType> type(IssueForm form) {
        return types.find(form.orderType().strip());
    }

    /** The languages {@code provider} accepts (Art. 15(2)), named in the reader's language. */
    static List<AcceptedLanguage> languages(HostingServiceProvider provider, String typed) {
        Locale reader = LocaleContextHolder.getLocale();
        List<String> codes = provider == null ? (typed == null || typed.isBlank() ? List.of() : List.of(typed.strip()))
                : provider.acceptedLanguages();
        return codes.stream().map(c -> new AcceptedLanguage(c, Locale.forLanguageTag(c).getDisplayLanguage(reader))).toList();
    }

    private String render(Model model, Step step, IssueForm form, List<InvalidInput.FieldError> errors, String refusal,
            java.time.Instant recordedAt) {
        Actor actor = CurrentActor.get();
        Optional<HostingServiceProvider> provider = provider(form);
        Optional<OrderType> type = type(form);
        if (step == Step.DETAILS && (provider.isEmpty() || type.isEmpty()) && errors.isEmpty()) {
            step = Step.CHOOSE;
            errors = new java.util.ArrayList<>();
            if (type.isEmpty()) {
                errors.add(new InvalidInput.FieldError("orderType", "choose the order type"));
            }
            if (provider.isEmpty()) {
                errors.add(new InvalidInput.FieldError("providerId", "choose the addressee"));
            }
        }
        IssueForm shown = type.map(form::forType).orElse(form);
        if (provider.isPresent() && provider.get().acceptedLanguages().size() == 1 && shown.language().isBlank()) {
            shown = new IssueForm(shown.orderType(), shown.providerId(), provider.get().acceptedLanguages().getFirst(),
                    shown.urls(), shown.reasons(), shown.statementOfReasons(), shown.representativeName(),
                    shown.representativePost(), shown.fileNumber(), shown.redressBody(), shown.redressDeadline(),
                    shown.nonDisclosure(), shown.nonDisclosureUntil(), shown.emergency(), shown.emergencyJustification(),
                    shown.shareWithEuropol(), shown.deadlineMinutes(), shown.deconflictionOverride(),
                    shown.territorialScope(), shown.appealPeriodDays(), shown.appealPeriodMonths(),
                    shown.idempotencyKey(), shown.replaces(), shown.crisisId());
        }
        model.addAttribute("step", step.name());
        model.addAttribute("form", shown);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("recordedAt", recordedAt);
        model.addAttribute("types", types.all());
        model.addAttribute("type", type.orElse(null));
        model.addAttribute("providers", providers.search(ProviderQuery.all(), clock.instant()));
        model.addAttribute("provider", provider.orElse(null));
        model.addAttribute("languages", languages(provider.orElse(null), form.language()));
        model.addAttribute("issuer", issuing.issuingAuthorityOf(actor, clock.instant()).orElse(null));
        model.addAttribute("crises", issuing.crisesOpenTo(actor));
        model.addAttribute("prior", type.isPresent() ? priorInformation(type.get().code(), provider.orElse(null)) : null);
        if (!model.containsAttribute("annex")) {
            model.addAttribute("annex", null);
        }
        return step == Step.REVIEW ? "orders/issueReview" : "orders/issue";
    }
}
