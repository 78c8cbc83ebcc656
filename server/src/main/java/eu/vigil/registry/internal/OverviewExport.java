package eu.vigil.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.vigil.registry.LegalRepresentativeOverview;
import eu.vigil.shared.CsvWriter;

/**
 * The legal-representative overview as CSV (formulas neutralised, {@link CsvWriter}) and as a JSON-ready structure
 * with stable field names.
 */
final class OverviewExport {

    static final String CSV_HEADER = "legal_rep_member_state,legal_rep_member_state_name,provider_id,provider,"
            + "main_establishment,legal_representative,legal_rep_address,legal_rep_email,legal_rep_designated_on,"
            + "contact_24_7,languages";

    private OverviewExport() {
    }

    static String csv(LegalRepresentativeOverview overview) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (var g : overview.groups()) {
            for (var e : g.entries()) {
                var r = e.legalRepresentative();
                out.append(CsvWriter.line(g.memberState().code(), g.memberState().name(), e.providerId(), e.provider(),
                        e.mainEstablishment() == null ? "non-EU" : e.mainEstablishment(), r.name(), r.address(),
                        r.email(), r.designatedOn(), e.available247(), String.join(" ", e.languages()))).append("\r\n");
            }
        }
        return out.toString();
    }

    static Map<String, Object> json(LegalRepresentativeOverview overview) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (var g : overview.groups()) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (var e : g.entries()) {
                var r = e.legalRepresentative();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("provider_id", e.providerId().toString());
                m.put("provider", e.provider());
                m.put("main_establishment", e.mainEstablishment());
                m.put("legal_representative", r.name());
                m.put("legal_rep_address", r.address());
                m.put("legal_rep_email", r.email());
                m.put("legal_rep_designated_on", r.designatedOn() == null ? null : r.designatedOn().toString());
                m.put("contact_24_7", e.available247());
                m.put("languages", e.languages());
                entries.add(m);
            }
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("legal_rep_member_state", g.memberState().code());
            gm.put("legal_rep_member_state_name", g.memberState().name());
            gm.put("providers", entries);
            groups.add(gm);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("as_of", overview.asOf().toString());
        root.put("provider_count", overview.size());
        root.put("member_states", groups);
        return root;
    }
}
