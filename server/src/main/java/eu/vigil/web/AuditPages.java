package eu.vigil.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.audit.AuditVerification;
import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The audit view and its API. Platform administrators see every record and can verify the chain;
 * everyone else sees the records of their own organisation.
 */
@Controller
@Tag(name = "Audit log")
class AuditPages {

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String action, Model model) {
        model.addAttribute("records", records(page, 50, action));
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("verification", null);
        return "audit/records";
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
        return records(page, size, action);
    }

    @Operation(summary = "Recompute the hash chain (platform administrators)")
    @GetMapping("/api/v1/audit/verification")
    @ResponseBody
    ResponseEntity<AuditVerification> verification() {
        requireAdmin();
        AuditVerification result = audit.verify();
        return ResponseEntity.status(result instanceof AuditVerification.Intact ? 200 : 409).body(result);
    }

    private ResultPage<AuditRecord> records(int page, int size, String action) {
        ResultPage.checkRequest(page, size);
        Actor actor = CurrentActor.get();
        Optional<UUID> scope = actor.isPlatformAdmin() ? Optional.empty() : Optional.of(actor.organisationId().value());
        return audit.list(scope, Optional.ofNullable(action).filter(a -> !a.isBlank()), page, size);
    }

    private static void requireAdmin() {
        if (!CurrentActor.get().isPlatformAdmin()) {
            throw new Forbidden("only platform administrators verify the whole audit chain");
        }
    }
}
