-- Deconfliction (TCO Art. 14(1); R11): URLs and hashes that an authority or Europol flagged as under investigation.
create table investigation_flag (
    id               uuid primary key,
    organisation_id  uuid not null references organisation(id),
    kind             text not null check (kind in ('URL','HASH')),
    value            text not null,
    case_reference   text not null,
    flagged_at       timestamptz not null,
    flagged_by       text not null,
    expires_at       timestamptz,
    withdrawn_at     timestamptz
);
create index investigation_flag_value on investigation_flag(kind, value) where withdrawn_at is null;

alter table removal_order add column non_disclosure_extended boolean not null default false;
