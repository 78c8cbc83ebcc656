package eu.vigil.removalorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import eu.vigil.identity.Actor;
import eu.vigil.shared.InvalidInput;

/**
 * The "issued under crisis" field of an order (issue 13) for issuing: asks the crisis module, through
 * {@link IssuedUnderCrisis}, whether the chosen case is open to the issuer, and tells it of the issued order. Without
 * a crisis module no case can be chosen.
 */
@Component
class CrisisChoice {

    private final ObjectProvider<IssuedUnderCrisis> crises;

    CrisisChoice(ObjectProvider<IssuedUnderCrisis> crises) {
        this.crises = crises;
    }

    /**
     * Runs the order's field rules and the crisis field's check together, so that a refused crisis is told with the
     * other field errors at once.
     *
     * @throws InvalidInput with every field error, {@code crisisId} among them when the case cannot be chosen
     */
    OrderType checked(Actor actor, IssueRequest request, Supplier<OrderType> rules) {
        Optional<String> crisis = request.crisisId() == null ? Optional.empty()
                : Optional.ofNullable(crises.getIfAvailable()).map(c -> c.refusal(actor, request.crisisId()))
                        .orElse(Optional.of("no crisis case can be chosen on this installation"));
        OrderType type;
        try {
            type = rules.get();
        } catch (InvalidInput e) {
            if (crisis.isEmpty()) {
                throw e;
            }
            var errors = new ArrayList<>(e.errors());
            errors.add(new InvalidInput.FieldError("crisisId", crisis.get()));
            throw new InvalidInput(errors);
        }
        if (crisis.isPresent()) {
            throw InvalidInput.of("crisisId", crisis.get());
        }
        return type;
    }

    /** Links an order issued under a crisis to it, in the issuing transaction. */
    void issued(Actor actor, IssueRequest request, RemovalOrder order) {
        if (request.crisisId() != null) {
            crises.getObject().issued(actor, request.crisisId(), order);
        }
    }

    /** The open crisis cases the actor may issue an order under, newest first. */
    List<IssuedUnderCrisis.OpenCrisis> openTo(Actor actor) {
        IssuedUnderCrisis c = crises.getIfAvailable();
        return c == null ? List.of() : c.openFor(actor);
    }
}
