package eu.vigil.identity.internal;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Credential;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.Preference;
import eu.vigil.identity.Preferences;
import eu.vigil.identity.UserId;
import eu.vigil.shared.ReaderLanguage;
import eu.vigil.shared.ReaderZone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the logged-in person's language and time zone on the request before any handler runs (issue 12), where
 * {@link ReaderLanguage} and {@link ReaderZone} read them: the preferences stored for the person, the zone
 * defaulting to their organisation's Member State's. Machine credentials and anonymous requests get none.
 */
class PreferenceInterceptor implements HandlerInterceptor {

    private final Preferences preferences;

    PreferenceInterceptor(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Actor actor = CurrentActor.find().filter(a -> a.credential() == Credential.PASSWORD).orElse(null);
        if (actor != null) {
            Preference preference = preferences.of(new UserId(actor.id()));
            preference.locale().ifPresent(l -> request.setAttribute(ReaderLanguage.ATTRIBUTE, l));
            Preferences.zoneFor(preference, actor.memberState())
                    .ifPresent(z -> request.setAttribute(ReaderZone.ATTRIBUTE, z));
        }
        return true;
    }
}
