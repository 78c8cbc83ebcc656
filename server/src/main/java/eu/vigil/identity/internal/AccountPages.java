package eu.vigil.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import eu.vigil.identity.Actor;
import eu.vigil.identity.ApiTokens;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.Invitations;
import eu.vigil.identity.OAuthClients;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.identity.Users;
import eu.vigil.shared.InvalidInput;

/**
 * The organisation page: users, API tokens and OAuth2 clients of the actor's own organisation; for platform
 * administrators also the other organisations, with invitations of their first administrators.
 */
@Controller
class AccountPages {

    private final Users users;
    private final ApiTokens tokens;
    private final OAuthClients clients;
    private final Organisations organisations;
    private final Invitations invitations;

    AccountPages(Users users, ApiTokens tokens, OAuthClients clients, Organisations organisations,
            Invitations invitations) {
        this.users = users;
        this.tokens = tokens;
        this.clients = clients;
        this.organisations = organisations;
        this.invitations = invitations;
    }

    /** The absolute link an invitee opens (scheme and host as the request arrived, proxies included). */
    static String invitationLink(Invitations.Issued issued) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(issued.path()).toUriString();
    }

    @GetMapping("/account")
    String account(Model model) {
        return render(model, null, null, List.of());
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam String name, @RequestParam(required = false) Set<Role> roles, Model model) {
        Actor actor = CurrentActor.get();
        try {
            var issued = tokens.issue(actor, actor.organisationId(), name, roles == null ? Set.of() : roles, null);
            return render(model, "token", issued.token(), List.of());
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/account", e.errors());
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, Model model) {
        tokens.revoke(CurrentActor.get(), id);
        return "redirect:/account";
    }

    @PostMapping("/account/clients")
    String registerClient(@RequestParam String name, @RequestParam(required = false) Set<Role> roles, Model model) {
        Actor actor = CurrentActor.get();
        try {
            var registered = clients.register(actor, actor.organisationId(), name, roles == null ? Set.of() : roles);
            return render(model, "client", registered.client().clientId() + " / " + registered.clientSecret(), List.of());
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/account", e.errors());
        }
    }

    @PostMapping("/account/clients/{clientId}/revoke")
    String revokeClient(@PathVariable String clientId) {
        clients.revoke(CurrentActor.get(), clientId);
        return "redirect:/account";
    }

    @PostMapping("/account/users")
    String createUser(@RequestParam String username, @RequestParam String displayName,
            @RequestParam(required = false) String email, @RequestParam String password,
            @RequestParam(required = false) Set<Role> roles, Model model) {
        Actor actor = CurrentActor.get();
        try {
            users.create(actor, actor.organisationId(), new Users.NewUser(username, displayName, email, password,
                    roles == null ? Set.of() : roles));
            return "redirect:/account";
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/account", e.errors());
        }
    }

    @PostMapping("/account/users/{id}/{action:enable|disable}")
    String toggleUser(@PathVariable UUID id, @PathVariable String action, Model model) {
        try {
            users.setEnabled(CurrentActor.get(), new eu.vigil.identity.UserId(id), action.equals("enable"));
            return "redirect:/account";
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/account", e.errors());
        }
    }

    @PostMapping("/account/invitations")
    String invite(@RequestParam UUID organisation, Model model) {
        try {
            var issued = invitations.invite(CurrentActor.get(), new OrganisationId(organisation));
            return render(model, "invitation", invitationLink(issued), List.of());
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/account", e.errors());
        }
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword, Model model) {
        try {
            users.changeOwnPassword(CurrentActor.get(), currentPassword, newPassword);
            model.addAttribute("notice", "account.passwordChanged");
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm("/account", e.errors());
        }
        return render(model, null, null, List.of());
    }

    private String render(Model model, String secretKind, String secret, List<InvalidInput.FieldError> errors) {
        Actor actor = CurrentActor.get();
        boolean admin = actor.administers(actor.organisationId());
        model.addAttribute("admin", admin);
        model.addAttribute("users", admin ? users.of(actor, actor.organisationId()) : List.of());
        model.addAttribute("tokens", admin ? tokens.of(actor, actor.organisationId()) : List.of());
        model.addAttribute("clients", admin ? clients.of(actor, actor.organisationId()) : List.of());
        model.addAttribute("roles", EnumSet.allOf(Role.class));
        model.addAttribute("organisations", actor.isPlatformAdmin()
                ? organisations.all().stream().filter(o -> !o.id().equals(actor.organisationId())).toList()
                : List.of());
        model.addAttribute("secretKind", secretKind);
        model.addAttribute("secret", secret);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "identity/account";
    }
}
