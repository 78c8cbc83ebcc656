package eu.vigil.crisis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.bank.BankFormat;
import eu.vigil.crisis.CrisisId;
import eu.vigil.crisis.CrisisItems;
import eu.vigil.crisis.ItemStatus;
import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

/** The crisis hash list over the API (R42, ADR 0031): share items in bulk or one by one, mark, withdraw, export. */
@RestController
@RequestMapping("/api/v1/crises/{id}")
@Tag(name = "Crisis Protocol")
class CrisisItemsApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CrisisItems items;
    private final CrisisExports exports;

    CrisisItemsApi(CrisisItems items, CrisisExports exports) {
        this.items = items;
        this.exports = exports;
    }

    /** A provider's mark of an item: FOUND or REMOVED, with how many copies if known. */
    record Mark(ItemStatus status, Integer count) {
    }

    @Operation(summary = "The crisis hash list: newest items with their spread per provider, totals, the bank id")
    @GetMapping("/items")
    CrisisItems.Section list(@PathVariable UUID id) {
        return items.section(CurrentActor.get(), new CrisisId(id));
    }

    @Operation(summary = "Share items on the crisis list (R42): a JSON array of {signalType, value, labels}, the bank "
            + "import's CSV (text/csv, header signal_type,value,…), or multipart with a 'file' part; answers the "
            + "per-row report and the new entry ids; every addition reaches replicas through the bank's delta feed")
    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    CrisisItems.Shared share(@PathVariable UUID id, @RequestParam Optional<String> format, HttpServletRequest request)
            throws IOException, ServletException {
        Actor actor = CurrentActor.get();
        String type = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/")) {
            Part part = request.getPart("file");
            if (part == null) {
                throw InvalidInput.of("file", "send the file in a part named 'file'");
            }
            BankFormat f = format.map(BankFormat::parse).orElse(BankFormat.ofFileName(part.getSubmittedFileName()));
            try (InputStream in = part.getInputStream()) {
                return items.share(actor, new CrisisId(id), f, in, part.getSubmittedFileName());
            }
        }
        if (type.startsWith("application/json") && format.isEmpty()) {
            CrisisItems.NewItem[] list;
            try {
                list = JSON.readValue(request.getInputStream(), CrisisItems.NewItem[].class);
            } catch (tools.jackson.core.JacksonException e) {
                throw InvalidInput.of("items", "a JSON array of {signalType, value, labels}");
            }
            return items.share(actor, new CrisisId(id), Arrays.asList(list));
        }
        BankFormat f = format.map(BankFormat::parse).orElse(BankFormat.CSV);
        return items.share(actor, new CrisisId(id), f, request.getInputStream(), "api-upload");
    }

    @Operation(summary = "A provider marks an item FOUND on its service or REMOVED from it (REMOVED is final)")
    @PostMapping("/items/{entryId}/status")
    Map<String, Object> mark(@PathVariable UUID id, @PathVariable long entryId, @RequestBody Mark body) {
        ItemStatus now = items.mark(CurrentActor.get(), new CrisisId(id), entryId, body.status(), body.count());
        return Map.of("entryId", entryId, "status", now.name());
    }

    @Operation(summary = "The sharer or the coordinator withdraws an item: disabled in the bank, a tombstone in the feed")
    @PostMapping("/items/{entryId}/withdrawal")
    Map<String, Object> withdraw(@PathVariable UUID id, @PathVariable long entryId) {
        items.withdraw(CurrentActor.get(), new CrisisId(id), entryId);
        return Map.of("entryId", entryId, "withdrawn", true);
    }

    @Operation(summary = "The list exported: misp (a MISP feed as zip), stix (STIX 2.1 bundle), lines (pdq <hex> …)")
    @GetMapping("/exports/{format}")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format) {
        return exports.download(CurrentActor.get(), new CrisisId(id), format, null);
    }

    @Operation(summary = "The MISP feed's documents for MISP to poll: manifest.json and <event uuid>.json")
    @GetMapping("/exports/misp/{file}")
    ResponseEntity<byte[]> mispFeed(@PathVariable UUID id, @PathVariable String file) {
        return exports.download(CurrentActor.get(), new CrisisId(id), "misp", file);
    }
}
