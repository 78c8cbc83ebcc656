package eu.vigil.notification.internal;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import eu.vigil.identity.CurrentActor;
import eu.vigil.notification.Notifications;

/** Marks a notification read from the dashboard. */
@Controller
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable UUID id) {
        notifications.markRead(CurrentActor.get(), id);
        return "redirect:/";
    }
}
