package eu.vigil.bank;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.shared.CsvWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export of a bank, streamed from the database: CSV (formulas neutralised, {@link CsvWriter}) or JSON (the import
 * formats), the replication snapshot (enabled entries plus the checkpoint to continue the delta feed from), and the
 * PDQ index snapshot file of the hashing module (ids = entry ids).
 */
@Service
public class BankExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Banks banks;
    private final JdbcTemplate jdbc;
    private final BankIndex index;

    BankExport(Banks banks, DataSource dataSource, BankIndex index) {
        this.banks = banks;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(2_000);
        this.index = index;
    }

    /** Writes every entry (enabled or not) of a readable bank in a format of the import. */
    @Transactional(readOnly = true)
    public void export(Actor actor, BankId id, BankFormat format, OutputStream out) throws IOException {
        banks.find(actor, id);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (format == BankFormat.CSV) {
            w.write(BankFormat.COLUMNS + "\n");
            each(id, false, e -> {
                w.write(CsvWriter.line(e.signalType(), e.value(), String.join(";", e.labels().stream()
                        .map(BankLabel::code).toList()), e.provenance().source(), e.provenance().sourceId(),
                        e.provenance().addedAt(), e.enabled()) + "\n");
            });
            w.flush();
        } else {
            try (JsonGenerator g = JSON.createGenerator(w)) {
                g.writeStartArray();
                each(id, false, e -> writeEntry(g, e));
                g.writeEndArray();
            }
        }
    }

    /**
     * The replication snapshot: {@code {"bank":…, "checkpoint":N, "entries":[…enabled entries…]}}, read in one
     * repeatable-read transaction so that the delta feed from {@code checkpoint} on completes it.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void snapshot(Actor actor, BankId id, OutputStream out) throws IOException {
        Bank bank = banks.find(actor, id);
        long checkpoint = jdbc.queryForObject("select coalesce(max(seq), 0) from bank_entry where bank_id = ?",
                Long.class, id.value());
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringProperty("bank", bank.id().toString());
            g.writeStringProperty("name", bank.name());
            g.writeNumberProperty("pdqThreshold", bank.pdqThreshold());
            g.writeBooleanProperty("suppression", bank.suppression());
            g.writeNumberProperty("checkpoint", checkpoint);
            g.writeName("entries");
            g.writeStartArray();
            each(id, true, e -> writeEntry(g, e));
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Writes the bank's enabled PDQ hashes as a {@link eu.vigil.hashing.index.PdqIndex} snapshot file. */
    public void pdqSnapshot(Actor actor, BankId id, OutputStream out) throws IOException {
        banks.find(actor, id);
        Path file = Files.createTempFile("bank-", ".pdqidx");
        try {
            index.pdq(id.value()).writeSnapshot(file);
            Files.copy(file, out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private interface EntryWriter {
        void write(BankEntry e) throws IOException;
    }

    private void each(BankId id, boolean enabledOnly, EntryWriter writer) {
        jdbc.query("select " + Banks.ENTRY_COLUMNS + " from bank_entry e where e.bank_id = ?"
                + (enabledOnly ? " and e.enabled" : "") + " order by e.id", rs -> {
                    try {
                        writer.write(Banks.mapEntry(rs));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, id.value());
    }

    private static void writeEntry(JsonGenerator g, BankEntry e) {
        g.writeStartObject();
        g.writeNumberProperty("id", e.id());
        g.writeStringProperty("signal_type", e.signalType().name());
        g.writeStringProperty("value", e.value());
        g.writeName("labels");
        g.writeStartArray();
        e.labels().forEach(l -> g.writeString(l.code()));
        g.writeEndArray();
        g.writeStringProperty("source_kind", e.provenance().source().name());
        if (e.provenance().sourceId() != null) {
            g.writeStringProperty("source_id", e.provenance().sourceId());
        }
        g.writeStringProperty("added_at", e.provenance().addedAt().toString());
        g.writeBooleanProperty("enabled", e.enabled());
        g.writeNumberProperty("checkpoint", e.checkpoint());
        g.writeEndObject();
    }
}
