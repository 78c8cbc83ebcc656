package eu.vigil.identity.internal;

import java.io.Serializable;

/**
 * Details of a password login kept in its session: the user's session epoch at login. A session whose epoch
 * no longer matches the user's (the user was disabled since) ends on its next request.
 *
 * @param epoch the user's session epoch when the session started
 */
record LoginSession(int epoch) implements Serializable {
}
