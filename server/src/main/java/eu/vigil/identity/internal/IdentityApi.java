package eu.vigil.identity.internal;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import eu.vigil.shared.PagedList;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.Actor;
import eu.vigil.identity.ApiToken;
import eu.vigil.identity.ApiTokens;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.Invitation;
import eu.vigil.identity.Invitations;
import eu.vigil.identity.OAuthClient;
import eu.vigil.identity.OAuthClients;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.identity.User;
import eu.vigil.identity.UserId;
import eu.vigil.identity.Users;
import eu.vigil.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.vigil.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** REST API of identity: who am I, organisations, users, API tokens, OAuth2 clients and invitations. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity")
class IdentityApi {

    private final Organisations organisations;
    private final Users users;
    private final ApiTokens tokens;
    private final OAuthClients clients;
    private final Invitations invitations;

    IdentityApi(Organisations organisations, Users users, ApiTokens tokens, OAuthClients clients,
            Invitations invitations) {
        this.organisations = organisations;
        this.users = users;
        this.tokens = tokens;
        this.clients = clients;
        this.invitations = invitations;
    }

    /**
     * Body of a token or client request; {@code serviceIdentity} names the service that owns it instead of the
     * calling person (people only).
     */
    record CredentialRequest(@Size(max = Limits.NAME, message = Limits.CHARS) String name, Set<Role> roles, Instant expiresAt,
            @Size(max = Limits.NAME, message = Limits.CHARS) String serviceIdentity) {
    }

    /** Answer to an invitation: the link (and its secret) appear only here; pass it on to the invitee. */
    record IssuedInvitation(Invitation invitation, String link, String secret) {
    }

    /** Body of an invitation's acceptance. */
    record InvitationAcceptance(@Size(max = Limits.NAME, message = Limits.CHARS) String secret, @Size(max = Limits.NAME, message = Limits.CHARS) String username,
            @Size(max = Limits.NAME, message = Limits.CHARS) String displayName, @Size(max = Limits.NAME, message = Limits.CHARS) String email,
            @Size(max = Limits.NAME, message = Limits.CHARS) String password) {
    }

    /** Answer to a token request: the secret appears only here. */
    record IssuedToken(ApiToken token, String secret) {
    }

    /** Answer to a client registration: the secret appears only here. */
    record RegisteredClient(OAuthClient client, String clientSecret) {
    }

    @Operation(summary = "The authenticated caller and its organisation")
    @GetMapping("/me")
    Actor me() {
        return CurrentActor.get();
    }

    @Operation(summary = "Organisations visible to the caller (platform admins see all; others their own)")
    @GetMapping("/organisations")
    ResponseEntity<List<Organisation>> organisations(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        Actor actor = CurrentActor.get();
        return PagedList.of(actor.isPlatformAdmin() ? organisations.all()
                : organisations.find(actor.organisationId()).stream().toList(), page, size);
    }

    @Operation(summary = "One organisation, if it is the caller's own (or the caller is a platform admin)")
    @GetMapping("/organisations/{id}")
    Organisation organisation(@PathVariable UUID id) {
        Actor actor = CurrentActor.get();
        OrganisationId org = new OrganisationId(id);
        if (!actor.belongsTo(org) && !actor.isPlatformAdmin()) {
            throw new NotFound("organisation " + id);
        }
        return organisations.find(org).orElseThrow(() -> new NotFound("organisation " + id));
    }

    @Operation(summary = "Users of an organisation (its admins only)")
    @GetMapping("/organisations/{id}/users")
    ResponseEntity<List<User>> users(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(users.of(CurrentActor.get(), visible(id)), page, size);
    }

    @Operation(summary = "Create a user in an organisation (its admins only)")
    @PostMapping("/organisations/{id}/users")
    @ResponseStatus(HttpStatus.CREATED)
    User createUser(@PathVariable UUID id, @RequestBody @Valid Users.NewUser body) {
        return users.create(CurrentActor.get(), visible(id), body);
    }

    @Operation(summary = "Disable a user of the caller's organisation (nothing is deleted; logins stop)")
    @PostMapping("/users/{userId}/disable")
    User disable(@PathVariable UUID userId) {
        return users.setEnabled(CurrentActor.get(), new UserId(userId), false);
    }

    @Operation(summary = "Enable a user again (also lifts a lockout)")
    @PostMapping("/users/{userId}/enable")
    User enable(@PathVariable UUID userId) {
        return users.setEnabled(CurrentActor.get(), new UserId(userId), true);
    }

    /** Body of a password change. */
    record PasswordChange(@Size(max = Limits.NAME, message = Limits.CHARS) String currentPassword,
            @Size(max = Limits.NAME, message = Limits.CHARS) String newPassword) {
    }

    @Operation(summary = "Change the caller's own password (people only)")
    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody @Valid PasswordChange body) {
        users.changeOwnPassword(CurrentActor.get(), body.currentPassword(), body.newPassword());
    }

    @Operation(summary = "API tokens of an organisation (metadata only)")
    @GetMapping("/organisations/{id}/tokens")
    ResponseEntity<List<ApiToken>> tokens(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(tokens.of(CurrentActor.get(), visible(id)), page, size);
    }

    @Operation(summary = "Issue an API token; the secret is returned once")
    @PostMapping("/organisations/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issueToken(@PathVariable UUID id, @RequestBody @Valid CredentialRequest body) {
        var issued = tokens.issue(CurrentActor.get(), visible(id), body.name(), body.roles(), body.expiresAt(),
                body.serviceIdentity());
        return new IssuedToken(issued.metadata(), issued.token());
    }

    @Operation(summary = "Revoke an API token")
    @DeleteMapping("/tokens/{tokenId}")
    ApiToken revokeToken(@PathVariable UUID tokenId) {
        return tokens.revoke(CurrentActor.get(), tokenId);
    }

    @Operation(summary = "OAuth2 clients of an organisation")
    @GetMapping("/organisations/{id}/oauth-clients")
    ResponseEntity<List<OAuthClient>> clients(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(clients.of(CurrentActor.get(), visible(id)), page, size);
    }

    @Operation(summary = "Register an OAuth2 client; the secret is returned once")
    @PostMapping("/organisations/{id}/oauth-clients")
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredClient registerClient(@PathVariable UUID id, @RequestBody @Valid CredentialRequest body) {
        var registered = clients.register(CurrentActor.get(), visible(id), body.name(), body.roles(),
                body.serviceIdentity());
        return new RegisteredClient(registered.client(), registered.clientSecret());
    }

    @Operation(summary = "Revoke an OAuth2 client and its access tokens")
    @DeleteMapping("/oauth-clients/{clientId}")
    OAuthClient revokeClient(@PathVariable String clientId) {
        return clients.revoke(CurrentActor.get(), clientId);
    }

    @Operation(summary = "Invite the first administrator of an organisation (platform admins; the link is returned once)")
    @PostMapping("/organisations/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedInvitation invite(@PathVariable UUID id) {
        var issued = invitations.invite(CurrentActor.get(), new OrganisationId(id));
        return new IssuedInvitation(issued.invitation(), AccountPages.invitationLink(issued), issued.secret());
    }

    @Operation(summary = "Accept an invitation: creates the invitee's user (no authentication; the secret is the credential)")
    @PostMapping("/invitations/accept")
    @ResponseStatus(HttpStatus.CREATED)
    User acceptInvitation(@RequestBody @Valid InvitationAcceptance body) {
        return invitations.accept(body.secret(), new Invitations.Acceptance(body.username(), body.displayName(),
                body.email(), body.password()));
    }

    /** Another organisation's id is answered as "not found", so ids cannot be probed. */
    private static OrganisationId visible(UUID id) {
        Actor actor = CurrentActor.get();
        OrganisationId org = new OrganisationId(id);
        if (!actor.belongsTo(org) && !actor.isPlatformAdmin()) {
            throw new NotFound("organisation " + id);
        }
        return org;
    }
}
