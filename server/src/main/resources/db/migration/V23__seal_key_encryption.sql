-- Seal private keys are encrypted at rest (AES-256-GCM under a key file outside the database, ADR 0016). Keys stored
-- in clear before this migration are encrypted at the next start-up, which then empties the clear column.
alter table authority_seal add column private_key_encrypted bytea;
alter table authority_seal alter column private_key drop not null;
alter table authority_seal add constraint authority_seal_private_key_once
    check (private_key is null or private_key_encrypted is null);
