package eu.vigil.bank.internal;

import eu.vigil.shared.PagedList;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.bank.Bank;
import eu.vigil.bank.BankEntry;
import eu.vigil.bank.BankExport;
import eu.vigil.bank.BankFormat;
import eu.vigil.bank.BankId;
import eu.vigil.bank.BankImport;
import eu.vigil.bank.BankLabel;
import eu.vigil.bank.Banks;
import eu.vigil.bank.Changes;
import eu.vigil.bank.ImportReport;
import eu.vigil.bank.LabelView;
import eu.vigil.bank.NewEntry;
import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

/** REST API of hash banks: banks, entries, bulk import and export, the delta feed and snapshots. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hash banks")
class BankApi {

    private final Banks banks;
    private final BankImport imports;
    private final BankExport exports;

    private final BankDownload download;

    BankApi(Banks banks, BankImport imports, BankExport exports, BankDownload download) {
        this.download = download;
        this.banks = banks;
        this.imports = imports;
        this.exports = exports;
    }

    /** Parses a bank id from a path; a malformed one is simply not found. */
    static BankId bankId(String text) {
        try {
            return BankId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound("bank " + text);
        }
    }

    @Operation(summary = "Labels of the taxonomy with their DSA Transparency Database mapping")
    @GetMapping("/bank-labels")
    List<LabelView> labels() {
        return Arrays.stream(BankLabel.values()).map(LabelView::of).toList();
    }

    @Operation(summary = "Banks the caller may read: own, shared with its organisation, published")
    @GetMapping("/banks")
    ResponseEntity<List<Bank>> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(banks.readableBy(CurrentActor.get()), page, size);
    }

    @Operation(summary = "Create a bank owned by the caller's organisation")
    @PostMapping("/banks")
    ResponseEntity<Bank> create(@RequestBody @Valid BankRequest request) {
        Bank bank = banks.create(CurrentActor.get(), request.toSettings());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/banks/" + bank.id()).body(bank);
    }

    @GetMapping("/banks/{id}")
    Bank get(@PathVariable String id) {
        return banks.find(CurrentActor.get(), bankId(id));
    }

    @Operation(summary = "Change a bank's settings and sharing (owner only)")
    @PutMapping("/banks/{id}")
    Bank change(@PathVariable String id, @RequestBody @Valid BankRequest request) {
        BankId bank = bankId(id);
        Actor actor = CurrentActor.get();
        banks.find(actor, bank);
        return banks.change(actor, bank, request.toSettings());
    }

    @Operation(summary = "Entries of a bank, newest first; 'value' filters by a value prefix")
    @GetMapping("/banks/{id}/entries")
    ResultPage<BankEntry> entries(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam Optional<String> value) {
        return banks.entries(CurrentActor.get(), bankId(id), value, page, size);
    }

    @PostMapping("/banks/{id}/entries")
    ResponseEntity<BankEntry> add(@PathVariable String id, @RequestBody @Valid NewEntry entry) {
        BankEntry added = banks.add(CurrentActor.get(), bankId(id), entry);
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    @GetMapping("/banks/{id}/entries/{entry}")
    BankEntry entry(@PathVariable String id, @PathVariable long entry) {
        return banks.entry(CurrentActor.get(), bankId(id), entry);
    }

    @Operation(summary = "Disable an entry: kept, audited, never matched")
    @PostMapping("/banks/{id}/entries/{entry}/disable")
    BankEntry disable(@PathVariable String id, @PathVariable long entry) {
        return banks.setEnabled(CurrentActor.get(), bankId(id), entry, false);
    }

    @PostMapping("/banks/{id}/entries/{entry}/enable")
    BankEntry enable(@PathVariable String id, @PathVariable long entry) {
        return banks.setEnabled(CurrentActor.get(), bankId(id), entry, true);
    }

    @Operation(summary = "Bulk import (streamed): the body is the CSV or JSON file, or multipart with a 'file' part; "
            + "good rows are kept, each refused row is reported with its row and column")
    @PostMapping("/banks/{id}/import")
    ImportReport importEntries(@PathVariable String id, @RequestParam Optional<String> format, HttpServletRequest request)
            throws IOException, ServletException {
        BankId bank = bankId(id);
        Actor actor = CurrentActor.get();
        banks.find(actor, bank);
        String contentType = Optional.ofNullable(request.getContentType()).orElse("");
        if (contentType.startsWith("multipart/")) {
            Part part = request.getPart("file");
            if (part == null) {
                throw InvalidInput.of("file", "no file uploaded");
            }
            BankFormat f = format.map(BankFormat::parse).orElse(BankFormat.ofFileName(part.getSubmittedFileName()));
            try (InputStream in = part.getInputStream()) {
                return imports.importEntries(actor, bank, f, in, part.getSubmittedFileName());
            }
        }
        BankFormat f = format.map(BankFormat::parse)
                .orElse(contentType.startsWith("application/json") ? BankFormat.JSON : BankFormat.CSV);
        return imports.importEntries(actor, bank, f, request.getInputStream(), "api-import");
    }

    @Operation(summary = "Export a bank as csv, json, or pdqidx (the hashing module's PDQ index snapshot file)")
    @GetMapping("/banks/{id}/export")
    void export(@PathVariable String id, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        download.write(CurrentActor.get(), bankId(id), format, response);
    }

    @Operation(summary = "Delta feed: changes (added, disabled, re-enabled entries) after a checkpoint")
    @GetMapping("/banks/{id}/changes")
    Changes changes(@PathVariable String id, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "1000") int limit) {
        return banks.changes(CurrentActor.get(), bankId(id), since, limit);
    }

    @Operation(summary = "Full snapshot for replication: enabled entries and the checkpoint to follow the feed from")
    @GetMapping("/banks/{id}/snapshot")
    void snapshot(@PathVariable String id, HttpServletResponse response) throws IOException {
        BankId bank = bankId(id);
        Actor actor = CurrentActor.get();
        banks.find(actor, bank);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        exports.snapshot(actor, bank, response.getOutputStream());
    }

    @Operation(summary = "Matches per day (owner only); queried hashes are never stored")
    @GetMapping("/banks/{id}/statistics")
    Map<String, Object> statistics(@PathVariable String id) {
        return Map.of("matchesPerDay", banks.matchCounts(CurrentActor.get(), bankId(id)));
    }
}
