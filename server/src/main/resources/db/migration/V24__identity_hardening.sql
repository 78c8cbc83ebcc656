-- Identity hardening (ADR 0018): sessions end when a user is disabled, machine credentials belong to a
-- person or to an explicit service identity, first administrators are invited, failed client
-- authentications are throttled.

-- Raised whenever a user's open sessions must end (disabling); a session remembers the value it started with.
alter table app_user add column session_epoch int not null default 0;

-- Owner of a credential: the person it acts for (it stops working when that person is disabled), or a named
-- service identity. Tokens and clients made by another credential inherit that credential's owner.
alter table api_token add column owner_user_id uuid references app_user(id);
alter table api_token add column service_identity text;
update api_token set owner_user_id = created_by where created_by is not null;
update api_token set service_identity = 'unowned before V24' where owner_user_id is null;
alter table api_token add constraint api_token_owned check (owner_user_id is not null or service_identity is not null);
create index api_token_owner on api_token(owner_user_id);

alter table oauth_client add column owner_user_id uuid references app_user(id);
alter table oauth_client add column service_identity text;
update oauth_client set owner_user_id = created_by where created_by is not null;
update oauth_client set service_identity = 'unowned before V24' where owner_user_id is null;
alter table oauth_client add constraint oauth_client_owned check (owner_user_id is not null or service_identity is not null);

-- Invitation of an organisation's first administrator: single use, expiring, only a digest of the link is kept.
create table invitation (
    id               uuid primary key,
    organisation_id  uuid not null references organisation(id),
    token_digest     bytea not null unique,
    roles            text[] not null,
    created_by       uuid,
    created_by_label text not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    accepted_at      timestamptz,
    accepted_user_id uuid references app_user(id)
);
create index invitation_organisation on invitation(organisation_id);

-- Failed authentications at /oauth2/token, counted per client id and per remote address in a fixed window.
create table auth_throttle (
    key          text primary key,
    attempts     int not null,
    window_start timestamptz not null
);
