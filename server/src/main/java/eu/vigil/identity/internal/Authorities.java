package eu.vigil.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Role;

/** Spring Security authorities of an actor: {@code ROLE_<role>}, {@code ORG_<kind>} and {@code PLATFORM_ADMIN}. */
final class Authorities {

    private Authorities() {
    }

    static List<GrantedAuthority> of(Actor actor) {
        List<GrantedAuthority> list = new ArrayList<>();
        for (Role r : actor.roles()) {
            list.add(new SimpleGrantedAuthority("ROLE_" + r.name()));
        }
        list.add(new SimpleGrantedAuthority("ORG_" + actor.kind().name()));
        if (actor.isPlatformAdmin()) {
            list.add(new SimpleGrantedAuthority("PLATFORM_ADMIN"));
        }
        return list;
    }
}
