-- Issue 11. A party's own scrutiny request that arrives while a scrutiny is running joins it and is answered by
-- its decision (Art. 4(4)); the decision that a provider is no longer exposed ends its report obligations (Art. 5(7)).
create table scrutiny_request (
    id              uuid primary key,
    order_id        uuid not null references scrutiny(order_id),
    party           text not null check (party in ('PROVIDER','CONTENT_PROVIDER')),
    reasons         text not null,
    requested_at    timestamptz not null,
    decision_due_at timestamptz not null,
    recorded_by     text not null
);
create index scrutiny_request_order on scrutiny_request(order_id);

alter table exposure_case add column decided_by_organisation uuid;
alter table exposure_case add column review_reasons text;
alter table exposure_case add column ended_at timestamptz;
alter table exposure_case add column end_reasons text;
alter table exposure_case add column ended_by text;
alter table exposure_case add column ended_on text check (ended_on in ('AUTHORITY','PROVIDER_REQUEST'));
-- A report that was still due when exposure ended is no longer owed.
alter table specific_measures_report add column lapsed_at timestamptz;
