package eu.vigil.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import eu.vigil.audit.AuditNames;
import eu.vigil.audit.AuditQuery;

/**
 * The filters of the audit view as its form and address carry them; {@code from} and {@code to} are days of the
 * reader's zone, both included.
 *
 * @param actor        part of a person's name or of the actor's label, or an actor id
 * @param organisation organisation the records belong to
 * @param type         kind of object, e.g. {@code removal_order}
 * @param object       object id, or the start of its reference or name
 * @param action       start of the event type
 * @param from         first day
 * @param to           last day
 */
public record AuditFilters(String actor, UUID organisation, String type, String object, String action, LocalDate from,
        LocalDate to) {

    /** The query these filters ask; people are looked up by name, days start at midnight in {@code zone}. */
    public AuditQuery query(AuditNames names, ZoneId zone) {
        return new AuditQuery(actor, actor == null || actor.isBlank() ? null : names.peopleNamed(actor),
                organisation, type, object, action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The filters as a query string (without the page), for paging links and the export. */
    public String queryString() {
        StringBuilder q = new StringBuilder();
        add(q, "actor", actor);
        add(q, "organisation", organisation == null ? null : organisation.toString());
        add(q, "type", type);
        add(q, "object", object);
        add(q, "action", action);
        add(q, "from", from == null ? null : from.toString());
        add(q, "to", to == null ? null : to.toString());
        return q.toString();
    }

    /** {@code s}, or empty for none (form values). */
    public String text(String s) {
        return s == null ? "" : s;
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
