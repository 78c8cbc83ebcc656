-- Issue 11.
-- (A) Published seal keys: each authority's Ed25519 public key carries its validity period, so that a provider can
-- check offline that the key was valid when an order was issued. A key is valid from the start of the second in
-- which it was made (never after the first order it sealed) until valid_until (exclusive; null while current).
alter table authority_seal add column valid_from timestamptz;
alter table authority_seal add column valid_until timestamptz;
update authority_seal s set valid_from = least(date_trunc('second', s.created_at),
        coalesce((select min(o.issued_at) from removal_order o where o.issuing_authority_id = s.authority_id),
                 s.created_at));
-- (a row written by an earlier version without valid_from reads as valid from its created_at)
alter table authority_seal add constraint authority_seal_validity check (valid_until is null or valid_until > valid_from);

-- (B) Defect 2: an extension of non-disclosure (Art. 11(3)) is a separate amendment, sealed on its own by the issuing
-- authority, that refers to the original order by id, reference and the SHA-256 of the original seal. The order row
-- and its seal stay as issued; the effective end of non-disclosure is the latest amendment's.
create table non_disclosure_extension (
    id                   uuid primary key,
    order_id             uuid not null references removal_order(id),
    number               int not null check (number > 0),
    order_reference      text not null,
    original_seal_sha256 text not null,     -- lower-case hex SHA-256 of the original order's signature
    previous_until       date not null,
    until                date not null check (until > previous_until),
    issuing_authority_id uuid not null references competent_authority(id),
    issued_at            timestamptz not null,  -- for migrated extensions the time of migration (the audit log has the
                                                -- time of the extension)
    issued_by            uuid,               -- null for extensions migrated from before this table
    signed_payload       text,               -- canonical JSON of the amendment; null only for migrated extensions
    signature            bytea,
    check ((signed_payload is null) = (signature is null)),
    unique (order_id, number)
);

-- Extensions recorded by earlier versions on the order row (which broke its seal) become unsealed amendments, and the
-- order row gets its issued value back, so its original seal verifies again.
insert into non_disclosure_extension (id, order_id, number, order_reference, original_seal_sha256, previous_until,
        until, issuing_authority_id, issued_at, issued_by, signed_payload, signature)
select gen_random_uuid(), o.id, 1, o.reference, encode(sha256(o.signature), 'hex'), o.non_disclosure_until,
       o.non_disclosure_extended_until, o.issuing_authority_id, now(), null, null, null
from removal_order o
where o.non_disclosure_extended_until is not null and o.non_disclosure_until is not null
  and o.non_disclosure_extended_until > o.non_disclosure_until;
alter table removal_order drop column non_disclosure_extended_until;
alter table removal_order drop column non_disclosure_extended;

-- (C) Defect 15: Annex I asks for the issuing authority's type, address, telephone, fax and e-mail (Section E) and
-- for the national provisions on redress (Section G); the register keeps them per version.
alter table competent_authority_version add column authority_type text
    check (authority_type in ('JUDICIAL','LAW_ENFORCEMENT','OTHER'));
alter table competent_authority_version add column postal_address text;
alter table competent_authority_version add column fax text;
alter table competent_authority_version add column redress_provisions text;

-- The register details that Annex I Sections A, E and F carry (legal representative, contact points, the issuing
-- authority's details, the host Member State's authority), as taken from the register at issue time and sealed with
-- the order: canonical JSON, null for orders issued before this migration (their sealed fields stay as they were).
alter table removal_order add column annex_parties text;
