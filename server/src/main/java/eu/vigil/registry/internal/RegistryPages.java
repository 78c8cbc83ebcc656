package eu.vigil.registry.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.registry.AuthorityId;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.MemberStateOverview;
import eu.vigil.registry.ProviderId;
import eu.vigil.registry.ProviderQuery;
import eu.vigil.registry.ReferenceData;
import eu.vigil.registry.RegisterImport;
import eu.vigil.registry.SizeClass;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/** Registry pages: authorities by Member State, providers, the legal-representative overview, imports. */
@Controller
class RegistryPages {

    private final CompetentAuthorities authorities;
    private final HostingServiceProviders providers;
    private final ReferenceData reference;
    private final RegisterImport imports;
    private final Clock clock;
    private final eu.vigil.registry.UndeliverableCopies copies;
    private final ProviderLogins logins;

    RegistryPages(CompetentAuthorities authorities, HostingServiceProviders providers, ReferenceData reference,
            RegisterImport imports, Clock clock, eu.vigil.registry.UndeliverableCopies copies, ProviderLogins logins) {
        this.logins = logins;
        this.authorities = authorities;
        this.providers = providers;
        this.reference = reference;
        this.imports = imports;
        this.clock = clock;
        this.copies = copies;
    }

    @ModelAttribute("reference")
    ReferenceData reference() {
        return reference;
    }

    @GetMapping("/registry/member-states")
    String memberStates(@RequestParam(required = false) String at, @RequestParam(required = false) String filter,
            Model model) {
        Instant moment = Moments.parse(at, clock, reader());
        java.util.Map<String, eu.vigil.registry.UndeliverableCopies.Gap> undeliverable = copies.byMemberState().stream()
                .collect(java.util.stream.Collectors.toMap(eu.vigil.registry.UndeliverableCopies.Gap::memberState, g -> g));
        List<MemberStateOverview> states = authorities.overview(moment).stream().filter(s -> switch (filter == null ? "" : filter) {
            case "cannot-issue" -> !s.canIssue();
            case "needs-verification" -> s.needsVerification() || undeliverable.containsKey(s.memberState().code());
            default -> true;
        }).toList();
        model.addAttribute("states", states);
        model.addAttribute("undeliverable", undeliverable);
        model.addAttribute("at", at == null ? "" : at);
        model.addAttribute("filter", filter == null ? "" : filter);
        return "registry/memberStates";
    }

    @GetMapping("/registry/member-states/{code}")
    String memberState(@PathVariable String code, @RequestParam(required = false) String at, Model model) {
        Instant moment = Moments.parse(at, clock, reader());
        MemberStateOverview state = authorities.overview(code, moment)
                .orElseThrow(() -> new NotFound("Member State " + code));
        model.addAttribute("state", state);
        model.addAttribute("at", at == null ? "" : at);
        return "registry/memberState";
    }

    @GetMapping("/registry/authorities/{id}")
    String authority(@PathVariable UUID id, Model model) {
        var history = authorities.history(new AuthorityId(id));
        if (history.isEmpty()) {
            throw new NotFound("authority " + id);
        }
        model.addAttribute("history", history);
        return "registry/authority";
    }

    @GetMapping("/registry/providers")
    String providers(@RequestParam(required = false) String q, @RequestParam(required = false) String me,
            @RequestParam(required = false) String lr, @RequestParam(required = false) SizeClass size,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        var query = new ProviderQuery(q, me, lr, size);
        if (htmx != null) {
            // Keep the address bar in step with the filters, so the filtered list can be bookmarked and shared.
            response.setHeader("HX-Push-Url", request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        model.addAttribute("providers", providers.search(query, clock.instant()));
        model.addAttribute("query", query);
        return htmx != null ? "registry/providerRows" : "registry/providers";
    }

    @GetMapping("/registry/providers/{id}")
    String provider(@PathVariable UUID id, @RequestParam(required = false) String at, Model model) {
        ProviderId pid = new ProviderId(id);
        HostingServiceProvider version = (at == null || at.isBlank() ? providers.current(pid)
                : providers.asOf(pid, Moments.parse(at, clock, reader()))).orElseThrow(() -> new NotFound("provider " + id
                        + (at == null ? "" : " at " + at)));
        model.addAttribute("provider", version);
        model.addAttribute("history", providers.history(pid));
        model.addAttribute("canEdit", canEdit(pid));
        model.addAttribute("logins", logins.of(CurrentActor.get(), pid));
        model.addAttribute("invitationLink", null);
        return "registry/provider";
    }

    /**
     * The platform administration invites the provider's first administrator from its page; the link is shown
     * once, in this answer only (never stored, never in a redirect).
     */
    @PostMapping("/registry/providers/{id}/invitation")
    String invite(@PathVariable UUID id, Model model) {
        ProviderId pid = new ProviderId(id);
        HostingServiceProvider current = providers.current(pid).orElseThrow(() -> new NotFound("provider " + id));
        String link;
        try {
            link = logins.invite(CurrentActor.get(), pid);
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/registry/providers/" + id, e.errors());
        }
        model.addAttribute("provider", current);
        model.addAttribute("history", providers.history(pid));
        model.addAttribute("canEdit", canEdit(pid));
        model.addAttribute("logins", logins.of(CurrentActor.get(), pid));
        model.addAttribute("invitationLink", link);
        return "registry/provider";
    }

    @GetMapping("/registry/providers/new")
    String newProvider(Model model) {
        model.addAttribute("form", ProviderForm.empty());
        model.addAttribute("errors", List.of());
        model.addAttribute("providerId", "");
        return "registry/providerForm";
    }

    @PostMapping("/registry/providers/new")
    String register(@ModelAttribute ProviderForm form, Model model, RedirectAttributes flash) {
        try {
            var created = providers.register(CurrentActor.get(), form.toDeclaration());
            flash.addFlashAttribute("notice", "provider.onboarded");
            return "redirect:/registry/providers/" + created.id();
        } catch (InvalidInput e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", form.onRows(e.errors()));
            model.addAttribute("providerId", "");
            return "registry/providerForm";
        }
    }

    @GetMapping("/registry/providers/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ProviderId pid = new ProviderId(id);
        var current = providers.current(pid).orElseThrow(() -> new NotFound("provider " + id));
        if (!canEdit(pid)) {
            throw new eu.vigil.shared.Forbidden("only administrators of this provider may change its entry (R29)");
        }
        model.addAttribute("form", ProviderForm.of(current));
        model.addAttribute("errors", List.of());
        model.addAttribute("providerId", id.toString());
        return "registry/providerForm";
    }

    @PostMapping("/registry/providers/{id}/edit")
    String amend(@PathVariable UUID id, @ModelAttribute ProviderForm form, Model model, RedirectAttributes flash) {
        try {
            providers.amend(CurrentActor.get(), new ProviderId(id), form.toDeclaration());
            flash.addFlashAttribute("notice", "provider.saved");
            return "redirect:/registry/providers/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", form.onRows(e.errors()));
            model.addAttribute("providerId", id.toString());
            return "registry/providerForm";
        }
    }

    @GetMapping("/registry/legal-representatives")
    String overview(@RequestParam(required = false) String at, Model model) {
        model.addAttribute("overview", providers.legalRepresentativeOverview(Moments.parse(at, clock, reader())));
        model.addAttribute("at", at == null ? "" : at);
        return "registry/legalRepresentatives";
    }

    @GetMapping(value = "/registry/legal-representatives.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<byte[]> overviewCsv(@RequestParam(required = false) String at) {
        var overview = providers.legalRepresentativeOverview(Moments.parse(at, clock, reader()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"legal-representatives.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(OverviewExport.csv(overview).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/registry/legal-representatives.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Object> overviewJson(@RequestParam(required = false) String at) {
        var overview = providers.legalRepresentativeOverview(Moments.parse(at, clock, reader()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"legal-representatives.json\"")
                .body(OverviewExport.json(overview));
    }

    @GetMapping("/registry/import")
    String importForm(Model model) {
        model.addAttribute("report", null);
        model.addAttribute("errors", List.of());
        return "registry/import";
    }

    @PostMapping("/registry/import")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
            Model model) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
        String content = new String(file.getBytes(), StandardCharsets.UTF_8);
        var format = name.endsWith(".json") || content.stripLeading().startsWith("[") ? RegisterImport.Format.JSON
                : RegisterImport.Format.CSV;
        try {
            model.addAttribute("report", imports.run(CurrentActor.get(), format, content, dryRun));
            model.addAttribute("errors", List.of());
        } catch (InvalidInput e) {
            model.addAttribute("report", null);
            model.addAttribute("errors", e.errors());
        }
        return "registry/import";
    }

    private boolean canEdit(ProviderId id) {
        return providers.editing(CurrentActor.get(), id).allowed();
    }

    /** The reader's time zone, in which a date typed into a page's "valid on" filter is a day. */
    private static java.time.ZoneId reader() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        return eu.vigil.shared.ReaderZone.of(
                ((org.springframework.web.context.request.ServletRequestAttributes) attributes).getRequest());
    }
}
