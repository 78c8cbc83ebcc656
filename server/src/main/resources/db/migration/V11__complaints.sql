-- Complaints of content providers against removals (TCO Art. 10; R25).
create table complaint (
    id                    uuid primary key,
    order_id              uuid not null references removal_order(id),
    position              int,
    provider_id           uuid not null references hosting_service_provider(id),
    complainant_reference text not null,
    grounds               text not null,
    received_at           timestamptz not null,
    due_at                timestamptz not null,
    outcome               text check (outcome in ('REINSTATED','REJECTED')),
    outcome_reasons       text,
    redress_information   text,
    decided_at            timestamptz,
    decided_by            text,
    overdue_flagged_at    timestamptz
);
create index complaint_order on complaint(order_id);
create index complaint_due on complaint(due_at) where decided_at is null;
