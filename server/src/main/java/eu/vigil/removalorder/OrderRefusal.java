package eu.vigil.removalorder;

/** Why the model refuses an answer or transition of a removal order; each maps to a 409 naming the state. */
public enum OrderRefusal {
    /** The order is executed, overdue-executed, without legal effect or withdrawn: no answer may change it. */
    ORDER_CLOSED,
    /** The clock is suspended by an Annex III notice: Annex II and a new Annex III wait for it to restart. */
    ORDER_SUSPENDED,
    /** Only a suspended order can restart (grounds ceased, clarification). */
    NOT_SUSPENDED,
    /** The last Annex III was not force majeure, so grounds cannot "cease". */
    NOT_FORCE_MAJEURE,
    /** The last Annex III did not ask for a clarification. */
    NO_CLARIFICATION_ASKED,
    /** The warning or overdue mark is already raised for the running clock, or the clock is not running. */
    CLOCK_NOT_RUNNING,
    /** The Annex II item was already reported. */
    ITEM_ALREADY_REPORTED,
    /** The order is without legal effect or already withdrawn: there is nothing left to withdraw or annul. */
    NOT_IN_FORCE,
    /** Re-issuing needs an Annex III notice of manifest error or insufficient information on the first order. */
    NO_MANIFEST_ERROR_NOTICE
}
