package eu.vigil.removalorder.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.vigil.removalorder.AnnexAnswers;
import eu.vigil.removalorder.OrderAnswer;
import eu.vigil.removalorder.OrderDocuments;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.RemovalOrders;
import eu.vigil.shared.NotFound;

/** Shared by the API and the pages: finding an answer and wrapping documents in a response. */
final class Documents {

    private Documents() {
    }

    /** The Annex II or III answer, with the file reference the provider gave at acknowledgement if it gave none then. */
    static OrderAnswer answer(RemovalOrders orders, RemovalOrder order, UUID answerId) {
        java.util.List<OrderAnswer> all = orders.answers(order.id());
        return all.stream().map(a -> AnnexAnswers.withAcknowledgedReference(a, all))
                .filter(a -> a.id().equals(answerId))
                .filter(a -> a.kind() == OrderAnswer.Kind.FEEDBACK || a.kind() == OrderAnswer.Kind.IMPOSSIBILITY)
                .findFirst().orElseThrow(() -> new NotFound("Annex II or III document " + answerId));
    }

    static Map<String, Object> fields(RemovalOrder order, OrderAnswer answer) {
        return answer.kind() == OrderAnswer.Kind.FEEDBACK ? AnnexAnswers.annexTwo(order, answer)
                : AnnexAnswers.annexThree(order, answer);
    }

    static ResponseEntity<byte[]> answerPdf(OrderDocuments documents, RemovalOrder order, OrderAnswer answer) {
        boolean feedback = answer.kind() == OrderAnswer.Kind.FEEDBACK;
        byte[] pdf = feedback ? documents.annexTwo(order, answer) : documents.annexThree(order, answer);
        return pdf(pdf, order.reference() + (feedback ? "-annex-II-" : "-annex-III-") + answer.id() + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .body(bytes);
    }
}
