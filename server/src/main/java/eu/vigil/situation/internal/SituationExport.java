package eu.vigil.situation.internal;

import java.util.List;
import java.util.Optional;

import eu.vigil.shared.CsvWriter;
import eu.vigil.shared.InvalidInput;
import eu.vigil.situation.ItemFact;
import eu.vigil.situation.SituationReport;

/**
 * The dashboard's tables as CSV, one table per file, in machine form (ISO times, codes, shares as fractions) so a
 * spreadsheet reads them without guessing; {@code items} is every item counted, each with its case, so any figure can
 * be traced back.
 */
final class SituationExport {

    static final List<String> TABLES = List.of("items", "periods", "platforms", "languages", "senders", "accounts", "domains");

    private SituationExport() {
    }

    static String csv(SituationReport r, String table) {
        StringBuilder out = new StringBuilder();
        switch (table) {
            case "items" -> {
                out.append(CsvWriter.line("kind", "case", "category", "sender", "sender_member_state", "provider",
                        "language", "url", "account", "sent_at", "answered_at", "outcome"));
                for (ItemFact f : r.facts()) {
                    out.append(CsvWriter.line(f.kind().name(), f.caseReference(), f.category().name(), f.senderName(),
                            f.senderMemberState(), f.providerName(), f.language(), f.url(), f.account(), f.sentAt(),
                            f.answeredAt(), f.outcome().name()));
                }
            }
            case "periods" -> {
                out.append(CsvWriter.line("start", "bucket", "orders", "referrals", "notices", "items", "actioned"));
                r.overTime().forEach(p -> out.append(CsvWriter.line(p.start(), r.bucket().name().toLowerCase(),
                        p.orders(), p.referrals(), p.notices(), p.items(), p.actioned())));
            }
            case "platforms" -> {
                out.append(CsvWriter.line("provider", "items", "answered", "actioned", "actioned_share",
                        "median_time_to_action_seconds"));
                r.platforms().forEach(p -> out.append(CsvWriter.line(p.name(), p.items(), p.answered(), p.actioned(),
                        fraction(p.actionedShare()), p.medianTimeToAction().map(d -> d.toSeconds()).orElse(null))));
            }
            case "languages", "senders" -> {
                out.append(CsvWriter.line(table.equals("languages") ? "language" : "sender", "items"));
                (table.equals("languages") ? r.languages() : r.senders())
                        .forEach(c -> out.append(CsvWriter.line(c.key(), c.items())));
            }
            case "accounts", "domains" -> {
                out.append(CsvWriter.line(table.equals("accounts") ? "account" : "domain", "items", "platforms", "cases",
                        "first_seen", "last_seen"));
                (table.equals("accounts") ? r.accounts() : r.domains()).forEach(x -> out.append(CsvWriter.line(x.value(),
                        x.items(), x.platforms(), x.cases(), x.firstSeen(), x.lastSeen())));
            }
            default -> throw new InvalidInput(List.of(new InvalidInput.FieldError("table", "one of " + String.join(", ", TABLES))));
        }
        return out.toString();
    }

    private static String fraction(Optional<Double> share) {
        return share.map(s -> String.format(java.util.Locale.ROOT, "%.4f", s)).orElse(null);
    }
}
