package eu.vigil.bank.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import eu.vigil.bank.ImageMatch;
import eu.vigil.bank.MatchOutcome;
import eu.vigil.bank.MatchQuery;
import eu.vigil.bank.Matching;
import eu.vigil.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.vigil.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The match service: hashes (up to 10,000 per request) or an image against every bank the caller may read. */
@RestController
@RequestMapping("/api/v1/match")
@Tag(name = "Hash banks")
class MatchApi {

    private final Matching matching;

    MatchApi(Matching matching) {
        this.matching = matching;
    }

    /** Body of a hash lookup. */
    record MatchRequest(@Size(max = eu.vigil.bank.Matching.MAX_BATCH, message = Limits.COUNT) @Valid List<MatchQuery> signals) {
    }

    @Operation(summary = "Match signals: {\"signals\":[{\"signalType\":\"PDQ\",\"value\":\"…\"}]}")
    @PostMapping(consumes = "application/json")
    Map<String, List<MatchOutcome>> match(@RequestBody @Valid MatchRequest request) {
        return Map.of("results", matching.match(CurrentActor.get(), request.signals()));
    }

    @Operation(summary = "Match an uploaded image (multipart part 'image'), hashed on the server and not kept")
    @PostMapping(consumes = "multipart/form-data")
    ImageMatch matchUpload(@RequestPart("image") MultipartFile image) throws IOException {
        return matching.matchImage(CurrentActor.get(), image.getBytes());
    }

    @Operation(summary = "Match an image sent as the request body (image/* or application/octet-stream)")
    @PostMapping(consumes = {"image/*", "application/octet-stream"})
    ImageMatch matchBody(@RequestBody byte[] image) {
        return matching.matchImage(CurrentActor.get(), image);
    }
}
