-- Webhooks of providers (Standard Webhooks signing) and the transactional outbox that feeds them.
create table provider_webhook (
    provider_id   uuid primary key references hosting_service_provider(id),
    url           text not null,
    secret        text not null,
    created_at    timestamptz not null,
    created_by    text not null
);

create table outbox_message (
    id               uuid primary key,
    provider_id      uuid not null references hosting_service_provider(id),
    event_type       text not null,
    subject_id       text not null,
    payload          text not null,
    created_at       timestamptz not null,
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null,
    delivered_at     timestamptz,
    last_status      int,
    last_error       text
);
create index outbox_due on outbox_message(next_attempt_at) where delivered_at is null;
