package eu.vigil.bank.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import eu.vigil.bank.BankFormat;
import eu.vigil.bank.BankId;
import eu.vigil.bank.BankImport;
import eu.vigil.bank.ImportReport;
import eu.vigil.identity.Actor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/**
 * Imports started from the bank pages, run in the background so the page can show their progress (the share of the
 * file read so far) and then the validation report. Jobs are kept in memory of this server instance for an hour after
 * they end and are visible only to the organisation that started them; the rows themselves are written as they are
 * read (see {@link BankImport}), so a job lost with a restart has kept every batch written before.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final BankImport imports;
    private final Clock clock;
    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportJobs(BankImport imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    /** One import: what was uploaded, how far it has been read, and its outcome once it ends. */
    public static final class ImportJob {
        final UUID id;
        final UUID organisation;
        final BankId bank;
        final String fileName;
        final long size;
        final Instant startedAt;
        final AtomicLong read = new AtomicLong();
        volatile ImportReport report;
        volatile List<InvalidInput.FieldError> errors = List.of();
        volatile Instant endedAt;

        ImportJob(UUID id, UUID organisation, BankId bank, String fileName, long size, Instant startedAt) {
            this.id = id;
            this.organisation = organisation;
            this.bank = bank;
            this.fileName = fileName;
            this.size = size;
            this.startedAt = startedAt;
        }

        public UUID id() {
            return id;
        }

        public String fileName() {
            return fileName;
        }

        public long size() {
            return size;
        }

        public boolean running() {
            return endedAt == null;
        }

        public ImportReport report() {
            return report;
        }

        public List<InvalidInput.FieldError> errors() {
            return errors;
        }

        /** Per cent of the file read, 0-100. */
        public int percent() {
            return size <= 0 ? (running() ? 0 : 100) : (int) Math.min(100, read.get() * 100 / size);
        }
    }

    /** Saves the upload and starts importing it; the caller has checked that the actor may write to the bank. */
    ImportJob start(Actor actor, BankId bank, MultipartFile file) throws IOException {
        forgetOld();
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        BankFormat format = BankFormat.ofFileName(name);
        Path saved = Files.createTempFile("vigil-import-", name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? ".json" : ".csv");
        file.transferTo(saved);
        ImportJob job = new ImportJob(UUID.randomUUID(), actor.organisationId().value(), bank, name, Files.size(saved),
                clock.instant());
        jobs.put(job.id, job);
        Thread.ofVirtual().name("bank-import-" + job.id).start(() -> {
            try (InputStream in = new Counting(Files.newInputStream(saved), job.read)) {
                job.report = imports.importEntries(actor, bank, format, in, name);
            } catch (InvalidInput e) {
                job.errors = e.errors();
            } catch (IOException | RuntimeException e) {
                log.warn("Import {} into bank {} stopped", job.id, bank, e);
                job.errors = List.of(new InvalidInput.FieldError("file",
                        "the import stopped after " + job.percent() + " % of the file: " + e.getMessage()
                                + " (rows written before that are kept)"));
            } finally {
                job.endedAt = clock.instant();
                try {
                    Files.deleteIfExists(saved);
                } catch (IOException e) {
                    log.warn("Cannot delete {}", saved, e);
                }
            }
        });
        return job;
    }

    /** A job of the actor's organisation into {@code bank}. */
    ImportJob get(Actor actor, BankId bank, UUID id) {
        ImportJob job = jobs.get(id);
        if (job == null || !job.organisation.equals(actor.organisationId().value()) || !job.bank.equals(bank)) {
            throw new NotFound("import " + id);
        }
        return job;
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.endedAt != null && j.endedAt.isBefore(limit));
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
