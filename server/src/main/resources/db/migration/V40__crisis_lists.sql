-- The crisis hash list (issue 13, R42): on activation every crisis gets a bank owned by the coordinator's
-- organisation and shared with every participant; the items shared through the crisis, and per provider whether it
-- found an item on its service or removed it. Closing the crisis keeps the bank (readable, no deletion).
create table crisis_bank (
    crisis_id  uuid primary key references crisis_case(id),
    bank_id    uuid not null unique references bank(id),
    opened_at  timestamptz not null
);

create table crisis_item (
    crisis_id     uuid not null references crisis_case(id),
    entry_id      bigint not null references bank_entry(id),
    signal_type   text not null,
    value         text not null,
    shared_by     uuid not null references organisation(id),
    shared_at     timestamptz not null,
    withdrawn_at  timestamptz,
    withdrawn_by  text,
    primary key (crisis_id, entry_id)
);
create index crisis_item_shared on crisis_item(crisis_id, shared_at desc, entry_id desc);

create table crisis_item_status (
    crisis_id       uuid not null,
    entry_id        bigint not null,
    organisation_id uuid not null references organisation(id),
    status          text not null check (status in ('FOUND','REMOVED')),
    found_at        timestamptz,
    found_count     integer,
    removed_at      timestamptz,
    removed_count   integer,
    marked_by       text not null,
    primary key (crisis_id, entry_id, organisation_id),
    foreign key (crisis_id, entry_id) references crisis_item(crisis_id, entry_id)
);
