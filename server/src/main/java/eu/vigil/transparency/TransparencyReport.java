package eu.vigil.transparency;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import eu.vigil.registry.ProviderId;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;

/**
 * A hosting service provider's transparency report for one calendar year (TCO Art. 7, R45): the narrative of
 * points (a) and (b) written by the provider, the figures of points (c) to (g) ({@link ProviderReport}) and, once
 * published, the public address. The rules of editing and publishing live here; the service only stores.
 *
 * @param providerId             the provider
 * @param year                   the calendar year reported on
 * @param state                  draft or published
 * @param identificationMeasures point (a): measures to identify and remove or disable terrorist content
 * @param reappearanceMeasures   point (b): measures against the re-appearance of removed material, notably
 *                               automated tools
 * @param publicUrl              where the provider published it (https), null in a draft
 * @param publishedAt            when it was marked published
 * @param publishedBy            who marked it
 * @param figures                the figures: computed now in a draft, as published once published
 * @param updatedAt              last change
 * @param updatedBy              who made it
 */
public record TransparencyReport(ProviderId providerId, int year, ReportState state, String identificationMeasures,
        String reappearanceMeasures, String publicUrl, Instant publishedAt, String publishedBy, ProviderReport figures,
        Instant updatedAt, String updatedBy) {

    /** Longest narrative part kept (characters). */
    public static final int MAX_NARRATIVE = eu.vigil.shared.Limits.TEXT;
    /** Longest public address kept. */
    public static final int MAX_URL = eu.vigil.shared.Limits.URL;

    /** The English labels of the fields, by name, as forms show them and API errors name them. */
    public static final java.util.Map<String, String> LABELS = java.util.Map.of(
            "identificationMeasures", "Measures to identify and remove terrorist content (point (a))",
            "reappearanceMeasures", "Measures against re-appearance, automated tools (point (b))",
            "publicUrl", "Public address of the report");

    /** A new, empty draft. */
    public static TransparencyReport draft(ProviderId provider, int year, ProviderReport figures, Instant at, String by) {
        return new TransparencyReport(provider, year, ReportState.DRAFT, null, null, null, null, null, figures, at, by);
    }

    /** The first day on which the report for {@code year} is late (Art. 7(2): published before 1 March). */
    public static LocalDate dueBy(int year) {
        return LocalDate.of(year + 1, 3, 1);
    }

    /** The draft with the narrative changed; refused once published ({@code REPORT_PUBLISHED}) and for overlong parts. */
    public TransparencyReport withNarrative(String identification, String reappearance, Instant at, String by) {
        if (!state.editable()) {
            throw new RuleViolation("REPORT_PUBLISHED", "The report for " + year + " was published on " + publishedAt
                    + "; a published report is not edited.");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        length(errors, "identificationMeasures", identification);
        length(errors, "reappearanceMeasures", reappearance);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new TransparencyReport(providerId, year, state, blankToNull(identification), blankToNull(reappearance),
                null, null, null, figures, at, by);
    }

    /**
     * The report published at {@code url} at {@code at}, with the figures as they are then. Refused when already
     * published, while the year has not ended ({@code YEAR_NOT_ENDED}), without both narrative parts (Art. 7(3)
     * (a), (b)) or without an https address.
     */
    public TransparencyReport publish(String url, Instant at, String by, ProviderReport figuresNow) {
        ReportState next = state.to(ReportState.PUBLISHED);
        if (at.atZone(ZoneOffset.UTC).getYear() <= year) {
            throw new RuleViolation("YEAR_NOT_ENDED", "The report for " + year + " can be published from 1 January "
                    + (year + 1) + " (UTC), when the year it reports on has ended.");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (identificationMeasures == null) {
            errors.add(new InvalidInput.FieldError("identificationMeasures",
                    "describe the measures before publishing (Art. 7(3)(a))"));
        }
        if (reappearanceMeasures == null) {
            errors.add(new InvalidInput.FieldError("reappearanceMeasures",
                    "describe the measures before publishing (Art. 7(3)(b))"));
        }
        String problem = urlProblem(url);
        if (problem != null) {
            errors.add(new InvalidInput.FieldError("publicUrl", problem));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new TransparencyReport(providerId, year, next, identificationMeasures, reappearanceMeasures, url.strip(),
                at, by, figuresNow, at, by);
    }

    /** Whether the report is late at {@code now}: not published and 1 March of the following year has come (UTC). */
    public boolean overdueAt(Instant now) {
        return state != ReportState.PUBLISHED
                && !LocalDate.ofInstant(now, ZoneOffset.UTC).isBefore(dueBy(year));
    }

    /** What is wrong with a public address, or null: absolute https with a host, no user information. */
    static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "give the address where the report is published";
        }
        if (url.strip().length() > MAX_URL) {
            return "at most " + MAX_URL + " characters";
        }
        try {
            URI u = new URI(url.strip());
            if (!"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null || u.getHost().isBlank()
                    || u.getRawUserInfo() != null) {
                return "give a public https address, such as https://example.com/transparency/2026";
            }
            return null;
        } catch (java.net.URISyntaxException e) {
            return "not a valid address";
        }
    }

    private static void length(List<InvalidInput.FieldError> errors, String field, String value) {
        if (value != null && value.strip().length() > MAX_NARRATIVE) {
            errors.add(new InvalidInput.FieldError(field, "at most " + MAX_NARRATIVE + " characters"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
