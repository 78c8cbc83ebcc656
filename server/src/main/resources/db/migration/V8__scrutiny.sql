-- Cross-border scrutiny (TCO Art. 4(3)-(7); R16-R20).
alter table removal_order drop constraint removal_order_state_check;
alter table removal_order add constraint removal_order_state_check
    check (state in ('OPEN','SUSPENDED','EXECUTED','OVERDUE_EXECUTED','NO_LEGAL_EFFECT'));

create table scrutiny (
    order_id             uuid primary key references removal_order(id),
    initiated_by         text not null check (initiated_by in ('OWN_INITIATIVE','PROVIDER','CONTENT_PROVIDER')),
    request_reasons      text,
    requested_at         timestamptz not null,
    decision_due_at      timestamptz not null,
    notice_of_intention_at timestamptz,
    notice_of_intention  text,
    decided_at           timestamptz,
    outcome              text check (outcome in ('INFRINGEMENT','NO_INFRINGEMENT')),
    decision_reasons     text,
    decided_by           text,
    reinstatement_due_at timestamptz,
    reinstated_at        timestamptz,
    overdue_flagged_at   timestamptz,
    reinstatement_overdue_at timestamptz
);
