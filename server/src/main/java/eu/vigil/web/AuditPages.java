package eu.vigil.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditNames;
import eu.vigil.audit.AuditQuery;
import eu.vigil.audit.AuditRecord;
import eu.vigil.audit.AuditSentence;
import eu.vigil.audit.AuditSentences;
import eu.vigil.audit.AuditVerification;
import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.Organisations;
import eu.vigil.shared.CsvWriter;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The audit view, its CSV export and its API. Platform administrators see every record and can verify the chain;
 * everyone else sees the records of their own organisation. Filters (person, organisation, object, period) only
 * narrow that scope; they stay in the address, so a filtered view can be bookmarked and exported as it is.
 */
@Controller
@Tag(name = "Audit log")
class AuditPages {

    /** Most records one CSV export holds; narrower filters export the rest. */
    static final int EXPORT_LIMIT = 100_000;

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final AuditSentences sentences;
    private final AuditNames names;
    private final Organisations organisations;

    AuditPages(AuditLog audit, AuditSentences sentences, AuditNames names, Organisations organisations) {
        this.audit = audit;
        this.sentences = sentences;
        this.names = names;
        this.organisations = organisations;
    }

    @GetMapping("/audit")
    String page(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String actor,
            @RequestParam(required = false) UUID organisation, @RequestParam(required = false) String type,
            @RequestParam(required = false) String object, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @ModelAttribute(name = "shell", binding = false) Shell shell, Locale locale, Model model) {
        ResultPage.checkRequest(page, PAGE_SIZE);
        AuditFilters filters = new AuditFilters(actor, organisation, type, object, action, from, to);
        ResultPage<AuditRecord> records = audit.search(scope(), filters.query(names, ZoneId.of(shell.zone())), page,
                PAGE_SIZE);
        model.addAttribute("records", records);
        model.addAttribute("sentences", sentences.describe(records.items(), locale));
        model.addAttribute("filters", filters);
        model.addAttribute("organisations", CurrentActor.get().isPlatformAdmin() ? organisations.all() : List.of());
        model.addAttribute("types", AuditSentences.SUBJECT_TYPES.stream()
                .map(t -> new String[] {t, sentences.objectType(t, locale)}).toList());
        model.addAttribute("verification", null);
        return "audit/records";
    }

    @GetMapping(value = "/audit.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String actor,
            @RequestParam(required = false) UUID organisation, @RequestParam(required = false) String type,
            @RequestParam(required = false) String object, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @ModelAttribute(name = "shell", binding = false) Shell shell, Locale locale) {
        AuditFilters filters = new AuditFilters(actor, organisation, type, object, action, from, to);
        List<AuditRecord> records = audit.search(scope(), filters.query(names, ZoneId.of(shell.zone())), 0,
                EXPORT_LIMIT).items();
        StringBuilder out = new StringBuilder(CsvWriter.line("seq", "occurred_at", "local_time", "sentence", "actor",
                "organisation", "object_kind", "object", "object_page", "action", "subject_type", "subject_id", "actor_label",
                "actor_id", "organisation_id", "details", "before_digest", "after_digest", "record_hash")).append("\r\n");
        for (AuditSentence s : sentences.describe(records, locale)) {
            AuditRecord r = s.record();
            out.append(CsvWriter.line(r.seq(), r.occurredAt().toString(), shell.time(r.occurredAt()), s.text(), s.actor(),
                    s.organisation(), s.kind(), s.object(), s.href(), r.action(), r.subjectType(), r.subjectId(), r.actorLabel(),
                    r.actorId() == null ? null : r.actorId().toString(),
                    r.organisationId() == null ? null : r.organisationId().toString(), r.details(), r.beforeDigest(),
                    r.afterDigest(), r.recordHash())).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        requireAdmin();
        model.addAttribute("verification", audit.verify());
        return "audit/verification";
    }

    @Operation(summary = "Audit records visible to the caller, newest first")
    @GetMapping("/api/v1/audit")
    @ResponseBody
    ResultPage<AuditRecord> api(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String action) {
        ResultPage.checkRequest(page, size);
        return audit.search(scope(), AuditQuery.action(action), page, size);
    }

    @Operation(summary = "Recompute the hash chain (platform administrators)")
    @GetMapping("/api/v1/audit/verification")
    @ResponseBody
    ResponseEntity<AuditVerification> verification() {
        requireAdmin();
        AuditVerification result = audit.verify();
        return ResponseEntity.status(result instanceof AuditVerification.Intact ? 200 : 409).body(result);
    }

    /** Who may see which records: platform administrators all, everyone else their own organisation's. */
    private static Optional<UUID> scope() {
        Actor actor = CurrentActor.get();
        return actor.isPlatformAdmin() ? Optional.empty() : Optional.of(actor.organisationId().value());
    }

    private static void requireAdmin() {
        if (!CurrentActor.get().isPlatformAdmin()) {
            throw new Forbidden("only platform administrators verify the whole audit chain");
        }
    }
}
