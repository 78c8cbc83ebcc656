package eu.vigil.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which role every state-changing request needs (ADR 0019): one table of "HTTP method + path pattern → duty"
 * for every {@code POST}, {@code PUT}, {@code PATCH} and {@code DELETE} handler of the API and of the pages,
 * enforced before the handler runs. A write handler that is not in the table is refused (fail closed);
 * a test enumerates every handler of the running application against this table, and another calls every
 * write operation of the OpenAPI document with a token of each role.
 *
 * <p>Work needs {@link Role#OPERATOR}, administration needs {@link Role#ADMIN}; neither implies the other,
 * and {@link Role#VIEWER} never writes. Only the caller's own account (its password, its language and time zone) is open to every role.
 */
public final class WritePolicy {

    /** Methods that change state; every other method reads. */
    public static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** What a write is, and so which role it needs. */
    public enum Duty {
        /** The organisation's day-to-day work: issue, answer, match, scrutinise, appeal, complain, flag, state. */
        WORK(Role.OPERATOR),
        /** Managing the organisation's users, credentials and register entry, and the register itself. */
        ADMINISTRATION(Role.ADMIN),
        /** The caller's own account (its password, language and time zone): open to every role. */
        OWN_ACCOUNT(null),
        /** Not a role decision: anonymous endpoints (token endpoint) and the framework's error page. */
        OUTSIDE(null);

        private final Role required;

        Duty(Role required) {
            this.required = required;
        }

        /** The role this duty needs, empty if any authenticated caller (or none) may make the request. */
        public Optional<Role> required() {
            return Optional.ofNullable(required);
        }
    }

    private static final Map<String, Duty> TABLE = table(
            // identity: API
            "POST /api/v1/organisations/{id}/users", Duty.ADMINISTRATION,
            "POST /api/v1/users/{userId}/disable", Duty.ADMINISTRATION,
            "POST /api/v1/users/{userId}/enable", Duty.ADMINISTRATION,
            "POST /api/v1/me/password", Duty.OWN_ACCOUNT,
            "POST /api/v1/organisations/{id}/tokens", Duty.ADMINISTRATION,
            "DELETE /api/v1/tokens/{tokenId}", Duty.ADMINISTRATION,
            "POST /api/v1/organisations/{id}/oauth-clients", Duty.ADMINISTRATION,
            "DELETE /api/v1/oauth-clients/{clientId}", Duty.ADMINISTRATION,
            "POST /oauth2/token", Duty.OUTSIDE,
            // onboarding: the platform administration invites an organisation's first administrator, who accepts
            // without an account yet (the invitation secret is the credential)
            "POST /api/v1/organisations/{id}/invitations", Duty.ADMINISTRATION,
            "POST /api/v1/invitations/accept", Duty.OUTSIDE,
            "POST /invitations/{secret}", Duty.OUTSIDE,
            // identity: pages
            "POST /account/tokens", Duty.ADMINISTRATION,
            "POST /account/tokens/{id}/revoke", Duty.ADMINISTRATION,
            "POST /account/clients", Duty.ADMINISTRATION,
            "POST /account/clients/{clientId}/revoke", Duty.ADMINISTRATION,
            "POST /account/users", Duty.ADMINISTRATION,
            "POST /account/users/{id}/{action:enable|disable}", Duty.ADMINISTRATION,
            "POST /account/invitations", Duty.ADMINISTRATION,
            "POST /account/password", Duty.OWN_ACCOUNT,
            "POST /account/preferences", Duty.OWN_ACCOUNT,
            // registry
            "POST /api/v1/authorities/import", Duty.ADMINISTRATION,
            "POST /api/v1/providers", Duty.ADMINISTRATION,
            "PUT /api/v1/providers/{id}", Duty.ADMINISTRATION,
            "POST /registry/providers/new", Duty.ADMINISTRATION,
            "POST /registry/providers/{id}/edit", Duty.ADMINISTRATION,
            "POST /registry/providers/{id}/invitation", Duty.ADMINISTRATION,
            "POST /registry/import", Duty.ADMINISTRATION,
            // delivery
            "PUT /api/v1/providers/{id}/webhook", Duty.ADMINISTRATION,
            "DELETE /api/v1/providers/{id}/webhook", Duty.ADMINISTRATION,
            // audit
            "POST /audit/verify", Duty.ADMINISTRATION,
            // notifications (the read mark is shared by the organisation)
            "POST /api/v1/notifications/{id}/read", Duty.WORK,
            "POST /notifications/{id}/read", Duty.WORK,
            // removal orders: API
            "POST /api/v1/removal-orders", Duty.WORK,
            "POST /api/v1/prior-information", Duty.WORK,
            "PUT /api/v1/removal-orders/{id}/items/{position}/preserved-copy", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/items/{position}/preservation-extension", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/complaints", Duty.WORK,
            "POST /api/v1/complaints/{complaintId}/outcome", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/acknowledgement", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/feedback", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/impossibility", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/grounds-ceased", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/clarification", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/withdrawal", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/reissue", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/scrutiny-request", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/scrutiny", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/scrutiny/notice-of-intention", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/scrutiny/decision", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/reinstatement", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/non-disclosure-extension", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/appeal", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/appeal/outcome", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/content-provider-information", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/content-provider-requests", Duty.WORK,
            "POST /api/v1/removal-orders/{id}/content-provider-requests/{requestId}/answer", Duty.WORK,
            "POST /api/v1/exposure-cases/{id}/decision", Duty.WORK,
            "POST /api/v1/exposure-cases/{id}/reports", Duty.WORK,
            "POST /api/v1/exposure-cases/{id}/review-request", Duty.WORK,
            "POST /api/v1/exposure-cases/{id}/review-outcome", Duty.WORK,
            "POST /api/v1/exposure-cases/{id}/end", Duty.WORK,
            "POST /api/v1/specific-measure-removals", Duty.WORK,
            "POST /api/v1/specific-measure-removals/{id}/complaints", Duty.WORK,
            // removal orders: pages
            "POST /orders/new", Duty.WORK,
            "POST /orders/prior-information", Duty.WORK,
            "POST /orders/{id}/acknowledgement", Duty.WORK,
            "POST /orders/{id}/feedback", Duty.WORK,
            "POST /orders/{id}/impossibility", Duty.WORK,
            "POST /orders/{id}/grounds-ceased", Duty.WORK,
            "POST /orders/{id}/clarification", Duty.WORK,
            "POST /orders/{id}/withdrawal", Duty.WORK,
            "POST /orders/{id}/scrutiny-request", Duty.WORK,
            "POST /orders/{id}/scrutiny", Duty.WORK,
            "POST /orders/{id}/scrutiny/notice-of-intention", Duty.WORK,
            "POST /orders/{id}/scrutiny/decision", Duty.WORK,
            "POST /orders/{id}/reinstatement", Duty.WORK,
            "POST /orders/{id}/complaints/{complaintId}/outcome", Duty.WORK,
            "POST /orders/{id}/appeal", Duty.WORK,
            "POST /orders/{id}/appeal/outcome", Duty.WORK,
            "POST /orders/{id}/content-provider-information", Duty.WORK,
            "POST /orders/{id}/content-provider-requests", Duty.WORK,
            "POST /orders/{id}/content-provider-requests/{requestId}/answer", Duty.WORK,
            "POST /exposure/{id}/decision", Duty.WORK,
            "POST /exposure/{id}/reports", Duty.WORK,
            "POST /exposure/{id}/review-request", Duty.WORK,
            "POST /exposure/{id}/review-outcome", Duty.WORK,
            "POST /exposure/{id}/end", Duty.WORK,
            "POST /specific-measure-removals", Duty.WORK,
            "POST /specific-measure-removals/{id}/complaints", Duty.WORK,
            "POST /specific-measure-removals/complaints/{complaintId}/outcome", Duty.WORK,
            // hash banks and matching
            "POST /api/v1/banks", Duty.WORK,
            "PUT /api/v1/banks/{id}", Duty.WORK,
            "POST /api/v1/banks/{id}/entries", Duty.WORK,
            "POST /api/v1/banks/{id}/entries/{entry}/disable", Duty.WORK,
            "POST /api/v1/banks/{id}/entries/{entry}/enable", Duty.WORK,
            "POST /api/v1/banks/{id}/import", Duty.WORK,
            "POST /api/v1/match", Duty.WORK,
            "POST /banks", Duty.WORK,
            "POST /banks/{id}/entries", Duty.WORK,
            "POST /banks/{id}/entries/{entry}/{action:disable|enable}", Duty.WORK,
            "POST /banks/{id}/import", Duty.WORK,
            "POST /match-test", Duty.WORK,
            // crisis protocol (issue 13)
            "POST /api/v1/crises", Duty.WORK,
            "POST /api/v1/crises/{id}/steps", Duty.WORK,
            "POST /api/v1/crises/{id}/situation-reports", Duty.WORK,
            "POST /api/v1/crises/{id}/acknowledgement", Duty.WORK,
            "POST /api/v1/crises/{id}/external-activations", Duty.WORK,
            "POST /api/v1/crises/{id}/items", Duty.WORK,
            "POST /api/v1/crises/{id}/items/{entryId}/status", Duty.WORK,
            "POST /api/v1/crises/{id}/items/{entryId}/withdrawal", Duty.WORK,
            "PUT /api/v1/crisis-participation", Duty.ADMINISTRATION,
            "POST /crises", Duty.WORK,
            "POST /crises/participation", Duty.ADMINISTRATION,
            "POST /crises/{id}/steps", Duty.WORK,
            "POST /crises/{id}/review", Duty.WORK,
            "POST /crises/{id}/situation-reports", Duty.WORK,
            "POST /crises/{id}/acknowledgement", Duty.WORK,
            "POST /crises/{id}/external-activations", Duty.WORK,
            // crisis board links and contact-point drills (issue 13)
            "POST /api/v1/crises/{id}/threat-reports", Duty.WORK,
            "POST /api/v1/crisis-drills", Duty.WORK,
            "POST /api/v1/crisis-drills/{id}/acknowledgement", Duty.WORK,
            "POST /api/v1/crisis-drills/{id}/closure", Duty.WORK,
            "POST /crises/{id}/threat-reports", Duty.WORK,
            "POST /crises/drills", Duty.WORK,
            "POST /crises/drills/{id}/acknowledgement", Duty.WORK,
            "POST /crises/drills/{id}/closure", Duty.WORK,
            "POST /crises/{id}/items", Duty.WORK,
            "POST /crises/{id}/items/import", Duty.WORK,
            "POST /crises/{id}/items/{entryId}/status", Duty.WORK,
            "POST /crises/{id}/items/{entryId}/withdrawal", Duty.WORK,
            // table-top exercises (issue 13, point 6): the facilitator steers, evaluators observe
            "POST /api/v1/exercise/pause", Duty.WORK,
            "POST /api/v1/exercise/resume", Duty.WORK,
            "POST /api/v1/exercise/injects", Duty.WORK,
            "POST /api/v1/exercise/injects/{id}/skip", Duty.WORK,
            "POST /api/v1/exercise/observations", Duty.WORK,
            "POST /exercise/pause", Duty.WORK,
            "POST /exercise/resume", Duty.WORK,
            "POST /exercise/injects", Duty.WORK,
            "POST /exercise/injects/{id}/skip", Duty.WORK,
            "POST /exercise/observations", Duty.WORK,
            // referrals (issue 14): senders send, release and withdraw; providers answer
            "POST /api/v1/referrals", Duty.WORK,
            "POST /api/v1/referrals/{id}/items/{position}/feedback", Duty.WORK,
            "POST /api/v1/referrals/{id}/feedback", Duty.WORK,
            "POST /api/v1/referrals/{id}/release", Duty.WORK,
            "POST /api/v1/referrals/{id}/withdraw", Duty.WORK,
            "POST /api/v1/referral-action-days", Duty.WORK,
            "POST /referrals", Duty.WORK,
            "POST /referrals/{id}/items/{position}/feedback", Duty.WORK,
            "POST /referrals/{id}/release", Duty.WORK,
            "POST /referrals/{id}/withdraw", Duty.WORK,
            "POST /referrals/action-days", Duty.WORK,
            // notices (DSA Art. 16) and the trusted-flagger list (Art. 22, issue 14): notifiers submit, providers
            // decide, the Commission loads its list
            "POST /api/v1/notices", Duty.WORK,
            "POST /api/v1/notices/{id}/decision", Duty.WORK,
            "POST /api/v1/trusted-flaggers", Duty.WORK,
            "POST /notices", Duty.WORK,
            "POST /notices/{id}/decision", Duty.WORK,
            "POST /trusted-flaggers", Duty.WORK,
            // threat reports
            "POST /api/v1/threat-reports", Duty.WORK,
            "POST /api/v1/threat-reports/{id}/receipt", Duty.WORK,
            "POST /threats", Duty.WORK,
            "POST /threats/{id}/receipt", Duty.WORK,
            // penalty proceedings (Art. 18)
            "POST /api/v1/penalty-proceedings", Duty.WORK,
            "POST /api/v1/penalty-proceedings/{id}/decision", Duty.WORK,
            "POST /penalties", Duty.WORK,
            "POST /penalties/{id}/decision", Duty.WORK,
            // deconfliction
            "POST /api/v1/investigation-flags", Duty.WORK,
            "DELETE /api/v1/investigation-flags/{id}", Duty.WORK,
            "POST /deconfliction", Duty.WORK,
            "POST /deconfliction/{id}/withdrawal", Duty.WORK,
            // statements of reasons
            "POST /api/v1/removal-orders/{id}/statements-of-reasons", Duty.WORK,
            "POST /api/v1/statements-of-reasons/{id}/review", Duty.WORK,
            "POST /api/v1/statements-of-reasons/exports", Duty.WORK,
            "POST /statements/draft", Duty.WORK,
            "POST /statements/{id}/review", Duty.WORK,
            "POST /statements/export", Duty.WORK,
            // submission to the DSA Transparency Database (R47): the connection is administration
            "PUT /api/v1/statements-of-reasons/transparency-database", Duty.ADMINISTRATION,
            "POST /statements/transparency-database", Duty.ADMINISTRATION,
            // a provider's Art. 7 transparency report (R45, issue 15): its operators write and publish it
            "PUT /api/v1/transparency/provider-report/narrative", Duty.WORK,
            "POST /api/v1/transparency/provider-report/publish", Duty.WORK,
            "POST /transparency/provider/narrative", Duty.WORK,
            "POST /transparency/provider/publish", Duty.WORK);

    /** The framework's error page answers every method; it is reached by error dispatches, not by clients' writes. */
    private static final String ERROR_PAGE = "/error";

    private WritePolicy() {
    }

    /** Whether a request with this method changes state. */
    public static boolean isWrite(String method) {
        return method != null && WRITE_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * The duty of a write handler, by its method and the path pattern it is mapped to (as Spring reports it,
     * e.g. {@code /api/v1/removal-orders/{id}/appeal}); empty if no decision was recorded.
     */
    public static Optional<Duty> dutyOf(String method, String pattern) {
        if (ERROR_PAGE.equals(pattern)) {
            return Optional.of(Duty.OUTSIDE);
        }
        return Optional.ofNullable(TABLE.get(method.toUpperCase(Locale.ROOT) + " " + pattern));
    }

    /** Whether the actor holds the role the duty needs. */
    public static boolean allows(Actor actor, Duty duty) {
        return duty.required().map(actor::has).orElse(true);
    }

    /** Whether the actor may do the organisation's work (pages ask this before showing a work action). */
    public static boolean mayWork(Actor actor) {
        return actor != null && allows(actor, Duty.WORK);
    }

    /** Whether the actor may administer its organisation (pages ask this before showing an administration action). */
    public static boolean mayAdminister(Actor actor) {
        return actor != null && allows(actor, Duty.ADMINISTRATION);
    }

    /** The whole table, "METHOD pattern" → duty, sorted (for tests and documentation). */
    public static Map<String, Duty> table() {
        return TABLE;
    }

    private static Map<String, Duty> table(Object... pairs) {
        Map<String, Duty> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (map.put((String) pairs[i], (Duty) pairs[i + 1]) != null) {
                throw new IllegalStateException("twice in the write policy: " + pairs[i]);
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
