package eu.vigil.removalorder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an {@link AnnexForm} with the values of an order or answer and puts it into words in the order's language
 * ({@link RemovalOrder#language()}): tick boxes as ☒/☐ with their texts (Art. 2(7) and Annex III reasons), times in
 * the issuing Member State's local time with the UTC offset, countries by name, no internal keys or enum names.
 */
public final class AnnexRendering {

    private static final Pattern UNDELIVERABLE = Pattern.compile("no authority of ([A-Z]{2}) ");

    private final AnnexLabels labels;
    private final ZoneId zone;
    private final Locale dates;
    private boolean anyFallback;

    private AnnexRendering(AnnexLabels labels, ZoneId zone) {
        this.labels = labels;
        this.zone = zone;
        this.dates = labels.language().equals("en") ? Locale.UK : labels.locale();
    }

    /** Annex I of {@code o}, in its language, times in the issuing Member State's zone. */
    public static RenderedAnnex annexOne(RemovalOrder o) {
        Map<String, Object> fields = new LinkedHashMap<>(AnnexOne.export(o));
        fields.put("order_id", o.id().toString());
        return render(AnnexForm.ANNEX_I, fields, o.language(), AppealPeriod.zoneOf(o.issuingMemberState()));
    }

    /** The Annex II (feedback) or III (impossibility) document of answer {@code a} to {@code o}. */
    public static RenderedAnnex answer(RemovalOrder o, OrderAnswer a) {
        boolean feedback = a.kind() == OrderAnswer.Kind.FEEDBACK;
        return render(feedback ? AnnexForm.ANNEX_II : AnnexForm.ANNEX_III,
                feedback ? AnnexAnswers.annexTwo(o, a) : AnnexAnswers.annexThree(o, a), o.language(),
                AppealPeriod.zoneOf(o.issuingMemberState()));
    }

    /** {@code form} filled with {@code fields} (an export map) in {@code language}, times in {@code zone}. */
    public static RenderedAnnex render(AnnexForm form, Map<String, Object> fields, String language, ZoneId zone) {
        return new AnnexRendering(AnnexLabels.of(language), zone).render(form, fields);
    }

    private RenderedAnnex render(AnnexForm form, Map<String, Object> fields) {
        AnnexLabels.Label title = label(form.titleKey());
        AnnexLabels.Label header = label(form.headerKey());
        List<RenderedAnnex.Section> sections = new ArrayList<>();
        for (AnnexForm.Section s : form.sections()) {
            List<RenderedAnnex.Field> shown = new ArrayList<>();
            for (AnnexForm.Field f : s.fields()) {
                if (f.kind() == AnnexForm.Kind.COPY_UNDELIVERABLE && fields.get(f.valueKey()) == null) {
                    continue; // Section D says so only when the copy could not be delivered
                }
                boolean before = anyFallback;
                anyFallback = false;
                AnnexLabels.Label label = label(f.labelKey());
                List<String> values = values(f, fields.get(f.valueKey()));
                shown.add(new RenderedAnnex.Field(label.text(), values, anyFallback));
                anyFallback |= before;
            }
            AnnexLabels.Label heading = label(s.headingKey());
            sections.add(new RenderedAnnex.Section(heading.text(), heading.fallback(), shown));
        }
        String footer = anyFallback ? labels.get("footer.fallback", labels.languageName(),
                RenderedAnnex.FALLBACK_MARKER).text() : null;
        return new RenderedAnnex(title.text(), title.fallback(), header.text(), header.fallback(), sections,
                labels.language(), labels.languageName(), footer);
    }

    private AnnexLabels.Label label(String key, Object... args) {
        AnnexLabels.Label l = labels.get(key, args);
        anyFallback |= l.fallback();
        return l;
    }

    private String word(String key, Object... args) {
        return label(key, args).text();
    }

    private List<String> values(AnnexForm.Field f, Object value) {
        return switch (f.kind()) {
            case TERRORIST_CONTENT -> terroristContent(value);
            case IMPOSSIBILITY -> impossibility(value);
            case ITEMS, CONTACTS, MEASURES -> value instanceof List<?> list && !list.isEmpty()
                    ? list.stream().map(e -> entry(f.kind(), e)).toList() : List.of("—");
            default -> List.of(empty(value) ? "—" : one(f.kind(), value));
        };
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    private String one(AnnexForm.Kind kind, Object value) {
        String s = value.toString();
        return switch (kind) {
            case TICK -> Boolean.TRUE.equals(value) ? "☒ " + word("value.yes") : "☐ " + word("value.no");
            case TIME -> time(Instant.parse(s));
            case DATE -> LocalDate.parse(s).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dates));
            case COUNTRY -> country(s);
            case AUTHORITY_TYPE -> word("value.authority_type." + s);
            case COPY_UNDELIVERABLE -> {
                Matcher m = UNDELIVERABLE.matcher(s);
                yield m.find() ? word("value.copy_undeliverable", country(m.group(1))) : s;
            }
            case SEAL -> word("value.seal", s);
            case FEEDBACK_CHANNEL -> word("value.feedback_channel", s);
            case SIGNATURE -> word("value.signature", s);
            default -> s;
        };
    }

    /** A time as "3 December 2026, 14:05 (UTC+01:00)" in the document's language, in the issuing Member State's zone. */
    String time(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return local.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dates)) + ", "
                + local.format(DateTimeFormatter.ofPattern("HH:mm")) + " (UTC"
                + local.format(DateTimeFormatter.ofPattern("xxx")) + ")";
    }

    private String country(String code) {
        String iso = code.strip().toUpperCase(Locale.ROOT);
        String name = Locale.of("", iso.equals("EL") ? "GR" : iso).getDisplayCountry(labels.locale());
        return name.isBlank() || name.equalsIgnoreCase(iso) ? iso : name + " (" + iso + ")";
    }

    private List<String> terroristContent(Object value) {
        List<?> ticked = value instanceof List<?> l ? l : List.of();
        List<String> lines = new ArrayList<>();
        for (TerroristContentType t : TerroristContentType.values()) {
            boolean on = ticked.contains("2(7)(" + t.letter() + ")");
            lines.add((on ? "☒ " : "☐ ") + word("value.reason." + t.letter()));
        }
        return lines;
    }

    private List<String> impossibility(Object value) {
        List<String> lines = new ArrayList<>();
        for (ImpossibilityReason r : ImpossibilityReason.values()) {
            lines.add((r.name().equals(value) ? "☒ " : "☐ ") + word("value.impossibility." + r.name()));
        }
        return lines;
    }

    /** The hash type as people write it, in brackets ({@code  (SHA-256)}); empty for an untyped hash. */
    static String typeLabel(Object type) {
        return type == null ? "" : " (" + eu.vigil.shared.ItemHash.Type.named(type.toString())
                .map(eu.vigil.shared.ItemHash.Type::label).orElse(type.toString()) + ")";
    }

    private String entry(AnnexForm.Kind kind, Object entry) {
        Map<?, ?> m = entry instanceof Map<?, ?> map ? map : Map.of();
        StringBuilder b = new StringBuilder();
        switch (kind) {
            case ITEMS -> {
                b.append(m.get("position")).append(". ").append(m.get("url"));
                if (!empty(m.get("extra_info"))) {
                    b.append("\n").append(word("value.item.extra_info")).append(": ").append(m.get("extra_info"));
                }
                if (!empty(m.get("hash"))) {
                    b.append("\n").append(word("value.item.hash")).append(typeLabel(m.get("hash_type"))).append(": ")
                            .append(m.get("hash"));
                }
            }
            case CONTACTS -> {
                b.append(m.get("address")).append(" (").append(word("value.channel." + m.get("channel"))).append(")");
                if (m.get("languages") instanceof List<?> langs && !langs.isEmpty()) {
                    b.append(" · ").append(word("value.contact.languages")).append(": ")
                            .append(String.join(", ", langs.stream().map(String::valueOf).toList()));
                }
                if (Boolean.TRUE.equals(m.get("available_24_7"))) {
                    b.append(" · ").append(word("value.contact.available_24_7"));
                }
            }
            case MEASURES -> b.append("☒ ").append(m.get("position")).append(". ").append(m.get("url")).append("\n")
                    .append(word("DISABLED".equals(m.get("action")) ? "value.measure.disabled" : "value.measure.removed"))
                    .append(" — ").append(empty(m.get("measure_at")) ? "—" : time(Instant.parse(m.get("measure_at").toString())));
            default -> b.append(entry);
        }
        return b.toString();
    }
}
