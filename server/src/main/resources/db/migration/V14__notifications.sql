-- Notifications to organisations (R12 overdue, R20 scrutiny outcome, R21 finality, R22 exposure task, ...).
create table notification (
    id               uuid primary key,
    organisation_id  uuid not null references organisation(id),
    kind             text not null,
    subject_type     text not null,
    subject_id       text not null,
    text             text not null,
    created_at       timestamptz not null,
    read_at          timestamptz,
    read_by          text
);
create index notification_organisation on notification(organisation_id, created_at desc);
