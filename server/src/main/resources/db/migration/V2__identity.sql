-- Organisations, users, API tokens and OAuth2 clients (identity and tenancy).
create table organisation (
    id           uuid primary key,
    kind         text not null check (kind in ('COMPETENT_AUTHORITY','HOSTING_SERVICE_PROVIDER','EUROPOL','COMMISSION','PLATFORM_ADMIN')),
    name         text not null,
    member_state char(2) references member_state(code),
    created_at   timestamptz not null
);

create table app_user (
    id              uuid primary key,
    organisation_id uuid not null references organisation(id),
    username        text not null unique check (username ~ '^[a-z0-9._@-]{3,64}$'),
    display_name    text not null,
    email           text,
    password_hash   text not null,
    roles           text[] not null,
    enabled         boolean not null default true,
    failed_logins   int not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null,
    last_login_at   timestamptz
);
create index app_user_organisation on app_user(organisation_id);

-- Machine credentials. Only a SHA-256 digest of each token is kept; the token is shown once.
create table api_token (
    id              uuid primary key,
    organisation_id uuid not null references organisation(id),
    name            text not null,
    token_prefix    text not null,
    token_digest    bytea not null unique,
    roles           text[] not null,
    created_by      uuid references app_user(id),
    created_at      timestamptz not null,
    expires_at      timestamptz,
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
create index api_token_organisation on api_token(organisation_id);

create table oauth_client (
    client_id       text primary key,
    organisation_id uuid not null references organisation(id),
    name            text not null,
    secret_hash     text not null,
    roles           text[] not null,
    created_by      uuid references app_user(id),
    created_at      timestamptz not null,
    revoked_at      timestamptz
);

create table oauth_access_token (
    token_digest    bytea primary key,
    client_id       text not null references oauth_client(client_id),
    issued_at       timestamptz not null,
    expires_at      timestamptz not null
);
