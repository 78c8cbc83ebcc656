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
