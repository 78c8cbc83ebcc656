package eu.vigil.identity.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/** The labels of the organisation page's forms and the invitation form, by the address each posts to (issue 12). */
@Component
class AccountFormLabels extends FieldLabels {

    AccountFormLabels() {
        super("/account/users");
        field("username", "login.username", "nu-username");
        field("displayName", "account.name", "nu-name");
        field("email", "form.email", "nu-email");
        field("password", "login.password", "nu-password");
        field("roles", "account.roles", null);
    }

    /** API tokens. */
    @Component
    static class Tokens extends FieldLabels {

        Tokens() {
            super("/account/tokens");
            field("name", "account.name", "token-name");
            field("roles", "account.roles", null);
        }
    }

    /** OAuth clients. */
    @Component
    static class Clients extends FieldLabels {

        Clients() {
            super("/account/clients");
            field("name", "account.name", "client-name");
            field("roles", "account.roles", null);
        }
    }

    /** The own password. */
    @Component
    static class Password extends FieldLabels {

        Password() {
            super("/account/password");
            field("currentPassword", "account.currentPassword", "current-password");
            field("newPassword", "account.newPassword", "new-password");
            field("password", "account.newPassword", "new-password");
        }
    }

    /** Accepting an invitation. */
    @Component
    static class Invitation extends FieldLabels {

        Invitation() {
            super("/invitations/*");
            field("username", "login.username", "inv-username");
            field("displayName", "account.name", "inv-name");
            field("email", "form.email", "inv-email");
            field("password", "login.password", "inv-password");
        }
    }

    /** The person's language and time zone (the preferences page and the language switcher of every page). */
    @Component
    static class Preference extends FieldLabels {

        Preference() {
            super("/account/preferences");
            field("language", "preferences.language", "pref-language");
            field("timeZone", "preferences.zone", "pref-zone");
        }
    }
}
