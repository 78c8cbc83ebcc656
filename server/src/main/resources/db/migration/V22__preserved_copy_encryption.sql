-- Preserved copies are encrypted at rest (AES-256-GCM, key outside the database); copies stored before this
-- migration stay readable and are encrypted at the next start-up.
alter table preserved_item add column content_encrypted boolean not null default false;
