package eu.vigil.notice.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.deconfliction.Duplicate;
import eu.vigil.identity.CurrentActor;
import eu.vigil.notice.NoticeId;
import eu.vigil.notice.NoticeRequest;
import eu.vigil.notice.Notices;
import eu.vigil.notice.TrustedFlagger;
import eu.vigil.notice.TrustedFlaggers;
import eu.vigil.shared.Limits;
import eu.vigil.shared.PagedList;
import eu.vigil.statements.StatementDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** DSA Art. 16 notices (R55) and the Commission's list of trusted flaggers (R56). */
@RestController
@Tag(name = "Notices (DSA Art. 16, non-binding) and trusted flaggers")
class NoticeApi {

    private final Notices notices;
    private final TrustedFlaggers flaggers;

    NoticeApi(Notices notices, TrustedFlaggers flaggers) {
        this.notices = notices;
        this.flaggers = flaggers;
    }

    /** What submitting did. */
    record NoticeSubmitted(NoticeView notice, List<NoticeDuplicateWarning> duplicates) {
    }

    /** An open case that already names an item: a warning, never a refusal (R37). */
    record NoticeDuplicateWarning(int position, String kind, String reference, String sender, String matchedBy,
            Integer pdqDistance, String href) {

        static NoticeDuplicateWarning of(Duplicate d) {
            return new NoticeDuplicateWarning(d.position(), d.existing().kind().name(), d.existing().reference(),
                    d.sender(), d.matchedBy().name(), d.pdqDistance(), d.existing().href());
        }
    }

    @Operation(summary = "Submit a DSA Art. 16 notice to a provider (authorities, Europol, notifying bodies); the "
            + "notifier's name and e-mail may be waived (anonymous: true) only for child sexual abuse; goodFaith must "
            + "be true; prioritised when the sender is a listed trusted flagger within its areas of expertise")
    @PostMapping("/api/v1/notices")
    @ResponseStatus(HttpStatus.CREATED)
    NoticeSubmitted submit(@RequestBody @Valid NoticeRequest body) {
        var actor = CurrentActor.get();
        var submitted = notices.submit(actor, body);
        return new NoticeSubmitted(NoticeView.of(submitted.notice(), notices.alsoSentBy(submitted.notice()), actor),
                submitted.duplicates().stream().map(NoticeDuplicateWarning::of).toList());
    }

    @Operation(summary = "Notices the caller sent (a provider: received, open and prioritised first); paged (page, "
            + "size), total in X-Total-Count")
    @GetMapping("/api/v1/notices")
    ResponseEntity<List<NoticeView>> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        var actor = CurrentActor.get();
        return PagedList.of(notices.visibleTo(actor).stream().map(n -> NoticeView.of(n, Map.of(), actor)).toList(),
                page, size);
    }

    @Operation(summary = "One notice, with the other senders of each item to the same provider")
    @GetMapping("/api/v1/notices/{id}")
    NoticeView get(@PathVariable UUID id) {
        var actor = CurrentActor.get();
        var n = notices.get(actor, new NoticeId(id));
        return NoticeView.of(n, notices.alsoSentBy(n), actor);
    }

    /** One item's decision. */
    record NoticeItemDecision(int position, @Size(max = 20, message = Limits.CHARS) String measure,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String reason) {
    }

    /** The provider's decision: per item, or one measure for every open item. */
    record NoticeDecisionRequest(@Size(max = Limits.ITEMS, message = Limits.COUNT) List<@Valid NoticeItemDecision> items,
            @Size(max = 20, message = Limits.CHARS) String measure,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String reason,
            @Size(max = 30, message = Limits.CHARS) String ground,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String groundText,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String explanation, @Valid StatementDraft statement) {
    }

    /** A statement of reasons drafted by the decision. */
    record DraftedStatement(UUID id, String puid, String state, Object sourceType, Object sourceIdentity) {
    }

    /** What deciding did. */
    record NoticeDecided(NoticeView notice, List<DraftedStatement> statements) {
    }

    @Operation(summary = "The provider decides: measure REMOVED, DISABLED, RESTRICTED or NO_ACTION (reason required) "
            + "per item or for every open item; ground ILLEGAL_CONTENT (default) or INCOMPATIBLE_CONTENT with groundText; "
            + "restricted items get a statement of reasons (statement: contentTypes, contentDate, …); final")
    @PostMapping("/api/v1/notices/{id}/decision")
    NoticeDecided decide(@PathVariable UUID id, @RequestBody @Valid NoticeDecisionRequest body) {
        var actor = CurrentActor.get();
        var decided = notices.decide(actor, new NoticeId(id), new Notices.Decision((body.items() == null
                ? List.<NoticeItemDecision>of() : body.items()).stream().map(i -> new Notices.ItemChoice(i.position(),
                        i.measure(), i.reason())).toList(), body.measure(), body.reason(), body.ground(), body.groundText(),
                body.explanation(), body.statement()));
        return new NoticeDecided(NoticeView.of(decided.notice(), notices.alsoSentBy(decided.notice()), actor),
                decided.statements().stream().map(s -> new DraftedStatement(s.id().value(), s.puid(), s.state().name(),
                        s.payload().get("source_type"), s.payload().get("source_identity"))).toList());
    }

    @Operation(summary = "The Commission's list of trusted flaggers as loaded (DSA Art. 22(5))")
    @GetMapping("/api/v1/trusted-flaggers")
    List<TrustedFlagger> trustedFlaggers() {
        return flaggers.all();
    }

    @Operation(summary = "The Commission loads its list of trusted flaggers: CSV with the header name,member_state,"
            + "areas_of_expertise,organisation_id,status,status_date, or a JSON array with these keys; the good rows "
            + "replace the list, every bad row is reported")
    @PostMapping(path = "/api/v1/trusted-flaggers", consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE,
            MediaType.TEXT_PLAIN_VALUE})
    TrustedFlaggers.Report importTrustedFlaggers(@RequestBody(required = false) byte[] body,
            @RequestHeader("Content-Type") String contentType,
            @RequestParam(required = false) String fileName) {
        return flaggers.importFile(CurrentActor.get(), contentType.startsWith(MediaType.APPLICATION_JSON_VALUE),
                body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8), fileName);
    }
}
