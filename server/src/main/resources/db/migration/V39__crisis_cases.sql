-- EU Crisis Protocol (issue 13, R39–R42): crisis cases with their phases, every step with its reason, situation
-- reports, acknowledgements of the participants, links to external activations, and the providers that take part.
create table crisis_participant (
    organisation_id  uuid primary key references organisation(id),
    contact_name     text not null,
    contact_email    text not null,
    contact_phone    text not null,
    opted_in_at      timestamptz not null,
    opted_in_by      text not null
);

create table crisis_case (
    id                uuid primary key,
    reference         text not null unique,
    title             text not null,
    phase             text not null,
    was_activated     boolean not null default false,
    raised_by         uuid not null references organisation(id),
    raised_at         timestamptz not null,
    observation       text not null,
    activated_at      timestamptz,
    closed_at         timestamptz,
    reviewed_at       timestamptz,
    review            text,
    last_report_at    timestamptz,
    last_reminder_at  timestamptz,
    review_flagged_at timestamptz
);
create index crisis_case_phase on crisis_case(phase);

create table crisis_step (
    id          uuid primary key,
    seq         bigserial not null,
    crisis_id   uuid not null references crisis_case(id),
    step        text not null,
    from_phase  text not null,
    to_phase    text not null,
    reason      text not null,
    at          timestamptz not null,
    actor       text not null,
    actor_org   uuid not null
);
create index crisis_step_crisis on crisis_step(crisis_id, at);

create table situation_report (
    id            uuid primary key,
    crisis_id     uuid not null references crisis_case(id),
    organisation  uuid not null references organisation(id),
    author        text not null,
    text          text not null,
    posted_at     timestamptz not null
);
create index situation_report_crisis on situation_report(crisis_id, posted_at);

create table crisis_acknowledgement (
    crisis_id        uuid not null references crisis_case(id),
    organisation_id  uuid not null references organisation(id),
    acknowledged_at  timestamptz not null,
    acknowledged_by  text not null,
    primary key (crisis_id, organisation_id)
);

create table crisis_external_activation (
    id            uuid primary key,
    crisis_id     uuid not null references crisis_case(id),
    kind          text not null,
    external_id   text not null,
    incident_type text,
    linked_at     timestamptz not null,
    linked_by     text not null,
    unique (crisis_id, kind, external_id)
);
