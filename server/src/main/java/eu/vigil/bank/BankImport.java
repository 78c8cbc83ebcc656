package eu.vigil.bank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.shared.InvalidInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of entries from CSV or JSON, streamed: rows are read one at a time, checked, and written in
 * batches of {@value #BATCH} rows, each batch in its own transaction with one audit record, so an upload of
 * any size needs memory for one batch only. Refused rows are reported by row and column; good rows are kept.
 */
@Service
public class BankImport {

    static final int BATCH = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Banks banks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final BankIndex index;

    BankImport(Banks banks, JdbcTemplate jdbc, TransactionTemplate transactions, AuditLog audit, BankIndex index) {
        this.banks = banks;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.index = index;
    }

    /** One row as read, before checking. */
    private record Row(long number, String signalType, String value, List<String> labels, String sourceKind,
            String sourceId) {
    }

    /** A checked row, ready to insert. */
    private record Good(long number, SignalKind kind, String value, List<BankLabel> labels, SourceKind source,
            String sourceId) {
    }

    /**
     * Imports a file into a bank the actor may write to.
     *
     * @param sourceName recorded as source id of rows without one (e.g. the file name)
     */
    public ImportReport importEntries(Actor actor, BankId bankId, BankFormat format, InputStream in, String sourceName) {
        Bank bank = banks.requireWrite(actor, bankId);
        Tally tally = new Tally();
        List<Good> batch = new ArrayList<>(BATCH);
        Map<String, Long> seenInBatch = new HashMap<>();
        Consumer<Row> sink = row -> {
            tally.rows++;
            Good good = check(bank, row, tally);
            if (good == null) {
                return;
            }
            if (seenInBatch.putIfAbsent(good.kind() + ":" + good.value(), good.number()) != null) {
                tally.duplicates++;
                return;
            }
            batch.add(good);
            if (batch.size() == BATCH) {
                write(actor, bankId, batch, tally, sourceName);
                batch.clear();
                seenInBatch.clear();
            }
        };
        try {
            switch (format) {
                case CSV -> readCsv(in, sink, tally);
                case JSON -> readJson(in, sink, tally);
            }
        } catch (IOException e) {
            tally.problem(tally.rows + 1, "", "the file could not be read further: " + e.getMessage());
        } catch (tools.jackson.core.JacksonException e) {
            tally.problem(tally.rows + 1, "", "the JSON could not be read further: " + e.getOriginalMessage());
        }
        if (!batch.isEmpty()) {
            write(actor, bankId, batch, tally, sourceName);
        }
        if (tally.added > 4096) {
            index.rebuildPdq(bankId.value());
        }
        return new ImportReport(tally.rows, tally.added, tally.duplicates, tally.refused, tally.problems);
    }

    private static final class Tally {
        long rows;
        long added;
        long duplicates;
        long refused;
        final List<ImportReport.Problem> problems = new ArrayList<>();

        void problem(long row, String column, String message) {
            if (problems.size() < ImportReport.MAX_PROBLEMS) {
                problems.add(new ImportReport.Problem(row, column, message));
            }
        }
    }

    private static Good check(Bank bank, Row row, Tally tally) {
        int before = tally.problems.size();
        long refusedBefore = tally.refused;
        boolean bad = false;
        SignalKind kind = null;
        String value = null;
        if (row.signalType() == null || row.signalType().isBlank()) {
            tally.problem(row.number(), "signal_type", "missing");
            bad = true;
        } else {
            try {
                kind = SignalKind.parse(row.signalType());
                if (!bank.signalTypes().contains(kind)) {
                    tally.problem(row.number(), "signal_type", "this bank holds only " + Banks.kinds(bank.signalTypes()));
                    bad = true;
                }
            } catch (IllegalArgumentException e) {
                tally.problem(row.number(), "signal_type", e.getMessage());
                bad = true;
            }
        }
        if (kind != null && !bad) {
            try {
                value = kind.canonical(row.value() == null ? "" : row.value());
            } catch (IllegalArgumentException e) {
                tally.problem(row.number(), "value", e.getMessage());
                bad = true;
            }
        }
        List<BankLabel> labels = new ArrayList<>();
        for (String l : row.labels()) {
            try {
                labels.add(BankLabel.parse(l));
            } catch (IllegalArgumentException e) {
                tally.problem(row.number(), "labels", e.getMessage());
                bad = true;
            }
        }
        SourceKind source = SourceKind.IMPORT;
        if (row.sourceKind() != null && !row.sourceKind().isBlank()) {
            try {
                source = SourceKind.valueOf(row.sourceKind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                tally.problem(row.number(), "source_kind", "must be one of " + Arrays.toString(SourceKind.values()));
                bad = true;
            }
        }
        if (row.sourceId() != null && row.sourceId().length() > 200) {
            tally.problem(row.number(), "source_id", "must be at most 200 characters");
            bad = true;
        }
        if (bad) {
            tally.refused = refusedBefore + 1;
            return null;
        }
        assert tally.problems.size() == before;
        return new Good(row.number(), kind, value, labels, source,
                row.sourceId() == null || row.sourceId().isBlank() ? null : row.sourceId().strip());
    }

    private void write(Actor actor, BankId bankId, List<Good> rows, Tally tally, String sourceName) {
        List<Good> batch = List.copyOf(rows);
        long[] inserted = transactions.execute(status -> {
            banks.lock(bankId);
            List<Long> ids = jdbc.queryForList("select nextval('bank_entry_id_seq') from generate_series(1, ?)",
                    Long.class, batch.size());
            Instant now = banks.now();
            Timestamp at = Timestamp.from(now);
            List<Object[]> args = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                Good g = batch.get(i);
                args.add(new Object[] {ids.get(i), bankId.value(), g.kind().name(), g.value(), Banks.codes(g.labels()),
                        actor.auditor().label(), actor.organisationId().value(), g.source().name(),
                        g.sourceId() == null ? sourceName : g.sourceId(), at, at});
            }
            int[] counts = jdbc.batchUpdate("""
                    insert into bank_entry (id, bank_id, signal_type, value, labels, added_by, organisation_id,
                        source_kind, source_id, added_at, enabled, changed_at, seq)
                    values (?,?,?,?,string_to_array(?, ','),?,?,?,?,?,true,?,nextval('bank_change_seq'))
                    on conflict (bank_id, signal_type, value) do nothing""", args);
            long[] result = new long[batch.size()];
            long added = 0;
            for (int i = 0; i < counts.length; i++) {
                result[i] = counts[i] > 0 ? ids.get(i) : -1;
                added += counts[i] > 0 ? 1 : 0;
            }
            audit.append(actor.auditor(), new AuditEvent("bank.imported", "bank", bankId.toString(), null, null,
                    Map.of("rows", batch.size(), "added", added, "firstRow", batch.getFirst().number(),
                            "lastRow", batch.getLast().number(), "source", sourceName == null ? "" : sourceName)));
            return result;
        });
        for (long id : inserted) {
            if (id >= 0) {
                tally.added++;
            } else {
                tally.duplicates++;
            }
        }
        index.catchUp(bankId.value());
    }

    private static void readCsv(InputStream in, Consumer<Row> sink, Tally tally) throws IOException {
        eu.vigil.shared.CsvReader csv = new eu.vigil.shared.CsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        List<String> header = csv.next();
        if (header == null) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("file", "the file is empty")));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            columns.put(name, i);
        }
        if (!columns.containsKey("signal_type") || !columns.containsKey("value")) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("file",
                    "the header must name at least signal_type and value (columns: " + BankFormat.COLUMNS + ")")));
        }
        long number = 0;
        for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                continue;
            }
            number++;
            String labels = field(fields, columns, "labels");
            sink.accept(new Row(number, field(fields, columns, "signal_type"), field(fields, columns, "value"),
                    splitLabels(labels), field(fields, columns, "source_kind"), field(fields, columns, "source_id")));
        }
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        // Exports neutralise spreadsheet formulas with a leading quote; reading one back restores the value.
        return i == null || i >= fields.size() ? null : eu.vigil.shared.CsvWriter.unneutralise(fields.get(i));
    }

    private static List<String> splitLabels(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void readJson(InputStream in, Consumer<Row> sink, Tally tally) {
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidInput(List.of(new InvalidInput.FieldError("file", "expected a JSON array of entries")));
            }
            long number = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                number++;
                JsonNode node = JSON.readTree(parser);
                JsonNode labels = node.get("labels");
                List<String> list = new ArrayList<>();
                if (labels != null && labels.isArray()) {
                    labels.forEach(l -> list.add(l.asString()));
                } else if (labels != null && !labels.isNull()) {
                    list.addAll(splitLabels(labels.asString()));
                }
                sink.accept(new Row(number, text(node, "signal_type", "signalType"), text(node, "value", null), list,
                        text(node, "source_kind", "sourceKind"), text(node, "source_id", "sourceId")));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                tally.problem(number + 1, "", "expected an object for each entry");
            }
        } catch (UncheckedIOException e) {
            tally.problem(tally.rows + 1, "", e.getMessage());
        }
    }

    private static String text(JsonNode node, String name, String alternative) {
        JsonNode v = node.get(name);
        if ((v == null || v.isNull()) && alternative != null) {
            v = node.get(alternative);
        }
        return v == null || v.isNull() ? null : v.asString();
    }
}
