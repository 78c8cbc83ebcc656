package eu.vigil.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;

/**
 * What every page needs besides its own content: the actor, the CSRF token for forms and htmx, the
 * message bundle of the request's locale, time formatting in the viewer's zone with explicit offset, and the
 * notice of an accelerated clock (ADR 0025).
 */
public final class Shell {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private final Actor actor;
    private final CsrfToken csrf;
    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;
    private final String path;
    private final String realMinute;
    private final java.util.Map<String, eu.vigil.shared.FieldLabels.Field> fields;
    private final Submission submission;
    private final Ticking ticking;
    private final java.util.List<String> confirmations;
    private String here;
    private boolean exercise;

    /**
     * The installation's clock as the page was made, so countdowns in the browser follow the server's time
     * (accelerated or not) rather than the browser's own clock.
     *
     * @param now  the installation's time when the page was rendered
     * @param rate installation seconds per real second (1 in real time)
     */
    public record Ticking(java.time.Instant now, java.math.BigDecimal rate) {
    }

    /**
     * @param realMinute what one real minute becomes under an accelerated clock ("2 h"), null in real time
     */
    public Shell(Actor actor, CsrfToken csrf, MessageSource messages, Locale locale, ZoneId zone, String path,
            String realMinute) {
        this(actor, csrf, messages, locale, zone, path, realMinute, java.util.Map.of(), null, null, java.util.List.of());
    }

    Shell(Actor actor, CsrfToken csrf, MessageSource messages, Locale locale, ZoneId zone, String path,
            String realMinute, java.util.Map<String, eu.vigil.shared.FieldLabels.Field> fields, Submission submission,
            Ticking ticking, java.util.List<String> confirmations) {
        this.ticking = ticking;
        this.confirmations = confirmations;
        this.fields = fields;
        this.submission = submission;
        this.actor = actor;
        this.realMinute = realMinute;
        this.csrf = csrf;
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
        this.path = path;
    }

    /** Marks every page of an exercise installation (ADR 0032). */
    Shell exercise(boolean exercise) {
        this.exercise = exercise;
        return this;
    }

    /** Whether this installation runs a table-top exercise: every page then carries the EXERCISE banner. */
    public boolean exercise() {
        return exercise;
    }

    /** This page's address for {@link #here()} (path and query of a GET), null for none. */
    Shell returningTo(String address) {
        this.here = address;
        return this;
    }

    /** The installation's time when the page was made (ISO-8601, UTC), empty when unknown. */
    public String serverNow() {
        return ticking == null ? "" : ticking.now().toString();
    }

    /** Installation seconds per real second, for the countdowns ("1" in real time). */
    public String clockRate() {
        return ticking == null ? "1" : ticking.rate().toPlainString();
    }

    /** What the action that led to this page did, one sentence each (issue 12); empty on other pages. */
    public java.util.List<String> confirmations() {
        return confirmations;
    }

    /** The logged-in actor, or null on the login page. */
    public Actor actor() {
        return actor;
    }

    public boolean loggedIn() {
        return actor != null;
    }

    public boolean isPlatformAdmin() {
        return actor != null && actor.isPlatformAdmin();
    }

    /** Whether the actor may do its organisation's work (the write policy's OPERATOR duty, ADR 0019). */
    public boolean mayWork() {
        return eu.vigil.identity.WritePolicy.mayWork(actor);
    }

    /** Whether the actor may administer its organisation (the write policy's ADMIN duty, ADR 0019). */
    public boolean mayAdminister() {
        return eu.vigil.identity.WritePolicy.mayAdminister(actor);
    }

    public boolean is(OrganisationKind kind) {
        return actor != null && actor.kind() == kind;
    }

    /** Name of the hidden form field carrying the CSRF token. */
    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** JSON for {@code hx-headers}, so htmx requests carry the CSRF token. */
    public String htmxHeaders() {
        return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
    }

    /** A message of the request's locale. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** An instant in the viewer's zone with explicit UTC offset (R26). */
    public String time(Instant instant) {
        return instant == null ? "—" : STAMP.format(instant.atZone(zone));
    }

    /** The zone used by {@link #time(Instant)}, by its id ("Europe/Berlin", "UTC"). */
    public String zone() {
        return zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** The zone with its offset now, for the footer and date hints: "Europe/Berlin (UTC+01:00)", "UTC". */
    public String zoneLabel() {
        if (zone().equals("UTC") || ticking == null) {
            return zone();
        }
        return zone() + " (UTC" + OFFSET.format(ticking.now().atZone(zone)) + ")";
    }

    /** The languages the pages can be switched to (issue 12). */
    public java.util.List<String> languages() {
        return eu.vigil.identity.Preferences.LANGUAGES;
    }

    /** A language's name in that language ("Deutsch", "Français"), for the switcher. */
    public String languageName(String code) {
        Locale l = Locale.of(code);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    /**
     * The address of this page to come back to after the language switcher posts: path and query of a page read
     * with GET; the dashboard for a page shown as the answer of a post, which cannot be read again.
     */
    public String here() {
        return here == null ? "/" : here;
    }

    /** A message of the request's locale, or {@code fallback} where the bundle has none (configured names). */
    public String tOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** Whether the current page is under {@code prefix}, for highlighting navigation. */
    public boolean at(String prefix) {
        return path != null && (prefix.equals("/") ? path.equals("/") : path.startsWith(prefix));
    }

    /** {@code aria-current="page"} for the active navigation link. */
    public String current(String prefix) {
        return at(prefix) ? "page" : "false";
    }

    /** Whether the clock runs faster or slower than real time, shown in the header of every page. */
    public boolean clockAccelerated() {
        return realMinute != null;
    }

    /** "Accelerated clock: 1 real minute = 2 h" in the request's language, null in real time. */
    public String clockNotice() {
        return realMinute == null ? null : t("header.clock.accelerated", realMinute);
    }

    /**
     * The errors of the page's form, with the labels of the fields under this page's path and what was typed:
     * {@code errors} the controller found, plus those of a refused post redirected here (issue 12).
     */
    public FormErrors form(java.util.List<eu.vigil.shared.InvalidInput.FieldError> errors) {
        java.util.List<eu.vigil.shared.InvalidInput.FieldError> all = new java.util.ArrayList<>(
                errors == null ? java.util.List.of() : errors);
        if (submission != null) {
            all.addAll(submission.errors());
        }
        return new FormErrors(this, fields, all, submission);
    }

    /** The errors of a refused post redirected to this page, for pages whose controller passes none. */
    public FormErrors form() {
        return form(java.util.List.of());
    }
}
