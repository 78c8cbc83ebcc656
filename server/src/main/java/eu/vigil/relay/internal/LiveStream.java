package eu.vigil.relay.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import eu.vigil.identity.CurrentActor;
import eu.vigil.relay.LiveUpdates;

/** The stream an open page listens to for the changes that concern its reader's organisation (SSE). */
@Controller
class LiveStream {

    private final LiveUpdates live;

    LiveStream(LiveUpdates live) {
        this.live = live;
    }

    @GetMapping(value = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(HttpServletRequest request, Locale locale) {
        return live.subscribe(CurrentActor.get(), locale, eu.vigil.shared.ReaderZone.of(request)).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.TOO_MANY_REQUESTS, "too many open pages listen for changes; close some"));
    }
}
