package eu.vigil.identity;

import eu.vigil.shared.Forbidden;

/**
 * A write refused by the {@link WritePolicy} because the caller lacks the role it needs; answered as 403
 * with the problem type {@code role-required} naming that role, and audited like every refusal.
 */
public class RoleRequired extends Forbidden {

    private final Role role;

    /**
     * @param role   the role the request needs
     * @param method HTTP method of the refused request
     * @param path   path of the refused request
     */
    public RoleRequired(Role role, String method, String path) {
        super(method + " " + path + " requires the " + role + " role");
        this.role = role;
    }

    /** The role the request needs. */
    public Role role() {
        return role;
    }
}
