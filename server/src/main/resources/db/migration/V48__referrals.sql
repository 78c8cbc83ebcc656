-- Referrals (R36, issue 14): non-binding requests from Europol's EU IRU or a national IRU that a provider consider
-- content under its terms of service; no legal clock, a requested response time and the measured one. Referral action
-- days send many at once from one upload; every row of the upload keeps its result.
create table referral_action_day (
    id             uuid primary key,
    sender_id      uuid not null references organisation(id),
    name           text not null,
    file_name      text,
    created_at     timestamptz not null,
    created_by     text not null,
    row_count      integer not null
);
create index referral_action_day_sender on referral_action_day(sender_id, created_at desc);

create table referral (
    id                         uuid primary key,
    reference                  text not null unique,
    sender_id                  uuid not null references organisation(id),
    sender_name                text not null,
    sender_member_state        text,
    provider_id                uuid not null references organisation(id),
    provider_name              text not null,
    category                   text not null,
    language                   text,
    requested_response_minutes integer not null check (requested_response_minutes > 0),
    note                       text,
    action_day_id              uuid references referral_action_day(id),
    state                      text not null check (state in ('HELD','SENT','ANSWERED','WITHDRAWN')),
    created_at                 timestamptz not null,
    created_by                 text not null,
    sent_at                    timestamptz,
    release_justification      text,
    answered_at                timestamptz,
    withdrawn_at               timestamptz,
    version                    integer not null default 0
);
create index referral_sender on referral(sender_id, created_at desc);
create index referral_provider on referral(provider_id, sent_at desc) where sent_at is not null;
create index referral_by_action_day on referral(action_day_id) where action_day_id is not null;
create index referral_sent on referral(sent_at) where sent_at is not null;

create table referral_item (
    referral_id   uuid not null references referral(id),
    position      integer not null,
    url           text not null,
    hash_type     text check (hash_type in ('PDQ','MD5','SHA256','TMK_PDQF')),
    hash_value    text,
    terms_clause  text not null,
    account       text,
    held          boolean not null default false,
    outcome       text check (outcome in ('ACTIONED','NOT_ACTIONED','NOT_APPLICABLE')),
    action        text check (action in ('REMOVED','RESTRICTED','GEO_BLOCKED')),
    member_states text[],
    reason        text,
    answered_at   timestamptz,
    answered_by   text,
    primary key (referral_id, position)
);

-- References are REF-<Member State or EU>-<year>-<number>, numbered per prefix and year.
create table referral_sequence (
    prefix text not null,
    year   integer not null,
    last   integer not null,
    primary key (prefix, year)
);

create table referral_action_day_row (
    action_day_id uuid not null references referral_action_day(id),
    row_number    integer not null,
    status        text not null check (status in ('REFERRED','DUPLICATE','HELD','REFUSED')),
    provider      text,
    url           text,
    referral_id   uuid references referral(id),
    position      integer,
    message       text,
    primary key (action_day_id, row_number)
);
