-- Reports of terrorist content involving an imminent threat to life (TCO Art. 14(5), DSA Art. 18; R30).
create table threat_report (
    id              uuid primary key,
    provider_id     uuid not null references hosting_service_provider(id),
    member_state    char(2) references member_state(code),      -- null: the Member State concerned is unknown
    description     text not null,
    content_url     text,
    filed_at        timestamptz not null,
    filed_by        text not null
);
create index threat_report_provider on threat_report(provider_id, filed_at desc);

create table threat_report_delivery (
    report_id       uuid not null references threat_report(id),
    recipient_id    uuid not null references organisation(id),
    recipient_role  text not null check (recipient_role in ('MEMBER_STATE_CONCERNED','HOST_CONTACT_POINT','EUROPOL')),
    delivered_at    timestamptz not null,
    received_at     timestamptz,
    received_by     text,
    primary key (report_id, recipient_id)
);
create index threat_report_delivery_recipient on threat_report_delivery(recipient_id, delivered_at desc);
