-- Registry of competent authorities (TCO Art. 12) and hosting service providers (Arts. 15-17).
-- Both are versioned: a version is valid from valid_from (inclusive) until valid_until (exclusive, null = open),
-- and versions of one record never overlap, so any date resolves to exactly one version or none.
create extension if not exists btree_gist;

create table competent_authority (
    id           uuid primary key,
    code         text not null unique check (code ~ '^[A-Z]{2}-[A-Z0-9-]{2,40}$'),
    member_state char(2) not null references member_state(code),
    created_at   timestamptz not null
);

create table competent_authority_version (
    id                  bigserial primary key,
    authority_id        uuid not null references competent_authority(id),
    name                text not null,
    abbreviation        text,
    role_issue          boolean not null,   -- Art. 12(1)(a)
    role_scrutinise     boolean not null,   -- Art. 12(1)(b)
    role_specific_measures boolean not null,-- Art. 12(1)(c)
    role_penalties      boolean not null,   -- Art. 12(1)(d)
    contact_point       boolean not null,   -- Art. 12(2)
    contact_email       text,
    contact_phone       text,
    source              text not null,
    confidence          text not null check (confidence in ('CONFIRMED','PARTIAL','UNVERIFIED')),
    quality_note        text,
    valid_from          timestamptz not null,
    valid_until         timestamptz,
    recorded_at         timestamptz not null,
    recorded_by         text not null,
    check (valid_until is null or valid_until > valid_from),
    exclude using gist (authority_id with =, tstzrange(valid_from, valid_until) with &&)
);

create table hosting_service_provider (
    id          uuid primary key,
    created_at  timestamptz not null
);

create table provider_version (
    id                        bigserial primary key,
    provider_id               uuid not null references hosting_service_provider(id),
    name                      text not null,
    services                  text not null default '',
    size_class                text not null check (size_class in ('MICRO','SMALL','MEDIUM','LARGE','VLOP')),
    offers_services_in_eu     boolean not null,
    main_establishment        char(2) references member_state(code),   -- null: established outside the Union
    legal_rep_name            text,
    legal_rep_member_state    char(2) references member_state(code),
    legal_rep_address         text,
    legal_rep_email           text,
    legal_rep_designated_on   date,
    valid_from                timestamptz not null,
    valid_until               timestamptz,
    recorded_at               timestamptz not null,
    recorded_by               text not null,
    check (valid_until is null or valid_until > valid_from),
    check ((legal_rep_name is null) = (legal_rep_member_state is null)),
    exclude using gist (provider_id with =, tstzrange(valid_from, valid_until) with &&)
);

create table provider_contact_point (
    id            bigserial primary key,
    version_id    bigint not null references provider_version(id),
    channel       text not null check (channel in ('EMAIL','PHONE','API','WEBFORM','PERCI')),
    address       text not null,
    languages     char(2)[] not null,
    available_24_7 boolean not null
);
create index provider_contact_point_version on provider_contact_point(version_id);
