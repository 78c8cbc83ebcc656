-- Append-only, hash-chained audit log (R35).
create table audit_record (
    seq             bigint primary key,
    occurred_at     timestamptz not null,
    actor_id        uuid,
    actor_label     text not null,
    organisation_id uuid,
    action          text not null,
    subject_type    text not null,
    subject_id      text not null,
    before_digest   text,
    after_digest    text,
    details         text not null,
    previous_hash   text not null,
    record_hash     text not null
);
create index audit_record_organisation on audit_record(organisation_id, seq);
create index audit_record_subject on audit_record(subject_type, subject_id);

-- One row that serialises appends: writers lock it, read the head and move it.
create table audit_head (
    id          int primary key check (id = 1),
    seq         bigint not null,
    record_hash text not null
);
insert into audit_head (id, seq, record_hash) values (1, 0, repeat('0', 64));

create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_is_append_only();
