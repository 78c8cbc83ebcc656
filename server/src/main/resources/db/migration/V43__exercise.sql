-- Table-top exercises of the EU Crisis Protocol (issue 13, point 6; ADR 0032). Filled only on an exercise
-- database (installation purpose EXERCISE): one exercise per database, its MSEL, participants and observations.
create table exercise (
    id          int primary key check (id = 1),
    name        text not null,
    title       text not null,
    scenario    text not null,
    clock_rate  numeric not null,
    started_at  timestamptz not null,
    ended_at    timestamptz
);

-- Pauses of the scenario: scenario time = clock time since started_at minus these (ScenarioTime).
create table exercise_pause (
    paused_at   timestamptz primary key,
    resumed_at  timestamptz,
    paused_by   text not null,
    resumed_by  text
);

create table exercise_participant (
    key             text primary key,
    kind            text not null,
    name            text not null,
    organisation_id uuid not null unique,
    position        int not null
);

-- Facilitators and evaluators: logins of the platform administration with an exercise role.
create table exercise_staff (
    username    text primary key,
    role        text not null check (role in ('FACILITATOR', 'EVALUATOR'))
);

create table exercise_inject (
    id                  text primary key,
    at_seconds          bigint not null check (at_seconds >= 0),
    targets             text[] not null,
    title               text not null,
    text                text not null,
    urls                text[] not null,
    status              text not null check (status in ('PENDING', 'DELIVERED', 'SKIPPED')),
    delivered_at        timestamptz,
    delivered_seconds   bigint,
    added_by            text,
    skipped_by          text
);

create table exercise_expectation (
    inject_id       text not null references exercise_inject(id),
    n               int not null,
    action          text not null,
    by_keys         text[] not null,
    within_seconds  bigint,
    note            text,
    primary key (inject_id, n)
);

create table exercise_image (
    inject_id   text not null references exercise_inject(id),
    n           int not null,
    name        text not null,
    png         bytea not null,
    sha256      text not null,
    primary key (inject_id, n)
);

-- Evaluators' observations against an expected action (met / partly / not met, with a note).
create table exercise_observation (
    id              uuid primary key,
    inject_id       text not null references exercise_inject(id),
    expectation     int not null,
    participant     text,
    rating          text not null check (rating in ('MET', 'PARTLY', 'NOT_MET')),
    note            text not null,
    evaluator       text not null,
    recorded_at     timestamptz not null,
    scenario_seconds bigint not null
);
