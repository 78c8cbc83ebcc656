package eu.vigil.referral.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.deconfliction.Duplicate;
import eu.vigil.identity.CurrentActor;
import eu.vigil.referral.ActionDay;
import eu.vigil.referral.ActionDays;
import eu.vigil.referral.ReferralId;
import eu.vigil.referral.ReferralRequest;
import eu.vigil.referral.Referrals;
import eu.vigil.shared.Limits;
import eu.vigil.shared.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Non-binding referrals and referral action days (R36, R37, R11). */
@RestController
@Tag(name = "Referrals (non-binding)")
class ReferralApi {

    private final Referrals referrals;
    private final ActionDays days;

    ReferralApi(Referrals referrals, ActionDays days) {
        this.referrals = referrals;
        this.days = days;
    }

    /** A referral to send, with the override's justification when an item is under investigation. */
    record Sending(UUID providerId, @Size(max = 60, message = Limits.CHARS) String category,
            @Size(max = 8, message = Limits.CHARS) String language, Integer requestedResponseHours,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String note,
            @Size(max = Limits.ITEMS, message = Limits.COUNT) List<ReferralRequest.@Valid Item> items,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String deconflictionOverride) {

        ReferralRequest request() {
            return new ReferralRequest(providerId, category, language, requestedResponseHours, note, items);
        }
    }

    /** What sending did. */
    record SendResult(boolean held, ReferralView referral, List<DuplicateWarning> duplicates, List<FlagHit> deconflictionHits) {
    }

    /** An open case that already names an item: a warning, never a refusal (R37). */
    record DuplicateWarning(int position, String kind, String reference, String sender, String matchedBy, Integer pdqDistance,
            String href) {

        static DuplicateWarning of(Duplicate d) {
            return new DuplicateWarning(d.position(), d.existing().kind().name(), d.existing().reference(), d.sender(),
                    d.matchedBy().name(), d.pdqDistance(), d.existing().href());
        }
    }

    /** An investigation flag an item matched (the flag's own case reference is never shown). */
    record FlagHit(String value, String kind, String flaggedBy) {
    }

    @Operation(summary = "Send a non-binding referral to a provider; held when an item is under investigation unless "
            + "deconflictionOverride justifies sending; duplicates of open cases are warned about")
    @PostMapping("/api/v1/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    SendResult send(@RequestBody @Valid Sending body) {
        Referrals.Sent sent = referrals.send(CurrentActor.get(), body.request(), body.deconflictionOverride());
        return new SendResult(sent.held(), ReferralView.of(sent.referral(), referrals.alsoSentBy(sent.referral())),
                sent.duplicates().stream().map(DuplicateWarning::of).toList(),
                sent.hits().stream().map(h -> new FlagHit(h.value(), h.kind().name(), h.organisationName())).toList());
    }

    @Operation(summary = "Referrals the caller sent (a provider: received); paged (page, size), total in X-Total-Count")
    @GetMapping("/api/v1/referrals")
    ResponseEntity<List<ReferralView>> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(referrals.visibleTo(CurrentActor.get()).stream().map(r -> ReferralView.of(r, java.util.Map.of()))
                .toList(), page, size);
    }

    @Operation(summary = "One referral, with the other senders of each item to the same provider")
    @GetMapping("/api/v1/referrals/{id}")
    ReferralView get(@PathVariable UUID id) {
        var r = referrals.get(CurrentActor.get(), new ReferralId(id));
        return ReferralView.of(r, referrals.alsoSentBy(r));
    }

    /** One item's answer. */
    record ItemAnswer(@Size(max = 20, message = Limits.CHARS) String outcome, @Size(max = 20, message = Limits.CHARS) String action,
            @Size(max = 27, message = Limits.COUNT) List<@Size(max = 2, message = Limits.CHARS) String> memberStates,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String reason) {
    }

    @Operation(summary = "The provider answers for one item: ACTIONED (action REMOVED, RESTRICTED or GEO_BLOCKED with "
            + "memberStates), NOT_ACTIONED (reason required) or NOT_APPLICABLE; final")
    @PostMapping("/api/v1/referrals/{id}/items/{position}/feedback")
    ReferralView answer(@PathVariable UUID id, @PathVariable int position, @RequestBody @Valid ItemAnswer body) {
        var r = referrals.answer(CurrentActor.get(), new ReferralId(id), List.of(new Referrals.Feedback(position,
                body.outcome(), body.action(), body.memberStates(), body.reason())));
        return ReferralView.of(r, referrals.alsoSentBy(r));
    }

    /** Several items' answers at once. */
    record Answers(@Size(max = Limits.ITEMS, message = Limits.COUNT) List<@Valid PositionedAnswer> items) {
    }

    /** One item's answer with its position. */
    record PositionedAnswer(int position, @Size(max = 20, message = Limits.CHARS) String outcome,
            @Size(max = 20, message = Limits.CHARS) String action,
            @Size(max = 27, message = Limits.COUNT) List<@Size(max = 2, message = Limits.CHARS) String> memberStates,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String reason) {
    }

    @Operation(summary = "The provider answers for several items in one call (errors name items[i].field)")
    @PostMapping("/api/v1/referrals/{id}/feedback")
    ReferralView answerMany(@PathVariable UUID id, @RequestBody @Valid Answers body) {
        var r = referrals.answer(CurrentActor.get(), new ReferralId(id), (body.items() == null ? List.<PositionedAnswer>of()
                : body.items()).stream().map(a -> new Referrals.Feedback(a.position(), a.outcome(), a.action(),
                        a.memberStates(), a.reason())).toList());
        return ReferralView.of(r, referrals.alsoSentBy(r));
    }

    /** Why a held referral goes out anyway. */
    record Release(@Size(max = Limits.TEXT, message = Limits.CHARS) String justification) {
    }

    @Operation(summary = "The sender releases a referral held for deconfliction; while an item is still under "
            + "investigation the justification is required and audited, and both sides are told")
    @PostMapping("/api/v1/referrals/{id}/release")
    ReferralView release(@PathVariable UUID id, @RequestBody(required = false) @Valid Release body) {
        var r = referrals.release(CurrentActor.get(), new ReferralId(id), body == null ? null : body.justification());
        return ReferralView.of(r, referrals.alsoSentBy(r));
    }

    @Operation(summary = "The sender withdraws a held or sent referral")
    @PostMapping("/api/v1/referrals/{id}/withdraw")
    ReferralView withdraw(@PathVariable UUID id) {
        return ReferralView.of(referrals.withdraw(CurrentActor.get(), new ReferralId(id)), java.util.Map.of());
    }

    /** An action day's upload: the campaign's settings and the CSV text. */
    record Upload(@Size(max = Limits.NAME, message = Limits.CHARS) String name,
            @Size(max = Limits.NAME, message = Limits.CHARS) String fileName,
            @Size(max = 60, message = Limits.CHARS) String category,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String termsClause, Integer requestedResponseHours,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String deconflictionOverride, String csv) {
    }

    /** The imported day, its summary and every row's result. */
    record Imported(ActionDay.Summary summary, List<ActionDay.Row> rows) {
    }

    @Operation(summary = "Import a referral action day: CSV with columns provider, url, hash, hash_type, terms_clause, "
            + "category, language, account; one referral per provider, category and language; a result per row")
    @PostMapping("/api/v1/referral-action-days")
    @ResponseStatus(HttpStatus.CREATED)
    Imported importDay(@RequestBody @Valid Upload body) {
        var actor = CurrentActor.get();
        var imported = days.importCsv(actor, new ActionDays.Campaign(body.name(), body.fileName(), body.category(),
                body.termsClause(), body.requestedResponseHours(), body.deconflictionOverride()), body.csv());
        return new Imported(days.summary(actor, imported.day().id()), imported.rows());
    }

    @Operation(summary = "The caller's action days")
    @GetMapping("/api/v1/referral-action-days")
    List<ActionDay> days() {
        return days.visibleTo(CurrentActor.get());
    }

    @Operation(summary = "An action day's summary per provider, as its referrals stand now")
    @GetMapping("/api/v1/referral-action-days/{id}")
    ActionDay.Summary summary(@PathVariable UUID id) {
        return days.summary(CurrentActor.get(), id);
    }

    @Operation(summary = "An action day's rows and their results; paged (page, size), total in X-Total-Count")
    @GetMapping("/api/v1/referral-action-days/{id}/rows")
    ResponseEntity<List<ActionDay.Row>> rows(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(days.rows(CurrentActor.get(), id), page, size);
    }

    @Operation(summary = "An action day's rows and their results as CSV")
    @GetMapping(value = "/api/v1/referral-action-days/{id}/rows.csv", produces = "text/csv")
    ResponseEntity<byte[]> rowsCsv(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"action-day-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ActionDayExport.csv(days.rows(CurrentActor.get(), id)).getBytes(StandardCharsets.UTF_8));
    }
}
