package eu.vigil.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where audit records become sentences for people (issue 12): the audit view, its CSV export and
 * the history of an order all tell records through it.
 * <p>
 * Each event type has its sentence under {@code audit.says.<event type>} in the message bundles ({0} the actor,
 * {1} the object, {2} the counterpart), with a variant {@code audit.says.<event type>.with} used when the record
 * names a counterpart (the provider an order was issued to, the organisation invited). An event type without a
 * sentence is told by {@code audit.says.generic}, never by its raw name. The object is its human reference from
 * the record's details (order reference, name, username, code) or else its kind in words
 * ({@code audit.object.<subject type>}) and a short id.
 */
@Component
public class AuditSentences {

    /** Kinds of objects the audit view can filter by, in the order its form lists them. */
    public static final List<String> SUBJECT_TYPES = List.of("removal_order", "hosting_service_provider",
            "competent_authority", "bank", "bank_entry", "penalty_proceeding", "specific_measure_removal",
            "exposure_case", "statement_of_reasons", "statement_export", "threat_report", "investigation_flag",
            "organisation", "user", "invitation", "api_token", "oauth_client", "provider_webhook", "authority_seal",
            "request");

    /** Kinds of objects with a page of their own, and the start of its path (the id follows). */
    private static final Map<String, String> PAGES = Map.of("removal_order", "/orders/",
            "hosting_service_provider", "/registry/providers/", "competent_authority", "/registry/authorities/",
            "bank", "/banks/", "penalty_proceeding", "/penalties/");

    /** Details that name the object, most telling first. */
    private static final List<String> NAMING_DETAILS = List.of("reference", "name", "username", "code");

    /** Details that name the other party of the change. */
    private static final List<String> COUNTERPART_DETAILS = List.of("provider", "organisation");

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}");
    private static final Pattern LABEL_ORGANISATION = Pattern.compile(".*\\(([^()]+)\\)\\s*$");
    private static final String MARK = "\u0001";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final Supplier<AuditNames> names;

    @Autowired
    AuditSentences(MessageSource messages, ObjectProvider<AuditNames> names) {
        this.messages = messages;
        this.names = () -> names.getIfAvailable(() -> AuditNames.NONE);
    }

    /** Sentences told with {@code names} (tests, tools without the identity module). */
    public AuditSentences(MessageSource messages, AuditNames names) {
        this.messages = messages;
        this.names = () -> names;
    }

    /** One record as a sentence in {@code locale}. */
    public AuditSentence describe(AuditRecord record, Locale locale) {
        return describe(List.of(record), locale).getFirst();
    }

    /** Records as sentences in {@code locale}, in the same order; names are looked up once for all of them. */
    public List<AuditSentence> describe(List<AuditRecord> records, Locale locale) {
        AuditNames directory = names.get();
        Set<UUID> actors = new LinkedHashSet<>();
        Set<UUID> organisations = new LinkedHashSet<>();
        records.forEach(r -> {
            if (r.actorId() != null) {
                actors.add(r.actorId());
            }
            if (r.organisationId() != null) {
                organisations.add(r.organisationId());
            }
        });
        Map<UUID, String> people = actors.isEmpty() ? Map.of() : directory.people(actors);
        Map<UUID, String> orgs = organisations.isEmpty() ? Map.of() : directory.organisations(organisations);
        List<AuditSentence> told = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            told.add(sentence(r, r.actorId() == null ? null : people.get(r.actorId()),
                    r.organisationId() == null ? null : orgs.get(r.organisationId()), locale));
        }
        return told;
    }

    /** The kind of object in words, e.g. "removal order"; "record" for a kind without words. */
    public String objectType(String subjectType, Locale locale) {
        String words = message("audit.object." + subjectType, locale);
        return words != null ? words : message("audit.object.generic", locale);
    }

    private AuditSentence sentence(AuditRecord r, String person, String currentOrganisation, Locale locale) {
        JsonNode details = details(r.details());
        String organisation = currentOrganisation != null ? currentOrganisation : labelOrganisation(r.actorLabel());
        String actor = actor(r, person, organisation, locale);
        String object = text(details, NAMING_DETAILS);
        if (object == null) {
            object = objectType(r.subjectType(), locale) + " " + shortId(r.subjectId());
        }
        String counterpart = text(details, COUNTERPART_DETAILS);
        String pattern = null;
        if (counterpart != null) {
            pattern = message("audit.says." + r.action() + ".with", locale, actor, MARK, counterpart);
        }
        if (pattern == null) {
            pattern = message("audit.says." + r.action(), locale, actor, MARK, counterpart == null ? "" : counterpart);
        }
        if (pattern == null) {
            pattern = message("audit.says.generic", locale, actor, MARK, "");
        }
        if (pattern.endsWith("..")) {
            pattern = pattern.substring(0, pattern.length() - 1); // "to Kestrel Video Inc." ends the sentence
        }
        int at = pattern.indexOf(MARK);
        String before = at < 0 ? pattern : pattern.substring(0, at);
        String after = at < 0 ? "" : pattern.substring(at + MARK.length());
        return new AuditSentence(r, actor, r.organisationId() == null ? null : organisation,
                objectType(r.subjectType(), locale), before,
                at < 0 ? "" : object, after, href(r, details));
    }

    private String actor(AuditRecord r, String person, String organisation, Locale locale) {
        if (r.actorId() == null && r.actorLabel().startsWith("system: ")) {
            return message("audit.actor.system", locale, r.actorLabel().substring("system: ".length()));
        }
        if (person == null) {
            return r.actorLabel();
        }
        return organisation == null ? person : person + " (" + organisation + ")";
    }

    private static String href(AuditRecord r, JsonNode details) {
        if ("bank_entry".equals(r.subjectType())) {
            JsonNode node = details == null ? null : details.get("bank");
            String bank = node != null && node.isString() ? node.asString() : null;
            return bank != null && UUID_TEXT.matcher(bank).matches() ? "/banks/" + bank : null;
        }
        String path = PAGES.get(r.subjectType());
        return path != null && UUID_TEXT.matcher(r.subjectId()).matches() ? path + r.subjectId() : null;
    }

    private static String shortId(String id) {
        if (id == null) {
            return "";
        }
        if (UUID_TEXT.matcher(id).matches()) {
            return id.substring(0, 8);
        }
        return id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }

    private static String labelOrganisation(String label) {
        var m = LABEL_ORGANISATION.matcher(label == null ? "" : label);
        return m.matches() ? m.group(1).strip() : null;
    }

    private static JsonNode details(String json) {
        try {
            return json == null || json.isBlank() ? null : JSON.readTree(json);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode details, List<String> fields) {
        if (details == null || !details.isObject()) {
            return null;
        }
        for (String field : fields) {
            JsonNode value = details.get(field);
            if (value != null && value.isString() && !value.asString().isBlank()
                    && !UUID_TEXT.matcher(value.asString()).matches()) {
                return value.asString().strip();
            }
        }
        return null;
    }

    private String message(String key, Locale locale, Object... args) {
        String text = messages.getMessage(key, args, null, locale);
        return Objects.equals(text, key) ? null : text;
    }
}
