-- Each person's language and time zone for the pages (issue 12, point 5). A missing row or a null column means
-- "not chosen": the language then follows the browser (Accept-Language, then English), the time zone the
-- organisation's Member State.
create table user_preference (
    user_id     uuid primary key references app_user(id) on delete cascade,
    language    text check (language in ('en', 'fr', 'de')),
    time_zone   text,
    updated_at  timestamptz not null
);
