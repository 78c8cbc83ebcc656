-- Submission of statements of reasons to the DSA Transparency Database (Art. 24(5), R47): each provider's
-- connection (base URL and API token, set by its administrator) and an outbox of statements on their way there.
create table tdb_connection (
    provider_id  uuid primary key references hosting_service_provider(id),
    base_url     text not null,
    token        text not null,              -- the database's API token; never shown back, only its last 4 characters
    updated_at   timestamptz not null,
    updated_by   text not null
);

-- One row per statement queued for submission; the state names come from the model (SubmissionState).
create table tdb_submission (
    statement_id     uuid primary key references statement_of_reasons(id),
    provider_id      uuid not null references hosting_service_provider(id),
    state            text not null check (state in ('QUEUED','SUBMITTED','REJECTED')),
    queued_at        timestamptz not null,
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null,    -- due time; while a sender holds the batch, the end of its lease
    batch_id         uuid,                    -- the batch (claim) it last went out in
    last_attempt_at  timestamptz,
    last_status      int,                     -- HTTP status of the last answer, null when none came
    last_error       text,
    tdb_uuid         text,                    -- the database's uuid, recorded from 201 or from a duplicate's existing
    tdb_id           text,
    permalink        text,
    submitted_at     timestamptz,
    check ((state = 'SUBMITTED') = (tdb_uuid is not null))
);
create index tdb_submission_due on tdb_submission (provider_id, next_attempt_at) where state = 'QUEUED';
create index tdb_submission_batch on tdb_submission (batch_id);
