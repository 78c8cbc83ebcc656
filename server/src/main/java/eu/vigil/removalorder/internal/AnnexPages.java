package eu.vigil.removalorder.internal;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.AnnexRendering;
import eu.vigil.removalorder.OrderAnswer;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.RemovalOrders;

/** Annex I, II and III as pages, exactly as their PDF documents say them (the same rendered form). */
@Controller
class AnnexPages {

    private final RemovalOrders orders;

    AnnexPages(RemovalOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/orders/{id}/annex-i")
    String annexOne(@PathVariable UUID id, Model model) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        return page(model, order, AnnexRendering.annexOne(order), "/orders/" + id + "/annex-i.pdf");
    }

    @GetMapping("/orders/{id}/answers/{answerId}/document")
    String answer(@PathVariable UUID id, @PathVariable UUID answerId, Model model) {
        RemovalOrder order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        OrderAnswer answer = Documents.answer(orders, order, answerId);
        return page(model, order, AnnexRendering.answer(order, answer), "/orders/" + id + "/answers/" + answerId + ".pdf");
    }

    private static String page(Model model, RemovalOrder order, eu.vigil.removalorder.RenderedAnnex annex, String pdf) {
        model.addAttribute("orderId", order.id().toString());
        model.addAttribute("reference", order.reference());
        model.addAttribute("annex", annex);
        model.addAttribute("pdf", pdf);
        return "orders/annexPage";
    }
}
