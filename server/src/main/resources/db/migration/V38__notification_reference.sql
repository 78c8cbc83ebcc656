-- The reference of the record a notification is about (e.g. DE-BKA-2026-00005), so that pages can tell the
-- notification as a sentence in the reader's language with the reader's local time instead of the stored
-- English line (issue 12). Null for notifications raised before this migration and for records without one.
alter table notification add column reference text;
