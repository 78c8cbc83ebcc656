-- Removal orders (TCO Arts. 3, 4; Annexes I-III) and their configurable types (R53).
create table order_type (
    code              text primary key,
    name              text not null,
    legal_basis       text not null,
    deadline_minutes  int,          -- null: the issuing authority sets the deadline (DSA Art. 9)
    warning_minutes   int not null,
    check (deadline_minutes is null or deadline_minutes > warning_minutes)
);
insert into order_type values
 ('TCO_REMOVAL', 'Removal order (TCO Art. 3)', 'Regulation (EU) 2021/784, Art. 3', 60, 45),
 ('NL_CSAM_REMOVAL', 'CSAM removal order (Netherlands, 12 hours)', 'Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal', 720, 600),
 ('DSA_ART9', 'Order to act against illegal content (DSA Art. 9)', 'Regulation (EU) 2022/2065, Art. 9', null, 0);

-- Art. 3(2): information on procedures and deadlines given before a first order to a provider.
create table prior_information (
    authority_id  uuid not null references competent_authority(id),
    provider_id   uuid not null references hosting_service_provider(id),
    sent_at       timestamptz not null,
    sent_by       text not null,
    primary key (authority_id, provider_id)
);

-- Ed25519 keys with which authorities seal their orders (Art. 3(4)(e)).
create table authority_seal (
    authority_id  uuid primary key references competent_authority(id),
    public_key    bytea not null,
    private_key   bytea not null,
    created_at    timestamptz not null
);

create table removal_order (
    id                       uuid primary key,
    reference                text not null,
    order_type               text not null references order_type(code),
    issuing_authority_id     uuid not null references competent_authority(id),
    issuing_authority_version bigint not null references competent_authority_version(id),
    issuing_member_state     char(2) not null references member_state(code),
    provider_id              uuid not null references hosting_service_provider(id),
    provider_version         bigint not null references provider_version(id),
    host_member_state        char(2) references member_state(code),
    cross_border             boolean not null,
    language                 char(2) not null references official_language(code),
    reasons                  text[] not null,
    statement_of_reasons     text not null,
    representative_name      text not null,
    representative_post      text not null,
    file_number              text,
    redress_body             text not null,
    redress_deadline         text not null,
    non_disclosure           boolean not null,
    non_disclosure_until     date,
    non_disclosure_extended_until date,
    emergency                boolean not null,
    emergency_justification  text,
    shared_with_europol      boolean not null,       -- Art. 14(6) copy, visible to Europol (R34)
    deadline_minutes         int not null,
    warning_minutes          int not null,
    issued_at                timestamptz not null,
    issued_by                uuid not null,
    signed_payload           text not null,
    signature                bytea not null,
    sent_at                  timestamptz not null,
    received_at              timestamptz not null,
    acknowledged_at          timestamptz,
    clock_started_at         timestamptz,            -- null while the clock is suspended (Annex III)
    due_at                   timestamptz,
    warned_at                timestamptz,
    overdue_at               timestamptz,
    executed_at              timestamptz,
    state                    text not null check (state in ('OPEN','SUSPENDED','EXECUTED','OVERDUE_EXECUTED')),
    unique (issuing_authority_id, reference)
);
create index removal_order_provider on removal_order(provider_id, issued_at desc);
create index removal_order_issuer on removal_order(issuing_authority_id, issued_at desc);
create index removal_order_host on removal_order(host_member_state, issued_at desc);
create index removal_order_due on removal_order(due_at) where state = 'OPEN';

create table removal_order_item (
    order_id      uuid not null references removal_order(id),
    position      int not null,
    url           text not null,
    extra_info    text,
    hash          text,
    status        text not null check (status in ('PENDING','REMOVED','DISABLED')),
    action_at     timestamptz,
    primary key (order_id, position)
);

-- Annex II feedback and Annex III notices as filed, one row each (identical records via UI and API, R27).
create table order_answer (
    id                 uuid primary key,
    order_id           uuid not null references removal_order(id),
    kind               text not null check (kind in ('ACKNOWLEDGEMENT','FEEDBACK','IMPOSSIBILITY','GROUNDS_CEASED','CLARIFICATION')),
    reason             text check (reason in ('FORCE_MAJEURE','MANIFEST_ERROR','INSUFFICIENT_INFORMATION')),
    details            text,
    provider_reference text,
    authorised_person  text,
    payload            text not null,
    filed_at           timestamptz not null,
    filed_by           text not null,
    effective_at       timestamptz not null
);
create index order_answer_order on order_answer(order_id, filed_at);

-- Art. 4(1): the copy to the host Member State's scrutiny authority, sent in the same transaction.
create table scrutiny_copy (
    order_id        uuid primary key references removal_order(id),
    authority_id    uuid references competent_authority(id),
    member_state    char(2) not null references member_state(code),
    delivered_at    timestamptz not null,
    window_ends_at  timestamptz not null
);

-- Deadline events raised by the sweep (warnings, overdue), each once.
create table order_event (
    order_id     uuid not null references removal_order(id),
    kind         text not null check (kind in ('WARNING','OVERDUE')),
    raised_at    timestamptz not null,
    primary key (order_id, kind, raised_at)
);
