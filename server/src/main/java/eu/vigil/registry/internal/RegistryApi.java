package eu.vigil.registry.internal;

import eu.vigil.shared.PagedList;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.registry.AuthorityId;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.Language;
import eu.vigil.registry.MemberStateOverview;
import eu.vigil.registry.ProviderDeclaration;
import eu.vigil.registry.ProviderId;
import eu.vigil.registry.ProviderQuery;
import eu.vigil.registry.ReferenceData;
import eu.vigil.registry.RegisterImport;
import eu.vigil.registry.SizeClass;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

/** REST API of the registry under {@code /api/v1}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry")
class RegistryApi {

    private final CompetentAuthorities authorities;
    private final HostingServiceProviders providers;
    private final ReferenceData reference;
    private final RegisterImport imports;
    private final Clock clock;

    RegistryApi(CompetentAuthorities authorities, HostingServiceProviders providers, ReferenceData reference,
            RegisterImport imports, Clock clock) {
        this.authorities = authorities;
        this.providers = providers;
        this.reference = reference;
        this.imports = imports;
        this.clock = clock;
    }

    /** A Member State with its authorities and the derived flags. */
    record MemberStateView(String code, String name, List<String> languages, boolean canIssue,
            boolean needsVerification, List<CompetentAuthority> authorities) {
        static MemberStateView of(MemberStateOverview o) {
            return new MemberStateView(o.memberState().code(), o.memberState().name(), o.memberState().languages(),
                    o.canIssue(), o.needsVerification(), o.authorities());
        }
    }

    @Operation(summary = "The 27 Member States with their authorities in force at 'at' (default now)")
    @GetMapping("/member-states")
    List<MemberStateView> memberStates(@RequestParam(required = false) String at) {
        return authorities.overview(Moments.parse(at, clock)).stream().map(MemberStateView::of).toList();
    }

    @Operation(summary = "One Member State")
    @GetMapping("/member-states/{code}")
    MemberStateView memberState(@PathVariable String code, @RequestParam(required = false) String at) {
        return authorities.overview(code, Moments.parse(at, clock)).map(MemberStateView::of)
                .orElseThrow(() -> new NotFound("Member State " + code));
    }

    @Operation(summary = "The 24 official EU languages")
    @GetMapping("/languages")
    List<Language> languages() {
        return reference.languages();
    }

    @Operation(summary = "Competent authorities in force at 'at', filtered by Member State and role, paged")
    @GetMapping("/authorities")
    ResultPage<CompetentAuthority> authorities(@RequestParam(required = false) String at,
            @RequestParam(required = false) String memberState, @RequestParam(required = false) AuthorityRole role,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ResultPage.checkRequest(page, size);
        var list = authorities.asOf(Moments.parse(at, clock)).stream()
                .filter(a -> memberState == null || a.memberState().equalsIgnoreCase(memberState))
                .filter(a -> role == null || a.holds(role)).toList();
        return ResultPage.of(list, page, size);
    }

    @Operation(summary = "Every version of one authority, oldest first")
    @GetMapping("/authorities/{id}/history")
    ResponseEntity<List<CompetentAuthority>> authorityHistory(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        var history = authorities.history(new AuthorityId(id));
        if (history.isEmpty()) {
            throw new NotFound("authority " + id);
        }
        return PagedList.of(history, page, size);
    }

    @Operation(summary = "Load register updates (CSV with header, or a JSON array); bad rows are reported, good rows applied")
    @PostMapping(path = "/authorities/import", consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE})
    RegisterImport.Report importRegister(@RequestBody(required = false) byte[] body,
            @RequestHeader("Content-Type") String contentType, @RequestParam(defaultValue = "false") boolean dryRun) {
        var format = contentType.startsWith(MediaType.APPLICATION_JSON_VALUE) ? RegisterImport.Format.JSON
                : RegisterImport.Format.CSV;
        // An empty body is an empty file (answered by the import), not a framework error.
        return imports.run(CurrentActor.get(), format, body == null ? "" : new String(body, StandardCharsets.UTF_8),
                dryRun);
    }

    @Operation(summary = "Hosting service providers in force at 'at', searchable and paged")
    @GetMapping("/providers")
    ResultPage<HostingServiceProvider> providers(@RequestParam(required = false) String q,
            @RequestParam(required = false) String mainEstablishment,
            @RequestParam(required = false) String legalRepMemberState, @RequestParam(required = false) SizeClass sizeClass,
            @RequestParam(required = false) String at, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ResultPage.checkRequest(page, size);
        return ResultPage.of(providers.search(new ProviderQuery(q, mainEstablishment, legalRepMemberState, sizeClass),
                Moments.parse(at, clock)), page, size);
    }

    @Operation(summary = "Onboard a provider (platform administrators)")
    @PostMapping("/providers")
    @ResponseStatus(HttpStatus.CREATED)
    HostingServiceProvider register(@RequestBody @Valid ProviderDeclaration declaration) {
        return providers.register(CurrentActor.get(), declaration);
    }

    @Operation(summary = "A provider's entry in force at 'at' (default now)")
    @GetMapping("/providers/{id}")
    HostingServiceProvider provider(@PathVariable UUID id, @RequestParam(required = false) String at) {
        var pid = new ProviderId(id);
        return (at == null ? providers.current(pid) : providers.asOf(pid, Moments.parse(at, clock)))
                .orElseThrow(() -> new NotFound("provider " + id));
    }

    @Operation(summary = "Every version of a provider's entry")
    @GetMapping("/providers/{id}/history")
    ResponseEntity<List<HostingServiceProvider>> providerHistory(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        var history = providers.history(new ProviderId(id));
        if (history.isEmpty()) {
            throw new NotFound("provider " + id);
        }
        return PagedList.of(history, page, size);
    }

    @Operation(summary = "Amend a provider's entry with an effective date (the provider's own administrators, R29)")
    @PutMapping("/providers/{id}")
    HostingServiceProvider amend(@PathVariable UUID id, @RequestBody @Valid ProviderDeclaration declaration) {
        return providers.amend(CurrentActor.get(), new ProviderId(id), declaration);
    }

    @Operation(summary = "Providers with a legal representative, by the representative's Member State (JSON)")
    @GetMapping(path = "/legal-representatives/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> overview(@RequestParam(required = false) String at) {
        return OverviewExport.json(providers.legalRepresentativeOverview(Moments.parse(at, clock)));
    }

    @Operation(summary = "The same overview as CSV")
    @GetMapping(path = "/legal-representatives/overview.csv", produces = "text/csv")
    ResponseEntity<String> overviewCsv(@RequestParam(required = false) String at) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(OverviewExport.csv(providers.legalRepresentativeOverview(Moments.parse(at, clock))));
    }
}
