package eu.vigil.inbox.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.CurrentActor;
import eu.vigil.inbox.Inbox;
import eu.vigil.inbox.InboxEntry;

/** The provider's one queue as a page: every open case with what it is, whether it binds, and what is due. */
@Controller
class InboxPages {

    private final Inbox inbox;

    InboxPages(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String queue(@RequestParam(required = false) String kind, Model model) {
        var only = InboxApi.kind(kind);
        var queue = inbox.of(CurrentActor.get());
        model.addAttribute("queue", queue);
        model.addAttribute("entries", queue.entries().stream().filter(e -> only.isEmpty() || e.kind() == only.get()).toList());
        model.addAttribute("only", only.orElse(null));
        model.addAttribute("kinds", InboxEntry.Kind.values());
        return "inbox/queue";
    }
}
