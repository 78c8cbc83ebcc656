-- Issue 11, build 3 and defect 12: information to content providers (Art. 11 of Regulation (EU) 2021/784).
-- Kept in tables of their own: the removal_order row is written only by OrderLedger.

-- Art. 11(1): when the provider made information on the removal available to the content provider, for the whole
-- order (position null) or one item. That instant starts the content provider's 48 hours to request scrutiny
-- (Art. 4(4)); scrutiny_request_until is null where no Art. 4 scrutiny runs (not a cross-border TCO order).
create table content_provider_information (
    id                     uuid primary key,
    order_id               uuid not null references removal_order(id),
    position               int,
    informed_at            timestamptz not null,
    channel                text not null check (channel in ('NOTICE_ON_SERVICE','E_MAIL','MESSAGE_IN_ACCOUNT','POST','OTHER')),
    note                   text,
    scrutiny_request_until timestamptz,
    recorded_at            timestamptz not null,
    recorded_by            text not null
);
create unique index content_provider_information_once on content_provider_information(order_id, coalesce(position, 0));

-- Art. 11(2): the content provider's requests for the reasons (with the rights to challenge) or a copy of the order,
-- and when the provider answered them.
create table content_provider_request (
    id           uuid primary key,
    order_id     uuid not null references removal_order(id),
    received_at  timestamptz not null,
    asked        text not null check (asked in ('REASONS','COPY_OF_ORDER','REASONS_AND_COPY')),
    details      text,
    recorded_at  timestamptz not null,
    recorded_by  text not null,
    answered_at  timestamptz,
    answer_note  text,
    answered_by  text,
    check (answered_at is null or answered_at >= received_at)
);
create index content_provider_request_order on content_provider_request(order_id);

-- The reminder to the provider that non-disclosure (Art. 11(3)) has ended: one row per order, written in the same
-- transaction as the notification, so that it is sent exactly once across sweeps and restarts.
create table non_disclosure_end_reminder (
    order_id    uuid primary key references removal_order(id),
    ended_on    date not null,
    reminded_at timestamptz not null
);
