-- Finality of orders (Art. 3(9); R21) and exposure to terrorist content with specific measures (Art. 5; R22-R24).
alter table removal_order add column appeal_deadline timestamptz;
alter table removal_order add column final_at timestamptz;
update removal_order set appeal_deadline = received_at + interval '30 days' where appeal_deadline is null;
alter table removal_order alter column appeal_deadline set not null;

create table order_appeal (
    order_id      uuid primary key references removal_order(id),
    lodged_at     timestamptz not null,
    court         text not null,
    decided_at    timestamptz,
    outcome       text check (outcome in ('CONFIRMED','ANNULLED'))
);

-- Tasks and deadlines of the host Member State's role-(c) authority and of the provider under Art. 5.
create table exposure_case (
    id                    uuid primary key,
    provider_id           uuid not null references hosting_service_provider(id),
    member_state          char(2) references member_state(code),
    raised_at             timestamptz not null,
    final_orders          int not null,
    decided_at            timestamptz,
    exposed               boolean,
    decision_reasons      text,
    decided_by            text,
    review_requested_at   timestamptz,
    review_due_at         timestamptz,
    review_decided_at     timestamptz,
    review_outcome        text,
    review_overdue_at     timestamptz
);
create unique index exposure_case_open on exposure_case(provider_id) where decided_at is null;

create table specific_measures_report (
    case_id        uuid not null references exposure_case(id),
    due_at         timestamptz not null,
    submitted_at   timestamptz,
    summary        text,
    overdue_at     timestamptz,
    primary key (case_id, due_at)
);
