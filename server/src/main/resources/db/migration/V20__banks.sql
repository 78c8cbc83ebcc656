-- Hash banks (issue 5): banks of PDQ/MD5/SHA-256/URL signals with labels, sharing and provenance.
create table bank (
    id               uuid primary key,
    owner_id         uuid not null references organisation(id),
    name             text not null,
    purpose          text not null,
    signal_types     text not null,              -- comma-separated: PDQ,MD5,SHA256,URL
    pdq_threshold    int not null default 31 check (pdq_threshold between 0 and 128),
    suppression      boolean not null default false,
    sharing          text not null check (sharing in ('PRIVATE','SHARED','PUBLISHED')),
    created_at       timestamptz not null,
    created_by       text not null,
    unique (owner_id, name)
);

create table bank_share (
    bank_id          uuid not null references bank(id) on delete cascade,
    organisation_id  uuid not null references organisation(id),
    access           text not null check (access in ('READ','WRITE')),
    primary key (bank_id, organisation_id)
);
create index bank_share_organisation on bank_share(organisation_id);

-- Every insert and every enable/disable takes a new value, so the delta feed is "seq > checkpoint".
create sequence bank_change_seq;

create table bank_entry (
    id               bigserial primary key,
    bank_id          uuid not null references bank(id) on delete cascade,
    signal_type      text not null check (signal_type in ('PDQ','MD5','SHA256','URL')),
    value            text not null,
    labels           text[] not null,
    added_by         text not null,
    organisation_id  uuid not null references organisation(id),
    source_kind      text not null check (source_kind in ('ORDER','REFERRAL','CRISIS','IMPORT','MANUAL')),
    source_id        text,
    added_at         timestamptz not null,
    enabled          boolean not null default true,
    changed_at       timestamptz not null,
    seq              bigint not null,
    unique (bank_id, signal_type, value)
);
create index bank_entry_changes on bank_entry(bank_id, seq);
create index bank_entry_value on bank_entry(signal_type, value);

-- Match statistics for the bank owner: counts only, never the queried hashes.
create table bank_match_count (
    bank_id          uuid not null references bank(id) on delete cascade,
    day              date not null,
    matches          bigint not null,
    primary key (bank_id, day)
);
