-- A hosting service provider's transparency report under TCO Art. 7 (R45, issue 15): one per provider and calendar
-- year (UTC). The narrative points (a) and (b) are written by the provider's users in the draft; the figures of points
-- (c)-(g) are computed from the records while the report is a draft and kept as published (figures, JSON) from the
-- moment of publication, with the address where the provider published it. A published report never returns to draft.
create table provider_transparency_report (
    provider_id              uuid not null references hosting_service_provider(id),
    year                     int not null check (year >= 2022),
    state                    text not null check (state in ('DRAFT','PUBLISHED')),
    identification_measures  text,
    reappearance_measures    text,
    public_url               text,
    published_at             timestamptz,
    published_by             text,
    figures                  text,
    updated_at               timestamptz not null,
    updated_by               text not null,
    primary key (provider_id, year),
    check (state = 'DRAFT' or (public_url is not null and published_at is not null and figures is not null))
);

-- Reminders that the report of a year is due before 1 March (from 1 February) and overdue (from 1 March): each sent
-- once per provider, year and kind.
create table provider_transparency_reminder (
    provider_id  uuid not null references hosting_service_provider(id),
    year         int not null,
    kind         text not null check (kind in ('DUE','OVERDUE')),
    sent_at      timestamptz not null,
    primary key (provider_id, year, kind)
);
