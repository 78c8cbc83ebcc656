-- Statements of reasons (DSA Art. 17) for items acted on under an order, prepared for the DSA Transparency
-- Database (Art. 24(5)); held for review while the personal-data check finds something (R33).
create table statement_export (
    id               uuid primary key,
    provider_id      uuid not null references hosting_service_provider(id),
    created_at       timestamptz not null,
    created_by       text not null,
    statement_count  int not null check (statement_count between 1 and 100),
    body             text not null
);
create index statement_export_provider on statement_export (provider_id, created_at desc);

create table statement_of_reasons (
    id           uuid primary key,
    provider_id  uuid not null references hosting_service_provider(id),
    order_id     uuid not null,
    position     int not null,
    puid         text not null unique,
    payload      text not null,           -- canonical JSON in the database's field names
    state        text not null check (state in ('HELD_FOR_REVIEW','READY','EXPORTED')),
    findings     text not null,           -- JSON list of what the personal-data check found in the current text
    drafted_at   timestamptz not null,
    drafted_by   text not null,
    reviewed_at  timestamptz,
    reviewed_by  text,
    review_note  text,
    export_id    uuid references statement_export(id),
    unique (order_id, position),
    foreign key (order_id, position) references removal_order_item(order_id, position),
    check ((state = 'EXPORTED') = (export_id is not null))
);
create index statement_of_reasons_provider on statement_of_reasons (provider_id, state, drafted_at);
