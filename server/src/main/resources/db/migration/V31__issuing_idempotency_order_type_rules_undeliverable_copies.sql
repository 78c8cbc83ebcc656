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
