-- Preservation of removed content and related data (TCO Art. 6; R31, R32).
create table preserved_item (
    order_id              uuid not null references removal_order(id),
    position              int not null,
    provider_id           uuid not null references hosting_service_provider(id),
    removed_at            timestamptz not null,
    expires_at            timestamptz not null,
    extended_until        timestamptz,
    extension_reference   text,
    extension_authority   text,
    content               bytea,
    content_type          text,
    content_sha256        text,
    content_size          bigint,
    uploaded_at           timestamptz,
    purged_at             timestamptz,
    primary key (order_id, position),
    foreign key (order_id, position) references removal_order_item(order_id, position)
);
create index preserved_item_expiry on preserved_item(expires_at) where purged_at is null;

create table preservation_access (
    id               uuid primary key,
    order_id         uuid not null,
    position         int not null,
    organisation_id  uuid not null references organisation(id),
    accessed_by      text not null,
    accessed_at      timestamptz not null,
    purpose          text check (purpose in ('REVIEW','COMPLAINT','TERRORISM_INVESTIGATION')),
    granted          boolean not null,
    foreign key (order_id, position) references preserved_item(order_id, position)
);
