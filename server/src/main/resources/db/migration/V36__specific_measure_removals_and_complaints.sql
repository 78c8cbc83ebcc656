-- Art. 10 complaints concern removals under specific measures (Art. 5), not removal orders (issue 11, defect 7).
-- A provider records what it removed or disabled under its specific measures; a complaint attaches to one such
-- removal. Complaints recorded against orders before this change keep their order_id and stay readable.
create table specific_measure_removal (
    id                uuid primary key,
    provider_id       uuid not null references hosting_service_provider(id),
    member_state      text,
    url               text not null,
    action            text not null check (action in ('REMOVED','DISABLED')),
    acted_at          timestamptz not null,
    specific_measure  text not null,
    exposure_case_id  uuid references exposure_case(id),
    recorded_at       timestamptz not null,
    recorded_by       text not null
);
create index specific_measure_removal_provider on specific_measure_removal(provider_id, acted_at);
create index specific_measure_removal_state on specific_measure_removal(member_state);

alter table complaint alter column order_id drop not null;
alter table complaint add column removal_id uuid references specific_measure_removal(id);
alter table complaint add constraint complaint_concerns_one
    check ((order_id is not null and removal_id is null) or (order_id is null and removal_id is not null));
create index complaint_removal on complaint(removal_id);
