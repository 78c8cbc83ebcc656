package eu.vigil.situation.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.ReaderZone;
import eu.vigil.situation.Situation;
import eu.vigil.situation.SituationReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** {@code GET /api/v1/situation/{area}}: a crime area's situational figures for a period, as JSON. */
@RestController
@RequestMapping("/api/v1/situation")
@Tag(name = "Situational awareness")
class SituationApi {

    private final Situation situation;

    SituationApi(Situation situation) {
        this.situation = situation;
    }

    /** The crime areas and where their dashboards are. */
    record Area(String slug, String name, String title, String page, String api, List<String> categories) {
    }

    @Operation(summary = "The crime areas with their content categories and the addresses of their dashboards")
    @GetMapping
    List<Area> areas() {
        if (!Situation.mayView(CurrentActor.get())) {
            throw new eu.vigil.shared.Forbidden("the situational dashboards are for competent authorities, Europol and the Commission");
        }
        return java.util.Arrays.stream(CrimeArea.values()).map(a -> new Area(a.slug(), a.name(), a.title(),
                "/situation/" + a.slug(), "/api/v1/situation/" + a.slug(),
                a.categories().stream().map(Enum::name).toList())).toList();
    }

    @Operation(summary = "A crime area's figures: items over time by kind, by platform (share actioned of answered items, "
            + "median time to action), by language and sender, recurring accounts and domains; from and to as ISO dates "
            + "in the caller's zone (the last 90 days by default, at most a year). Every item counted is in facts.")
    @GetMapping("/{slug}")
    SituationReport report(@PathVariable String slug, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletRequest request) {
        CrimeArea area = SituationPages.area(slug);
        var zone = ReaderZone.of(request);
        return situation.report(CurrentActor.get(), area, situation.period(from, to, zone), zone);
    }
}
