package eu.vigil.identity.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.Invitations;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/** The page an invitee opens: choose a username and password and become the organisation's administrator. */
@Controller
class InvitationPages {

    private final Invitations invitations;

    InvitationPages(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/{secret}")
    String show(@PathVariable String secret, Model model) {
        var invitation = invitations.open(secret).orElseThrow(() -> new NotFound("invitation"));
        model.addAttribute("invitation", invitation);
        model.addAttribute("errors", List.of());
        return "identity/invitation";
    }

    @PostMapping("/invitations/{secret}")
    String accept(@PathVariable String secret, @RequestParam String username, @RequestParam String displayName,
            @RequestParam(required = false) String email, @RequestParam String password, Model model) {
        try {
            invitations.accept(secret, new Invitations.Acceptance(username, displayName,
                    email == null || email.isBlank() ? null : email, password));
            return "redirect:/login?invited";
        } catch (InvalidInput e) {
            model.addAttribute("invitation", invitations.open(secret).orElseThrow(() -> new NotFound("invitation")));
            model.addAttribute("errors", e.errors());
            return "identity/invitation";
        }
    }
}
