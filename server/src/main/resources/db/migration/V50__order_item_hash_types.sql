-- Typed hashes on the items of removal orders (R38, issue 14): the type is stored with the value
-- (eu.vigil.shared.ItemHash), so a PDQ and a SHA-256 - both 64 hex digits - are never confused again.
alter table removal_order_item add column hash_type text check (hash_type in ('PDQ','MD5','SHA256','TMK_PDQF'));
-- false for items issued before this migration: their sealed Annex I text has no hash type, so the seal check keeps
-- recomputing it without one; the type below is only what Vigil infers, shown as inferred.
alter table removal_order_item add column hash_typed_at_issue boolean not null default false;
alter table removal_order_item alter column hash_typed_at_issue set default true;

-- Existing rows. Until now the API accepted "an MD5 (32 hex digits), SHA-256 or PDQ (64 hex digits)" without a type,
-- and the issuing page had no hash field at all, so every stored hash came from an API client; values were stored
-- trimmed and lower-cased, and are kept byte for byte (they are sealed).
--   32 hex digits: only MD5 has that length.
--   64 hex digits: SHA-256 or PDQ, and nothing in the value tells them apart (PDQ bits look as random as a digest).
--     SHA-256 is chosen, the type whose mistake costs least: it is compared for equality only, so a wrong SHA-256
--     label can at worst miss a near-duplicate image, whereas a wrong PDQ label would compare file digests by Hamming
--     distance; file digests are also what case systems export by default. The choice is documented in docs/legal-traceability.md (R38).
--   anything else: left without a type, the raw value kept and shown as untyped.
update removal_order_item set hash_type = 'MD5' where hash ~ '^[0-9a-f]{32}$';
update removal_order_item set hash_type = 'SHA256' where hash ~ '^[0-9a-f]{64}$';
