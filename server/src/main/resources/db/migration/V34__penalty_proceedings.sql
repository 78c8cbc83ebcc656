-- Issue 11. Penalty proceedings under TCO Art. 18, recorded by the role-(d) authority (Art. 12(1)(d)) of the
-- provider's host Member State: opened for a breach of one Art. 18(1) obligation, then decided once.
create table penalty_proceeding (
    id                uuid primary key,
    authority_id      uuid not null,
    authority_name    text not null,
    member_state      char(2) not null references member_state(code),
    provider_id       uuid not null references hosting_service_provider(id),
    legal_basis       text not null,
    facts             text not null,
    state             text not null check (state in ('OPEN','DECIDED')),
    opened_at         timestamptz not null,
    opened_by         text not null,
    sanction          text check (sanction in ('NONE','FINE','OTHER')),
    amount_eur        numeric(14,2),
    sanction_description text,
    circumstances     text,
    decided_on        date,
    decided_at        timestamptz,
    decided_by        text,
    check ((state = 'OPEN') = (decided_at is null)),
    check (sanction is distinct from 'FINE' or amount_eur > 0)
);
create index penalty_proceeding_provider on penalty_proceeding(provider_id, opened_at desc);
create index penalty_proceeding_state on penalty_proceeding(member_state, opened_at desc);

-- The removal orders and Art. 5 exposure decisions a proceeding concerns.
create table penalty_proceeding_order (
    proceeding_id uuid not null references penalty_proceeding(id),
    order_id      uuid not null references removal_order(id),
    primary key (proceeding_id, order_id)
);
create table penalty_proceeding_exposure (
    proceeding_id uuid not null references penalty_proceeding(id),
    case_id       uuid not null references exposure_case(id),
    primary key (proceeding_id, case_id)
);
