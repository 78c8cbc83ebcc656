package eu.vigil.shared;

import java.util.Map;

/**
 * The one place for the size limits of free text and lists that Vigil accepts (ADR 0020). The constants are
 * used by the {@code @Size} annotations of the API's request records (and so appear as {@code maxLength} /
 * {@code maxItems} in the OpenAPI schema), by the {@code maxlength} attributes of the pages' forms and by
 * {@link #ofFormField(String)}, which bounds every field the pages post.
 *
 * <p>The numbers come from what the Annexes of Regulation (EU) 2021/784 ask for: a person's name and post,
 * references, URLs, a "sufficiently detailed" statement of reasons (Art. 3(4)(b)), reasons and further
 * information of Annex III. They are generous for any real order and small enough that the largest possible
 * order renders as a PDF in about a second.
 */
public final class Limits {

    /** Names of persons, organisations, banks, labels; authorised and certifying persons. */
    public static final int NAME = 200;
    /** Short single-line texts: posts, file numbers, references, redress bodies and deadlines, courts, contacts. */
    public static final int SHORT_TEXT = 500;
    /** Reasons, grounds, details, clarifications, notices, decisions, reports (Annexes II and III, Arts. 4, 5, 10). */
    public static final int TEXT = 5_000;
    /** The detailed statement of reasons of a removal order (Annex I Section B, Art. 3(4)(b)). */
    public static final int STATEMENT_OF_REASONS = 10_000;
    /** URLs (content items, websites, endpoints); the common practical maximum of browsers and servers. */
    public static final int URL = 2_048;
    /** Additional information about one content item of an order (Annex I Section B). */
    public static final int ITEM_DETAILS = 1_000;
    /** Content items of one order, items of one Annex II feedback. */
    public static final int ITEMS = 1_000;
    /** Entries of small lists: languages, Member States, labels, contact points, reasons. */
    public static final int LIST = 100;
    /** Largest JSON or form request body outside the upload endpoints (4 MiB: a maximal order fits). */
    public static final long BODY_BYTES = 4L * 1024 * 1024;

    /** Message of a text limit ({@code {max}} is filled in by Bean Validation). */
    public static final String CHARS = "at most {max} characters";
    /** Message of a list limit. */
    public static final String COUNT = "at most {max} entries";

    /** Limits of the fields the pages' forms post, by parameter name; other fields get {@link #TEXT}. */
    private static final Map<String, Integer> FORM_FIELDS = Map.ofEntries(
            Map.entry("statementOfReasons", STATEMENT_OF_REASONS),
            Map.entry("urls", ITEMS * (URL + ITEM_DETAILS)),
            Map.entry("url", URL), Map.entry("website", URL), Map.entry("endpoint", URL),
            Map.entry("name", NAME), Map.entry("representativeName", NAME), Map.entry("authorisedPerson", NAME),
            Map.entry("username", NAME), Map.entry("displayName", NAME), Map.entry("label", NAME),
            Map.entry("representativePost", SHORT_TEXT), Map.entry("fileNumber", SHORT_TEXT),
            Map.entry("redressBody", SHORT_TEXT), Map.entry("redressDeadline", SHORT_TEXT),
            Map.entry("providerReference", SHORT_TEXT), Map.entry("complainantReference", SHORT_TEXT),
            Map.entry("court", SHORT_TEXT), Map.entry("reference", SHORT_TEXT), Map.entry("value", SHORT_TEXT),
            Map.entry("q", SHORT_TEXT), Map.entry("contentUrl", URL), Map.entry("email", NAME),
            Map.entry("legalRepName", NAME), Map.entry("legalRepEmail", NAME), Map.entry("address", SHORT_TEXT),
            Map.entry("legalRepAddress", SHORT_TEXT), Map.entry("caseReference", SHORT_TEXT),
            Map.entry("proceedingReference", SHORT_TEXT), Map.entry("authorisingBody", SHORT_TEXT),
            Map.entry("contentTypeOther", SHORT_TEXT), Map.entry("sourceId", SHORT_TEXT));

    private Limits() {
    }

    /** The limit of a field posted by a page form. */
    public static int ofFormField(String name) {
        return FORM_FIELDS.getOrDefault(name, TEXT);
    }

    /** Records a problem when {@code text} is longer than {@code max} characters. */
    public static Violations checkLength(Violations v, String field, String text, int max) {
        return v.check(text != null && text.length() > max, field, "at most " + max + " characters");
    }
}
