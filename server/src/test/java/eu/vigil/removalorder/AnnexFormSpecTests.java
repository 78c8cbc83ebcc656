package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 12 point 4: every field of Annexes I, II and III as listed in the project's legal requirements (§1.5–1.7,
 * copied to {@code src/test/resources/annex}, see its README) has a field in the form model {@link AnnexForm}. The
 * tables are parsed; a listed field made of parts ("Details of …: a; b; c") is split into its parts; each part must
 * match an entry of {@link #MAPPING} whose value keys are fields of the model in the section their key names.
 */
class AnnexFormSpecTests {

    /** Spec field (start of its text, lower case) → the value keys of the model fields that carry it, per Annex. */
    private static final Map<String, Map<String, List<String>>> MAPPING = Map.of(
            "I", mapping(
                    "member state of the issuing ca", "A.issuing_member_state",
                    "addressee and, where relevant, legal representative", "A.addressee A.legal_representative",
                    "contact point", "A.contact_points",
                    "member state of hsp main establishment or of legal representative",
                    "A.host_member_state A.legal_representative_member_state",
                    "time and date of issuing", "A.issued_at",
                    "reference number of the removal order", "A.reference",
                    "url(s) and any additional information", "B.items",
                    "incites others to commit terrorist offences", "B.reasons",
                    "solicits others to commit or contribute", "B.reasons",
                    "solicits participation in a terrorist group", "B.reasons",
                    "gives instructions on explosives", "B.reasons",
                    "threatens to commit a terrorist offence", "B.reasons",
                    "additional information on the reasons", "B.statement_of_reasons",
                    "tick box — for public-security reasons the addressee must **not** inform the cp",
                    "C.non_disclosure C.non_disclosure_until",
                    "otherwise see section g for redress", "G.redress_body G.redress_deadline G.national_provisions",
                    "tick box — host ms differs from issuing ms", "D.host_member_state_differs",
                    "tick box — copy sent to the host-ms ca", "D.copy_sent_to_host_member_state",
                    "type of authority", "E.authority_type",
                    "name of authority", "E.issuing_authority",
                    "name and post/grade of the representative", "E.representative_name E.representative_post",
                    "file number", "E.file_number",
                    "address", "E.address",
                    "telephone", "E.telephone",
                    "fax", "E.fax",
                    "e-mail", "E.email",
                    "date", "E.date",
                    "official stamp (if any) and signature", "order_id",
                    "where the issuing ca can receive feedback", "F.issuing_authority_email F.issuing_authority_telephone "
                            + "order_id",
                    "contact details of the host-ms ca", "F.host_authority F.host_authority_member_state "
                            + "F.host_authority_email F.host_authority_telephone",
                    "competent body/court", "G.redress_body",
                    "deadline for challenging the order", "G.redress_deadline",
                    "link to the national provisions", "G.national_provisions"),
            "II", mapping(
                    "addressee of the removal order", "A.addressee",
                    "ca that issued the order", "A.issuing_authority",
                    "file reference of the issuing ca", "A.reference",
                    "file reference of the addressee", "A.provider_reference",
                    "time and date of receipt of the order", "A.received_at",
                    "tick — content removed / access disabled", "B.measures",
                    "time and date of the measure", "B.measures",
                    "hsp name or legal representative name", "C.addressee",
                    "member state of main establishment / legal representative", "C.member_state",
                    "name of the authorised person", "C.authorised_person",
                    "contact point e-mail", "C.contact_email",
                    "date", "C.date"),
            "III", mapping(
                    "addressee", "A.addressee",
                    "issuing ca", "A.issuing_authority",
                    "both file references", "A.reference A.provider_reference",
                    "time/date of receipt", "A.received_at",
                    "(i) force majeure", "B.reason",
                    "(ii) the order contains manifest errors", "B.reason",
                    "(iii) the order lacks sufficient information", "B.reason",
                    "further information on the reasons for non-execution", "B.further_information",
                    "specification of the errors and of the clarification required", "B.clarification_required",
                    "name", "C.addressee",
                    "authorised person", "C.authorised_person",
                    "contact e-mail", "C.contact_email",
                    "signature", "C.signature",
                    "time and date", "C.date"));

    private static Map<String, List<String>> mapping(String... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], List.of(pairs[i + 1].split(" ")));
        }
        return m;
    }

    /** A listed field of an Annex: its section and its text. */
    record Listed(String annex, String section, String text) {
    }

    static List<Listed> parse(String markdown) {
        List<Listed> rows = new ArrayList<>();
        String annex = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("### ")) {
                var m = java.util.regex.Pattern.compile("Annex (I{1,3})\\b").matcher(line);
                annex = m.find() ? m.group(1) : null;
            } else if (annex != null && line.startsWith("|")) {
                String[] cells = line.split("\\|");
                String section = cells[1].strip();
                if (section.matches("[A-G]")) {
                    for (String part : parts(cells[2].strip())) {
                        rows.add(new Listed(annex, section, part));
                    }
                }
            }
        }
        return rows;
    }

    /** "Details of …: a; b (x; y); c" → a, b (x; y), c; "Same block (a, b, c)" → a, b, c; else the text itself. */
    static List<String> parts(String text) {
        int colon = text.indexOf(':');
        String list;
        String separator;
        if (colon >= 0) {
            list = text.substring(colon + 1);
            separator = ";";
        } else if (text.matches(".*\\([^)]*,[^)]*\\).*")) {
            list = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
            separator = ",";
        } else {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : list.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && separator.charAt(0) == c) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    private static String spec() throws IOException {
        try (InputStream in = AnnexFormSpecTests.class.getResourceAsStream("/annex/legal-requirements-annexes.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static AnnexForm form(String name) {
        return AnnexForm.ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyFieldOfTheAnnexesInTheLegalRequirementsHasAFieldInTheModel() throws IOException {
        List<Listed> listed = parse(spec());
        Map<String, Long> perAnnex = new java.util.TreeMap<>();
        listed.forEach(l -> perAnnex.merge(l.annex(), 1L, Long::sum));
        // 1.5: 15 rows, 32 fields once B's tick boxes, C, D, E, F and G are in parts; 1.6: 8 rows, 12; 1.7: 6 rows, 14
        assertThat(perAnnex).containsEntry("I", 32L).containsEntry("II", 12L).containsEntry("III", 14L);
        List<String> missing = new ArrayList<>();
        for (Listed l : listed) {
            String text = l.text().toLowerCase(Locale.ROOT);
            List<Map.Entry<String, List<String>>> matches = MAPPING.get(l.annex()).entrySet().stream()
                    .filter(e -> text.startsWith(e.getKey())).toList();
            if (matches.isEmpty()) {
                missing.add("Annex " + l.annex() + " " + l.section() + ": " + l.text() + " (no mapping)");
                continue;
            }
            // the longest matching start is the field meant ("date" vs "time and date")
            Map.Entry<String, List<String>> match = matches.stream()
                    .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).orElseThrow();
            for (String key : match.getValue()) {
                String section = key.matches("[A-G]\\..*") ? key.substring(0, 1) : l.section();
                boolean present = form(l.annex()).sections().stream().filter(s -> s.letter().equals(section))
                        .flatMap(s -> s.fields().stream()).anyMatch(f -> f.valueKey().equals(key));
                if (!present) {
                    missing.add("Annex " + l.annex() + " " + section + ": " + l.text() + " → no model field " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void thePartsOfAListedFieldAreFoundAtTheTopLevelOnly() {
        assertThat(parts("Details: type (a; b; c) (note); name; e-mail")).containsExactly("type (a; b; c) (note)", "name",
                "e-mail");
        assertThat(parts("Same block as Section A (addressee, issuing CA, receipt)")).containsExactly("addressee",
                "issuing CA", "receipt");
        assertThat(parts("Time and date of issuing")).containsExactly("Time and date of issuing");
    }
}
