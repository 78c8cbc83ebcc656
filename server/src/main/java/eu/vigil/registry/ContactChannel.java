package eu.vigil.registry;

/** Electronic means by which a point of contact receives removal orders (TCO Art. 15(1)). */
public enum ContactChannel {
    EMAIL, PHONE, API, WEBFORM, PERCI
}
