package eu.vigil.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Credential;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.Preference;
import eu.vigil.identity.Preferences;
import eu.vigil.identity.UserId;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.MemberStateZones;
import eu.vigil.shared.RefusedForm;

/**
 * The person's language and time zone (issue 12): the page to choose them, and the one address both it and the
 * language switcher of every page post to. Each person changes only their own: the address names no user.
 */
@Controller
public class PreferencePages {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private final Preferences preferences;
    private final java.time.Clock clock;

    PreferencePages(Preferences preferences, java.time.Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** One zone of the choice, labelled with its offset now ("Europe/Berlin (UTC+01:00)"). */
    public record ZoneChoice(String id, String label) {
    }

    @GetMapping("/account/preferences")
    String page(@RequestParam(required = false) String saved, Model model) {
        Actor actor = person();
        Preference chosen = preferences.of(new UserId(actor.id()));
        Instant now = clock.instant();
        model.addAttribute("chosen", chosen);
        model.addAttribute("languages", Preferences.LANGUAGES);
        model.addAttribute("zones", MemberStateZones.offered().stream()
                .map(z -> new ZoneChoice(z.getId(), label(z, now))).toList());
        model.addAttribute("organisationZone",
                MemberStateZones.of(actor.memberState()).map(z -> label(z, now)).orElse(null));
        model.addAttribute("errors", List.<InvalidInput.FieldError>of());
        model.addAttribute("saved", saved != null);
        return "identity/preferences";
    }

    /**
     * Changes the actor's language or time zone (a parameter left out stays as it is) and returns to
     * {@code returnTo}, a page of this site, or to the preferences page.
     */
    @PostMapping("/account/preferences")
    String change(@RequestParam(required = false) String language, @RequestParam(required = false) String timeZone,
            @RequestParam(required = false) String returnTo) {
        Actor actor = person();
        String back = local(returnTo);
        try {
            preferences.change(actor, new UserId(actor.id()), language, timeZone);
        } catch (InvalidInput e) {
            // shown on the preferences page, whose form has both fields, wherever the choice was made
            throw new RefusedForm("/account/preferences", e.errors());
        }
        return "redirect:" + (back.equals("/account/preferences") ? back + "?saved" : back);
    }

    /** "Europe/Berlin (UTC+01:00)"; UTC alone for UTC. */
    static String label(ZoneId zone, Instant at) {
        return zone.equals(MemberStateZones.UTC) ? "UTC" : zone.getId() + " (UTC" + OFFSET.format(at.atZone(zone)) + ")";
    }

    /** {@code path} when it is an address of this site (no scheme, host or line break), else the preferences page. */
    static String local(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return "/account/preferences";
        }
        return path;
    }

    private static Actor person() {
        Actor actor = CurrentActor.get();
        if (actor.credential() != Credential.PASSWORD) {
            throw new Forbidden("only people have a language and a time zone");
        }
        return actor;
    }
}
