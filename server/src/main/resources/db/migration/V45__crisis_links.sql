-- Linked cases on the crisis board (issue 13, R39 with R30 and R11): removal orders issued under a crisis case (or
-- linked to it later by their issuer) and threat-to-life reports linked by one who filed or received them. The link
-- is the crisis module's record; the order and the report stay as their own modules keep them.
create table crisis_order_link (
    crisis_id     uuid not null references crisis_case(id),
    order_id      uuid not null references removal_order(id),
    issued_under  boolean not null,
    linked_at     timestamptz not null,
    linked_by     text not null,
    linked_by_org uuid not null references organisation(id),
    primary key (crisis_id, order_id)
);
create index crisis_order_link_order on crisis_order_link(order_id);

create table crisis_threat_report_link (
    crisis_id     uuid not null references crisis_case(id),
    report_id     uuid not null references threat_report(id),
    linked_at     timestamptz not null,
    linked_by     text not null,
    linked_by_org uuid not null references organisation(id),
    primary key (crisis_id, report_id)
);
