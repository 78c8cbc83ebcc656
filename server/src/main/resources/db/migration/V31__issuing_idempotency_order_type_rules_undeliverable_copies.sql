-- Issue 11, Build 7: idempotent issuing. A key an issuing organisation sends with POST /api/v1/removal-orders
-- (header Idempotency-Key, or the hidden token of the issuing form) is kept with the SHA-256 of the canonical
-- request: the same key with the same request answers the first order again; with another request it is refused.
create table issue_idempotency_key (
    organisation_id  uuid not null,
    idempotency_key  text not null check (length(idempotency_key) between 1 and 255),
    request_hash     char(64) not null,
    order_id         uuid references removal_order(id),
    created_at       timestamptz not null,
    primary key (organisation_id, idempotency_key)
);

-- Issue 11, defect 6: the order type decides which rules of the TCO Regulation apply, and a national order type
-- belongs to its Member State (only its authorities issue it). Existing types keep their behaviour except where
-- the TCO rules never applied: the Dutch CSAM order (national law) and the DSA Art. 9 order.
alter table order_type add column member_state char(2) references member_state(code);
alter table order_type add column requires_issuing_role boolean not null default true;        -- TCO Art. 12(1)(a)
alter table order_type add column requires_prior_information boolean not null default true;   -- TCO Art. 3(2)
alter table order_type add column opens_cross_border_scrutiny boolean not null default true;  -- TCO Art. 4
alter table order_type add column counts_for_exposure boolean not null default true;          -- TCO Art. 5
alter table order_type add column counts_in_tco_report boolean not null default true;         -- TCO Art. 8
update order_type set member_state = 'NL', requires_issuing_role = false, requires_prior_information = false, opens_cross_border_scrutiny = false,
    counts_for_exposure = false, counts_in_tco_report = false where code = 'NL_CSAM_REMOVAL';
update order_type set requires_issuing_role = false, requires_prior_information = false, opens_cross_border_scrutiny = false,
    counts_for_exposure = false, counts_in_tco_report = false where code = 'DSA_ART9';

-- Issue 11, defect 5: a copy to a host Member State without a role-(b) authority on this installation is recorded
-- as undeliverable (no delivery time, no own-initiative window), not as sent. Copies recorded before this version
-- without an authority were undeliverable too; their sealed Section D says "copy sent", which sealed_as_sent keeps
-- (recomputing the sealed text must give the same bytes) while the copy itself now tells the truth.
alter table scrutiny_copy add column delivery text not null default 'DELIVERED'
    check (delivery in ('DELIVERED', 'UNDELIVERABLE'));
alter table scrutiny_copy add column sealed_as_sent boolean not null default false;
alter table scrutiny_copy alter column delivered_at drop not null;
alter table scrutiny_copy alter column window_ends_at drop not null;
update scrutiny_copy set delivery = 'UNDELIVERABLE', sealed_as_sent = true, delivered_at = null, window_ends_at = null
    where authority_id is null;
alter table scrutiny_copy add constraint scrutiny_copy_delivery_consistent check (
    (delivery = 'DELIVERED' and authority_id is not null and delivered_at is not null and window_ends_at is not null)
    or (delivery = 'UNDELIVERABLE' and authority_id is null and delivered_at is null and window_ends_at is null));
create index scrutiny_copy_undeliverable on scrutiny_copy (member_state) where delivery = 'UNDELIVERABLE';
