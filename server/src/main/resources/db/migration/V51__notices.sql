-- DSA notices (Art. 16, R55) and the Commission's list of trusted flaggers (Art. 22, R56), issue 14.

-- Bodies that send notices without being an authority, Europol or a provider: hotlines, NGOs, rights holders'
-- organisations. Whether such a body is a trusted flagger follows from the Commission's list, not from its kind.
alter table organisation drop constraint if exists organisation_kind_check;
alter table organisation add constraint organisation_kind_check check (kind in ('COMPETENT_AUTHORITY',
    'HOSTING_SERVICE_PROVIDER','EUROPOL','COMMISSION','PLATFORM_ADMIN','NOTIFIER'));

-- The Commission's list of trusted flaggers (Art. 22(5)); every import replaces the list.
create table trusted_flagger (
    id                  uuid primary key,
    name                text not null,
    member_state        text not null,          -- of the Digital Services Coordinator that awarded the status
    areas               text[] not null,        -- crime areas (CrimeArea names)
    categories          text[] not null,        -- content categories (ContentCategory names)
    organisation_id     uuid references organisation(id),
    status              text not null check (status in ('AWARDED','SUSPENDED','REVOKED')),
    status_date         date not null,
    imported_at         timestamptz not null,
    imported_by         text not null,
    check (cardinality(areas) + cardinality(categories) > 0)
);
create index trusted_flagger_organisation on trusted_flagger(organisation_id) where organisation_id is not null;
create index trusted_flagger_name on trusted_flagger(lower(name));

create table trusted_flagger_import (
    id          uuid primary key,
    imported_at timestamptz not null,
    imported_by text not null,
    file_name   text,
    format      text not null check (format in ('CSV','JSON')),
    rows        integer not null,
    accepted    integer not null,
    errors      text not null             -- JSON list of the rejected rows' errors
);

create table notice (
    id                  uuid primary key,
    reference           text not null unique,
    sender_id           uuid not null references organisation(id),
    sender_name         text not null,
    sender_kind         text not null,
    sender_member_state text,
    provider_id         uuid not null references organisation(id),
    provider_name       text not null,
    category            text not null,
    explanation         text not null,
    notifier_name       text,
    notifier_email      text,
    good_faith          boolean not null check (good_faith),
    language            text,
    prioritised         boolean not null,
    priority_reason     text not null,
    trusted_flagger     text,
    state               text not null check (state in ('RECEIVED','DECIDED')),
    received_at         timestamptz not null,
    received_by         text not null,
    acknowledged_at     timestamptz,
    decided_at          timestamptz,
    ground              text check (ground in ('ILLEGAL_CONTENT','INCOMPATIBLE_CONTENT')),
    ground_text         text,
    decision_explanation text,
    version             integer not null default 0,
    check (acknowledged_at is null or notifier_email is not null)
);
create index notice_sender on notice(sender_id, received_at desc);
create index notice_provider on notice(provider_id, state, received_at desc);
create index notice_received on notice(received_at);

create table notice_item (
    notice_id   uuid not null references notice(id),
    position    integer not null,
    url         text not null,
    hash_type   text check (hash_type in ('PDQ','MD5','SHA256','TMK_PDQF')),
    hash_value  text,
    measure     text check (measure in ('REMOVED','DISABLED','RESTRICTED','NO_ACTION')),
    reason      text,
    decided_at  timestamptz,
    decided_by  text,
    primary key (notice_id, position)
);

create table notice_sequence (
    year integer primary key,
    last integer not null
);

-- Statements of reasons may now come from a notice decision as well as from an order.
alter table statement_of_reasons alter column order_id drop not null;
alter table statement_of_reasons add column notice_id uuid references notice(id);
alter table statement_of_reasons add constraint statement_of_reasons_one_source
    check ((order_id is null) <> (notice_id is null));
alter table statement_of_reasons add constraint statement_of_reasons_notice_item unique (notice_id, position);
