-- Contact-point drills (issue 13, point 2): Europol's coordinator tests that every participant's 24/7 crisis contact
-- answers. A drill is a test, not a crisis case: it has its own tables, creates no crisis_case row and is counted in
-- no crisis figure. Each participant told at the start has one row; its acknowledgement gives the time to answer.
create table crisis_drill (
    id              uuid primary key,
    reference       text not null unique,
    started_at      timestamptz not null,
    started_by      text not null,
    started_by_org  uuid not null references organisation(id),
    closes_at       timestamptz not null,
    closed_at       timestamptz,
    closed_by       text
);
create index crisis_drill_open on crisis_drill(closes_at) where closed_at is null;

create table crisis_drill_participant (
    drill_id         uuid not null references crisis_drill(id),
    organisation_id  uuid not null references organisation(id),
    contact          text,
    told_at          timestamptz not null,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    primary key (drill_id, organisation_id)
);
