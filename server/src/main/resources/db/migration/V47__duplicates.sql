-- Duplicate detection (R37, ADR 0035): one register of the items of open cases (orders, referrals, notices) of every
-- sender, compared by URL comparison key (eu.vigil.shared.ContentUrl.key) and by typed hash.
create table case_item_register (
    case_kind           text not null check (case_kind in ('ORDER','REFERRAL','NOTICE')),
    case_id             uuid not null,
    case_reference      text not null,
    position            integer not null,
    sender_id           uuid not null references organisation(id),
    sender_name         text not null,
    sender_member_state text,
    provider_id         uuid,
    url                 text,
    url_key             text,
    hash_type           text check (hash_type in ('PDQ','MD5','SHA256','TMK_PDQF')),
    -- lower-case hex for PDQ, MD5 and SHA-256; for TMK+PDQF the SHA-256 of the canonical base64 (the file itself can be
    -- hundreds of kilobytes, too large for an index entry)
    hash_value          text,
    registered_at       timestamptz not null,
    closed_at           timestamptz,
    primary key (case_kind, case_id, position)
);
create index case_item_register_url on case_item_register(url_key, registered_at) where closed_at is null;
create index case_item_register_hash on case_item_register(hash_value, registered_at) where closed_at is null;
create index case_item_register_pdq on case_item_register(registered_at) where closed_at is null and hash_type = 'PDQ';
create index case_item_register_case on case_item_register(case_id);
